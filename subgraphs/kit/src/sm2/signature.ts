import { createHash, createHmac } from 'node:crypto';
import { multiplyG, multiplyGAndKey, multiplyGInBulk } from './comb';
import { A, B, GX, GY, mod, N, normalise, P, type Jacobian } from './curve';
import { decodeSignatureDer, decodeSignatureRaw, encodeSignatureDer, type RawSignature } from './der';
import type { Sm2PrivateKey, Sm2PublicKey } from './keys';

/**
 * SM2 signatures with SM3 (GB/T 32918.2, GM/T 0003.2): e = SM3(Z_A ‖ M), where
 * Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A) binds the signer's identity and key.
 * GM/T 0009 fixes the default signer ID 1234567812345678, which sm-crypto, BouncyCastle and
 * the seal systems of e-licence platforms use.
 *
 * Why not Node's crypto.sign('sm3', …): on Node 20 (OpenSSL 3.0) a key made by
 * generateKeyPairSync('ec', { namedCurve: 'SM2' }) signs ECDSA on the SM2 curve, not SM2;
 * the same key re-imported from PEM signs SM2 but with Z_A over an empty ID, and Node has no
 * option to set the ID. Neither verifies as GB/T 32918 with the default ID (sm2.test.ts shows
 * all three), so signing and verification are done here, with OpenSSL's SM3.
 */
export const DEFAULT_SIGNER_ID = '1234567812345678';

const bytes32 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const CURVE_BYTES = Buffer.concat([A, B, GX, GY].map(bytes32));

const zCache = new Map<string, Buffer>();

/** Z_A for a public key and signer ID (cached: a handful of issuers sign everything). */
export function signerDigest(key: Sm2PublicKey, signerId: string = DEFAULT_SIGNER_ID): Buffer {
  const cacheKey = `${signerId}\u0000${key.hex}`;
  let z = zCache.get(cacheKey);
  if (!z) {
    const id = Buffer.from(signerId, 'utf8');
    if (id.length > 8191) throw new RangeError('an SM2 signer ID is at most 8191 bytes');
    const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
    z = createHash('sm3').update(Buffer.concat([entl, id, CURVE_BYTES, bytes32(key.point.x), bytes32(key.point.y)])).digest();
    if (zCache.size > 1024) zCache.clear();
    zCache.set(cacheKey, z);
  }
  return z;
}

/** e = SM3(Z_A ‖ M) as an integer. */
export function messageDigest(key: Sm2PublicKey, message: Uint8Array, signerId?: string): bigint {
  return BigInt(`0x${createHash('sm3').update(signerDigest(key, signerId)).update(message).digest('hex')}`);
}

export interface SignOptions {
  signerId?: string;
  /**
   * Extra bytes mixed into the nonce. Without them the nonce is derived from the key and the
   * digest alone (HMAC-SM3, as RFC 6979 does with HMAC-SHA), so the same licence signs the
   * same way twice — what the deterministic demo data needs. With random bytes the nonce is
   * hedged, the choice for online signing.
   */
  entropy?: Uint8Array;
}

/** A nonce in [1, n − 1]: HMAC-SM3 keyed by d over e, the entropy and a counter, rejection-sampled. */
function nonce(key: Sm2PrivateKey, e: bigint, entropy: Uint8Array | undefined, counter: number): bigint {
  for (let c = counter; ; c++) {
    const hmac = createHmac('sm3', bytes32(key.d)).update(bytes32(e));
    if (entropy) hmac.update(entropy);
    const k = BigInt(`0x${hmac.update(Buffer.from([c >> 24, c >> 16, c >> 8, c].map((b) => b & 0xff))).digest('hex')}`);
    if (k >= 1n && k < N) return k;
  }
}

/** s from k and r, or null when the pair must be drawn again (r = 0, r + k = n, s = 0). */
function finish(key: Sm2PrivateKey, e: bigint, k: bigint, x1: bigint): RawSignature | null {
  const r = mod(e + x1, N);
  if (r === 0n || r + k === N) return null;
  const s = mod(key.dPlusOneInverse * mod(k - r * key.d, N), N);
  return s === 0n ? null : { r, s };
}

/** Signs `message`; the signature in DER. */
export function sm2Sign(key: Sm2PrivateKey, message: Uint8Array, options: SignOptions = {}): Buffer {
  return sm2SignMany(key, [message], options)[0]!;
}

/** From this many messages at once, signing uses the larger comb table (comb.ts). */
const BULK = 16;

/**
 * Signs many messages with one key, sharing the one field inversion each signature needs
 * (Montgomery's trick): the bulk path of the demo and scale data.
 */
export function sm2SignMany(key: Sm2PrivateKey, messages: readonly Uint8Array[], options: SignOptions = {}): Buffer[] {
  const digests = messages.map((m) => messageDigest(key.publicKey, m, options.signerId));
  const nonces = digests.map((e) => nonce(key, e, options.entropy, 0));
  const multiply = messages.length >= BULK ? multiplyGInBulk : multiplyG;
  const points: Jacobian[] = nonces.map((k) => multiply(k));
  const xs = normalise(points).map((p) => p.x);
  return digests.map((e, i) => {
    let signature = finish(key, e, nonces[i]!, xs[i]!);
    for (let counter = 1; !signature; counter++) {
      const k = nonce(key, e, options.entropy, counter);
      const x1 = normalise([multiplyG(k)])[0]!.x;
      signature = finish(key, e, k, x1);
    }
    return encodeSignatureDer(signature);
  });
}

export interface VerifyOptions {
  signerId?: string;
  /** 'der' (GM/T 0009, the default) or 'raw' (r ‖ s, 64 bytes). */
  encoding?: 'der' | 'raw';
}

/** True when `signature` is the key's SM2 signature of `message`. Never throws on bad input. */
export function sm2Verify(key: Sm2PublicKey, message: Uint8Array, signature: Uint8Array, options: VerifyOptions = {}): boolean {
  const rs = options.encoding === 'raw' ? decodeSignatureRaw(signature) : decodeSignatureDer(signature);
  if (!rs) return false;
  const { r, s } = rs;
  if (r < 1n || r >= N || s < 1n || s >= N) return false;
  const t = mod(r + s, N);
  if (t === 0n) return false;
  const e = messageDigest(key, message, options.signerId);
  const [X, , Z] = multiplyGAndKey(s, t, key.point);
  if (Z === 0n) return false;
  // x1 ≡ r − e (mod n) and x1 < p < 2n: x1 is v or v + n. Compare X with v·Z² (no inversion).
  const v = mod(r - e, N);
  const z2 = (Z * Z) % P;
  if ((v * z2) % P === X) return true;
  return v + N < P && ((v + N) * z2) % P === X;
}

