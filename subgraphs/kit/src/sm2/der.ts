/**
 * The SM2 signature as GM/T 0009 encodes it: SEQUENCE { r INTEGER, s INTEGER } in DER.
 * Decoding is strict (minimal lengths and integers, nothing trailing), so one signature has
 * one encoding and a malleated copy is refused rather than accepted.
 */
export interface RawSignature {
  r: bigint;
  s: bigint;
}

function integerBytes(value: bigint): Buffer {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  // A set high bit would read as negative: DER prepends a zero byte.
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}

export function encodeSignatureDer({ r, s }: RawSignature): Buffer {
  const R = integerBytes(r);
  const S = integerBytes(s);
  return Buffer.concat([Buffer.from([0x30, R.length + S.length + 4, 0x02, R.length]), R, Buffer.from([0x02, S.length]), S]);
}

/** r and s from a DER signature, or null when it is not one. */
export function decodeSignatureDer(der: Uint8Array): RawSignature | null {
  if (der.length < 8 || der.length > 72 || der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const r = readInteger(der, 2);
  if (!r) return null;
  const s = readInteger(der, r.next);
  if (!s || s.next !== der.length) return null;
  return { r: r.value, s: s.value };
}

function readInteger(der: Uint8Array, at: number): { value: bigint; next: number } | null {
  if (der[at] !== 0x02) return null;
  const length = der[at + 1];
  if (length === undefined || length < 1 || length > 33 || at + 2 + length > der.length) return null;
  const bytes = der.subarray(at + 2, at + 2 + length);
  if (bytes[0]! & 0x80) return null; // negative
  if (length > 1 && bytes[0] === 0 && !(bytes[1]! & 0x80)) return null; // not minimal
  return { value: BigInt(`0x${Buffer.from(bytes).toString('hex')}`), next: at + 2 + length };
}

/** r ‖ s, 32 bytes each: the "raw" form some libraries (sm-crypto with der: false) use. */
export function encodeSignatureRaw({ r, s }: RawSignature): Buffer {
  return Buffer.from(r.toString(16).padStart(64, '0') + s.toString(16).padStart(64, '0'), 'hex');
}

export function decodeSignatureRaw(raw: Uint8Array): RawSignature | null {
  if (raw.length !== 64) return null;
  const hex = Buffer.from(raw).toString('hex');
  return { r: BigInt(`0x${hex.slice(0, 64)}`), s: BigInt(`0x${hex.slice(64)}`) };
}
