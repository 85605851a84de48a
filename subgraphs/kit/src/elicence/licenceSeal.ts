import { canonicalJson } from './canonicalJson';
import type { IssuerSigningKey, PublishedIssuerKey } from './issuerKeys';
import { licenceContentDigest, type LicenceContent } from './licenceContent';
import { parseSm2PublicKey, sm2SignMany, sm2Verify, type SignOptions } from '../sm2';

/**
 * An issuer's seal on a licence (电子签章 in spirit; OFD seals work the same way): the issuer
 * signs, with SM2/SM3, a small "signed info" record naming the licence, the key and the SM3
 * digest of the licence's content — as CMS signs its signed attributes. So a verifier can
 * tell a seal that is not the issuer's (SIGNATURE_INVALID) from a genuine seal over other
 * content (SURFACE_ALTERED).
 */
export const LICENCE_SEAL_FORMAT = 'hub-elicence-seal/1';
export const SEAL_ALGORITHM = 'SM2-SM3';

export interface LicenceSeal {
  algorithm: typeof SEAL_ALGORITHM;
  keyId: string;
  issuerCode: string;
  /** When it was signed: ISO instant with milliseconds, UTC. */
  signedAt: string;
  /** SM3 of the content's canonical bytes (licenceContent.ts), lower-case hex. */
  contentDigest: string;
  /** SM2 signature over the signed info, DER (GM/T 0009), lower-case hex. */
  signature: string;
}

/** The bytes the issuer signs: canonical JSON of the seal's fields (but the signature) and the licence identifier. */
export function sealSignedInfo(licenceId: string, seal: Omit<LicenceSeal, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      format: LICENCE_SEAL_FORMAT,
      licenceId,
      algorithm: seal.algorithm,
      keyId: seal.keyId,
      issuerCode: seal.issuerCode,
      signedAt: seal.signedAt,
      digestAlgorithm: 'SM3',
      contentDigest: seal.contentDigest,
    }),
    'utf8',
  );
}

/** Seals many licences of one issuer at once (one field inversion shared by all: the bulk path). */
export function sealLicences(contents: readonly LicenceContent[], signing: IssuerSigningKey, signedAt: readonly Date[], options: SignOptions = {}): LicenceSeal[] {
  const unsigned = contents.map((content, i) => {
    if (content.issuer.code !== signing.issuerCode) throw new Error(`licence ${content.id} is issued by ${content.issuer.code}, not by the signing key's ${signing.issuerCode}`);
    return { algorithm: SEAL_ALGORITHM, keyId: signing.keyId, issuerCode: signing.issuerCode, signedAt: signedAt[i]!.toISOString(), contentDigest: licenceContentDigest(content) } as const;
  });
  const signatures = sm2SignMany(signing.key, unsigned.map((seal, i) => sealSignedInfo(contents[i]!.id, seal)), options);
  return unsigned.map((seal, i) => ({ ...seal, signature: signatures[i]!.toString('hex') }));
}

export function sealLicence(content: LicenceContent, signing: IssuerSigningKey, signedAt: Date, options: SignOptions = {}): LicenceSeal {
  return sealLicences([content], signing, [signedAt], options)[0]!;
}

/** What a seal says about a licence, before its status and dates are considered. */
export type SealOutcome = 'VALID' | 'UNKNOWN_ISSUER' | 'SIGNATURE_INVALID' | 'SURFACE_ALTERED';

export interface SealCheck {
  outcome: SealOutcome;
  /** Why, in words. */
  detail: string;
}

/** Checks only that the seal is genuine: the key it names is published for the issuer it names, and it signed the signed info. */
export function checkSealSignature(licenceId: string, seal: LicenceSeal, key: PublishedIssuerKey | null): SealCheck {
  if (!key) return { outcome: 'UNKNOWN_ISSUER', detail: `no published issuer key has the identifier ${seal.keyId}` };
  if (key.issuerCode !== seal.issuerCode) {
    return { outcome: 'UNKNOWN_ISSUER', detail: `key ${key.keyId} belongs to ${key.issuerCode}, not to the sealing issuer ${seal.issuerCode}` };
  }
  if (key.retiredAt && seal.signedAt > key.retiredAt) {
    return { outcome: 'SIGNATURE_INVALID', detail: `signed at ${seal.signedAt}, after key ${key.keyId} was retired at ${key.retiredAt}` };
  }
  const publicKey = parseSm2PublicKey(key.publicKey);
  if (!publicKey) return { outcome: 'UNKNOWN_ISSUER', detail: `the published key ${key.keyId} is not an SM2 public key` };
  const signature = /^([0-9a-f]{2})+$/.test(seal.signature) ? Buffer.from(seal.signature, 'hex') : Buffer.alloc(0);
  if (!sm2Verify(publicKey, sealSignedInfo(licenceId, seal), signature, { signerId: key.signerId })) {
    return { outcome: 'SIGNATURE_INVALID', detail: `the seal is not a signature of ${key.issuerName}'s key ${key.keyId}` };
  }
  return { outcome: 'VALID', detail: `sealed by ${key.issuerName} with key ${key.keyId} at ${seal.signedAt}` };
}

/** The full seal check: a genuine seal, by the licence's issuer, over this very content. */
export function checkSeal(content: LicenceContent, seal: LicenceSeal, key: PublishedIssuerKey | null): SealCheck {
  const genuine = checkSealSignature(content.id, seal, key);
  if (genuine.outcome !== 'VALID') return genuine;
  if (content.issuer.code !== seal.issuerCode) {
    return { outcome: 'SURFACE_ALTERED', detail: `the licence names ${content.issuer.code} as its issuer, but ${seal.issuerCode} sealed it` };
  }
  const digest = licenceContentDigest(content);
  if (digest !== seal.contentDigest) {
    return { outcome: 'SURFACE_ALTERED', detail: `the content digests to ${digest.slice(0, 16)}…, the issuer sealed ${seal.contentDigest.slice(0, 16)}…: the data was changed after sealing` };
  }
  return genuine;
}
