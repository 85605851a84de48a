import { createHash } from 'node:crypto';
import { DEFAULT_SIGNER_ID, deriveSm2PrivateKey, type Sm2PrivateKey, type Sm2PublicKey } from '../sm2';

/**
 * An issuer's published public key (发证机构签名公钥), as the library publishes it and as a
 * verifier needs it: offline verification is this list plus a licence document.
 */
export interface PublishedIssuerKey {
  keyId: string;
  /** 发证机构代码: the issuing organ's unified social credit code. */
  issuerCode: string;
  issuerName: string;
  algorithm: 'SM2-SM3';
  /** The SM2 signer ID (用户身份标识) that enters Z_A; GM/T 0009's default. */
  signerId: string;
  /** 04 ‖ x ‖ y in hex. */
  publicKey: string;
  /** When the key started signing (ISO instant). */
  activatedAt: string;
  /** When the key stopped signing (ISO instant): older signatures still verify, newer ones do not. */
  retiredAt: string | null;
}

/** An issuer's private key with the identifiers a seal names. */
export interface IssuerSigningKey {
  keyId: string;
  issuerCode: string;
  key: Sm2PrivateKey;
}

/** A key's identifier: the first 16 hex characters of SM3 over its uncompressed point. */
export function issuerKeyId(publicKey: Sm2PublicKey): string {
  return createHash('sm3').update(Buffer.from(publicKey.hex, 'hex')).digest('hex').slice(0, 16);
}

/** The secret the demo issuers' keys derive from, for a synthetic population's seed. */
export function demoIssuerSecret(seed: string | number): string {
  return `hub-demo-issuers:${String(seed)}`;
}

/** A demo issuer's signing key, reproducible from the secret: synthetic data and development only. */
export function demoIssuerKey(secret: string, issuerCode: string): IssuerSigningKey {
  const key = deriveSm2PrivateKey(secret, `e-licence issuer ${issuerCode}`);
  return { keyId: issuerKeyId(key.publicKey), issuerCode, key };
}

export function publishedKeyOf(signing: IssuerSigningKey, issuerName: string, activatedAt: string): PublishedIssuerKey {
  return {
    keyId: signing.keyId, issuerCode: signing.issuerCode, issuerName, algorithm: 'SM2-SM3',
    signerId: DEFAULT_SIGNER_ID, publicKey: signing.key.publicKey.hex, activatedAt, retiredAt: null,
  };
}
