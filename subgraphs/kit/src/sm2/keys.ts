import { createHmac, createPublicKey, randomBytes } from 'node:crypto';
import { multiplyG } from './comb';
import { invert, isOnCurve, N, toAffine, yFor, type Affine } from './curve';

/**
 * SM2 keys. A public key travels as the uncompressed point `04 ‖ x ‖ y` in hex (130
 * characters), the form sm-crypto, GM/T 0009 tools and most Chinese e-licence platforms
 * exchange, or as SPKI PEM (id-ecPublicKey on the SM2 curve, 1.2.156.10197.1.301), the form
 * OpenSSL and Node read.
 */
export interface Sm2PublicKey {
  point: Affine;
  /** 04 ‖ x ‖ y, lower-case hex. */
  hex: string;
}

export interface Sm2PrivateKey {
  d: bigint;
  /** (1 + d)⁻¹ mod n, used by every signature. */
  dPlusOneInverse: bigint;
  publicKey: Sm2PublicKey;
}

/** The SPKI prefix of an SM2 public key, as OpenSSL writes it: the point follows. */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

const hex64 = (v: bigint): string => v.toString(16).padStart(64, '0');

function publicKeyOf(point: Affine): Sm2PublicKey {
  return { point, hex: `04${hex64(point.x)}${hex64(point.y)}` };
}

/** A private key from its scalar d, which must be in [1, n − 2] so that 1 + d is invertible. */
export function sm2PrivateKey(d: bigint): Sm2PrivateKey {
  if (d < 1n || d > N - 2n) throw new RangeError('an SM2 private key is an integer in [1, n − 2]');
  const point = toAffine(multiplyG(d))!;
  return { d, dPlusOneInverse: invert(1n + d, N), publicKey: publicKeyOf(point) };
}

/** A private key from 64 hex characters (sm-crypto's form). */
export function sm2PrivateKeyFromHex(hex: string): Sm2PrivateKey {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new RangeError('an SM2 private key is 64 hex characters');
  return sm2PrivateKey(BigInt(`0x${hex}`));
}

export function sm2PrivateKeyHex(key: Sm2PrivateKey): string {
  return hex64(key.d);
}

export function generateSm2PrivateKey(): Sm2PrivateKey {
  for (;;) {
    const d = BigInt(`0x${randomBytes(32).toString('hex')}`);
    if (d >= 1n && d <= N - 2n) return sm2PrivateKey(d);
  }
}

/**
 * A key derived from a secret and a label (HMAC-SM3, counter until in range): the demo
 * issuers' keys, reproducible from the demo seed. Never for production keys.
 */
export function deriveSm2PrivateKey(secret: string, label: string): Sm2PrivateKey {
  for (let counter = 0; ; counter++) {
    const digest = createHmac('sm3', secret).update(`${label}\u0000${counter}`).digest('hex');
    const d = BigInt(`0x${digest}`);
    if (d >= 1n && d <= N - 2n) return sm2PrivateKey(d);
  }
}

/**
 * A public key from hex: uncompressed (04 ‖ x ‖ y), bare x ‖ y (128 characters) or
 * compressed (02/03 ‖ x). Null when it is none of these or not a point of the curve.
 */
export function parseSm2PublicKey(hex: string): Sm2PublicKey | null {
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
  const lower = hex.toLowerCase();
  const body = lower.length === 128 ? lower : lower.length === 130 && lower.startsWith('04') ? lower.slice(2) : null;
  if (body) {
    const point = { x: BigInt(`0x${body.slice(0, 64)}`), y: BigInt(`0x${body.slice(64)}`) };
    return isOnCurve(point) ? publicKeyOf(point) : null;
  }
  if (lower.length === 66 && (lower.startsWith('02') || lower.startsWith('03'))) {
    const x = BigInt(`0x${lower.slice(2)}`);
    const y = yFor(x, lower.startsWith('03'));
    return y === null || !isOnCurve({ x, y }) ? null : publicKeyOf({ x, y });
  }
  return null;
}

/** SPKI PEM, readable by OpenSSL and by Node's createPublicKey. */
export function sm2PublicKeyPem(key: Sm2PublicKey): string {
  const der = Buffer.concat([SPKI_PREFIX, Buffer.from(key.hex, 'hex')]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' }).export({ format: 'pem', type: 'spki' }).toString();
}
