export { DEFAULT_SIGNER_ID, messageDigest, signerDigest, sm2Sign, sm2SignMany, sm2Verify, type SignOptions, type VerifyOptions } from './signature';
export {
  deriveSm2PrivateKey, generateSm2PrivateKey, parseSm2PublicKey, sm2PrivateKey, sm2PrivateKeyFromHex, sm2PrivateKeyHex, sm2PublicKeyPem,
  type Sm2PrivateKey, type Sm2PublicKey,
} from './keys';
export { decodeSignatureDer, decodeSignatureRaw, encodeSignatureDer, encodeSignatureRaw, type RawSignature } from './der';
