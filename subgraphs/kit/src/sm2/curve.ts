/**
 * The SM2 curve (GB/T 32918.5, "sm2p256v1") and its arithmetic in BigInt. Node's OpenSSL
 * knows the curve but not the SM2 signature with a signer ID (see signature.ts), so the
 * arithmetic is done here: Jacobian coordinates, a = −3 doubling, mixed additions, and
 * fixed-base comb tables so that a multiplication is ~32 additions and no doublings.
 */
export const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
export const A = P - 3n;
export const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
export const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
export const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
export const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/** An affine point (x, y). The point at infinity never needs an affine form here. */
export interface Affine {
  x: bigint;
  y: bigint;
}

/** A Jacobian point (X/Z², Y/Z³); Z = 0 is the point at infinity. */
export type Jacobian = [bigint, bigint, bigint];

export const INFINITY: Jacobian = [0n, 1n, 0n];

/** a mod m in [0, m). */
export function mod(a: bigint, m: bigint = P): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

/** a⁻¹ mod m by the extended Euclidean algorithm (faster in BigInt than a^(m−2)). */
export function invert(a: bigint, m: bigint = P): bigint {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw new RangeError('not invertible');
  return mod(s0, m);
}

/** base^exp mod m, square and multiply (only for the rare square root). */
export function power(base: bigint, exp: bigint, m: bigint = P): bigint {
  let result = 1n;
  let b = mod(base, m);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
  }
  return result;
}

/** The right-hand side of the curve equation, x³ + ax + b. */
export function curveRhs(x: bigint): bigint {
  return mod(((x * x) % P) * x + A * x + B);
}

export function isOnCurve(point: Affine): boolean {
  const { x, y } = point;
  return x >= 0n && x < P && y >= 0n && y < P && (y * y) % P === curveRhs(x);
}

/** The y with the given parity for x, or null when x is not on the curve (p ≡ 3 mod 4). */
export function yFor(x: bigint, odd: boolean): bigint | null {
  const rhs = curveRhs(x);
  const y = power(rhs, (P + 1n) / 4n);
  if ((y * y) % P !== rhs) return null;
  return (y & 1n) === (odd ? 1n : 0n) ? y : mod(P - y);
}

/** 2·(X, Y, Z), dbl-2001-b for a = −3. */
export function double([X, Y, Z]: Jacobian): Jacobian {
  if (Z === 0n || Y === 0n) return INFINITY;
  const delta = (Z * Z) % P;
  const gamma = (Y * Y) % P;
  const beta = (X * gamma) % P;
  const alpha = (3n * (((X - delta) * (X + delta)) % P)) % P;
  const X3 = mod(alpha * alpha - 8n * beta);
  const Z3 = mod((Y + Z) * (Y + Z) - gamma - delta);
  const Y3 = mod(alpha * (4n * beta - X3) - 8n * ((gamma * gamma) % P));
  return [X3, Y3, Z3];
}

/**
 * (X1, Y1, Z1) + (x2, y2), madd-2007-bl; handles equal and opposite points. The hot loop of
 * every signature: differences of reduced values are corrected with one addition of p
 * rather than a second division.
 */
export function addAffine([X1, Y1, Z1]: Jacobian, x2: bigint, y2: bigint): Jacobian {
  if (Z1 === 0n) return [x2, y2, 1n];
  const Z1Z1 = (Z1 * Z1) % P;
  let H = (x2 * Z1Z1) % P - X1;
  if (H < 0n) H += P;
  let r = (y2 * ((Z1 * Z1Z1) % P)) % P - Y1;
  if (r < 0n) r += P;
  if (H === 0n) return r === 0n ? double([X1, Y1, Z1]) : INFINITY;
  const HH = (H * H) % P;
  const HHH = (H * HH) % P;
  const V = (X1 * HH) % P;
  let X3 = (r * r - HHH - 2n * V) % P;
  if (X3 < 0n) X3 += P;
  let Y3 = (r * (V - X3) - Y1 * HHH) % P;
  if (Y3 < 0n) Y3 += P;
  return [X3, Y3, (Z1 * H) % P];
}

/** Affine forms of many Jacobian points with one inversion (Montgomery's trick); none may be infinity. */
export function normalise(points: readonly Jacobian[]): Affine[] {
  const prefix: bigint[] = new Array<bigint>(points.length);
  let acc = 1n;
  for (let i = 0; i < points.length; i++) {
    prefix[i] = acc;
    acc = (acc * points[i]![2]) % P;
  }
  let inv = invert(acc);
  const out: Affine[] = new Array<Affine>(points.length);
  for (let i = points.length - 1; i >= 0; i--) {
    const [X, Y, Z] = points[i]!;
    const zInv = (inv * prefix[i]!) % P;
    inv = (inv * Z) % P;
    const z2 = (zInv * zInv) % P;
    out[i] = { x: (X * z2) % P, y: (((Y * z2) % P) * zInv) % P };
  }
  return out;
}

export function toAffine(point: Jacobian): Affine | null {
  return point[2] === 0n ? null : normalise([point])[0]!;
}
