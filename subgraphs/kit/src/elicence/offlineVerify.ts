import type { PublishedIssuerKey } from './issuerKeys';
import type { LicenceDocument } from './licenceDocument';
import { checkSeal, type SealOutcome } from './licenceSeal';
import { licenceToday, validityOn } from './validity';

/**
 * Offline verification (离线核验) of a licence document with the issuers' published keys:
 * the seal is the issuer's, over this content, and today is within the validity. What only
 * the library knows — whether the licence was revoked since — is not part of it.
 */
export type OfflineOutcome = SealOutcome | 'EXPIRED' | 'NOT_YET_VALID';

export interface OfflineVerification {
  outcome: OfflineOutcome;
  detail: string;
  licenceId: string;
  keyId: string;
  issuerCode: string;
  signedAt: string;
}

export function verifyLicenceDocumentOffline(
  document: LicenceDocument,
  keyOf: (keyId: string) => PublishedIssuerKey | null,
  today: string = licenceToday(),
): OfflineVerification {
  const { licence, seal } = document;
  const base = { licenceId: licence.id, keyId: seal.keyId, issuerCode: seal.issuerCode, signedAt: seal.signedAt };
  const sealed = checkSeal(licence, seal, keyOf(seal.keyId));
  if (sealed.outcome !== 'VALID') return { ...base, ...sealed };
  const validity = validityOn(licence, today);
  if (validity === 'EXPIRED') return { ...base, outcome: 'EXPIRED', detail: `valid until ${licence.validUntil}, today is ${today} (China Standard Time)` };
  if (validity === 'NOT_YET_VALID') return { ...base, outcome: 'NOT_YET_VALID', detail: `valid from ${licence.validFrom}, today is ${today}` };
  return { ...base, ...sealed };
}
