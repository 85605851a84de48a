import { checkSeal, validityOn, type LicenceContent, type LicenceSeal, type PublishedIssuerKey } from '@hub/kit';
import { LicenceStatus, LicenceVerificationResult as Result } from '../../enums';

/** What the library records about a licence besides its content: the status and why. */
export interface LibraryRecord {
  recordedStatus: LicenceStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  supersededBy: string | null;
}

export interface Verdict {
  result: Result;
  detail: string;
  licenceId: string;
  keyId: string | null;
  issuerCode: string;
  issuerName: string | null;
  signedAt: Date | null;
  /** The library's status now (expiry computed); null when it holds no such licence. */
  status: LicenceStatus | null;
  supersededBy: string | null;
}

const ENDED: Partial<Record<LicenceStatus, Result>> = {
  REVOKED: Result.REVOKED,
  WITHDRAWN: Result.WITHDRAWN,
  CANCELLED: Result.CANCELLED,
  EXPIRED: Result.EXPIRED,
};

function statusVerdict(record: LibraryRecord, content: LicenceContent, today: string): { result: Result; detail: string; status: LicenceStatus } {
  const ended = ENDED[record.recordedStatus];
  if (ended) {
    const when = record.statusChangedAt ? ` on ${record.statusChangedAt.toISOString()}` : '';
    const why = record.statusReason ? `: ${record.statusReason}` : '';
    if (ended === Result.CANCELLED && record.supersededBy) return { result: Result.SUPERSEDED, detail: `replaced by its renewal ${record.supersededBy}${when}`, status: record.recordedStatus };
    return { result: ended, detail: `${record.recordedStatus.toLowerCase()} by the issuer${when}${why}`, status: record.recordedStatus };
  }
  const validity = validityOn(content, today);
  if (validity === 'EXPIRED') return { result: Result.EXPIRED, detail: `valid until ${content.validUntil}; today is ${today} (China Standard Time)`, status: LicenceStatus.EXPIRED };
  if (validity === 'NOT_YET_VALID') return { result: Result.NOT_YET_VALID, detail: `valid from ${content.validFrom}; today is ${today}`, status: record.recordedStatus };
  return { result: Result.VALID, detail: '', status: record.recordedStatus };
}

/**
 * Verifies a licence (核验): first that the seal is its issuer's and covers this very content
 * (UNKNOWN_ISSUER, SIGNATURE_INVALID, SURFACE_ALTERED), then what the library knows of it
 * (UNKNOWN_LICENCE, REVOKED, WITHDRAWN, CANCELLED, SUPERSEDED), then its dates (EXPIRED,
 * NOT_YET_VALID). Status is consulted only for a genuine seal, so the answer reveals nothing
 * about licences the asker could not have seen.
 */
export function verdictOf(content: LicenceContent, seal: LicenceSeal | null, key: PublishedIssuerKey | null, record: LibraryRecord | null, today: string): Verdict {
  const base = { licenceId: content.id, keyId: seal?.keyId ?? null, issuerCode: seal?.issuerCode ?? content.issuer.code, issuerName: key?.issuerName ?? null, signedAt: seal ? new Date(seal.signedAt) : null };
  if (!seal) return { ...base, result: Result.SIGNATURE_INVALID, detail: 'the licence carries no seal of its issuer', status: null, supersededBy: null };
  const sealed = checkSeal(content, seal, key);
  if (sealed.outcome !== 'VALID') return { ...base, result: Result[sealed.outcome], detail: sealed.detail, status: null, supersededBy: null };
  if (!record) {
    return { ...base, result: Result.UNKNOWN_LICENCE, detail: `${sealed.detail}, but the library holds no licence ${content.id}`, status: null, supersededBy: null };
  }
  const status = statusVerdict(record, content, today);
  return { ...base, ...status, detail: status.detail ? `${sealed.detail}; ${status.detail}` : sealed.detail, supersededBy: record.supersededBy };
}
