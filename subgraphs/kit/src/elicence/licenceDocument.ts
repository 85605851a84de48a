import { citizenIdProblem } from '../identifiers/citizenId';
import { creditCodeProblem } from '../identifiers/creditCode';
import { licenceIdProblem } from '../identifiers/licenceId';
import { canonicalJson, CanonicalJsonError, isPlainObject } from './canonicalJson';
import type { HolderCodeTypeCode, LicenceContent } from './licenceContent';
import { SEAL_ALGORITHM, type LicenceSeal } from './licenceSeal';
import { isCalendarDate, isIsoInstant } from './validity';

/**
 * A licence as a self-contained document (电子证照文件, in JSON rather than OFD): the content,
 * the issuer's seal, and nothing else — enough to verify it offline with the issuers'
 * published keys. Parsing is strict: a field missing, extra, of the wrong type or shape is
 * a LicenceDocumentProblem naming the field, never a crash and never silently ignored.
 */
export const LICENCE_DOCUMENT_FORMAT = 'hub-elicence-document/1';

export interface LicenceDocument {
  format: typeof LICENCE_DOCUMENT_FORMAT;
  licence: LicenceContent;
  seal: LicenceSeal;
}

export class LicenceDocumentProblem extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
  }
}

export function licenceDocument(licence: LicenceContent, seal: LicenceSeal): LicenceDocument {
  return { format: LICENCE_DOCUMENT_FORMAT, licence, seal };
}

const problem = (field: string, reason: string): never => {
  throw new LicenceDocumentProblem(field, reason);
};

function object(value: unknown, field: string, keys: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(value)) return problem(field, 'must be an object');
  const extra = Object.keys(value).filter((k) => !keys.includes(k));
  if (extra.length) problem(field, `has fields a licence document does not have: ${extra.slice(0, 5).join(', ')}`);
  for (const key of keys) if (!(key in value)) problem(`${field}.${key}`, 'is missing');
  return value;
}

function text(value: unknown, field: string, pattern?: RegExp, max = 500): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) return problem(field, `must be a string of 1–${max} characters`);
  if (pattern && !pattern.test(value)) problem(field, `must match ${pattern.source}`);
  return value;
}

function checked(value: string, field: string, why: string | null): string {
  if (why) problem(field, why);
  return value;
}

function date(value: unknown, field: string): string {
  const d = text(value, field, /^\d{4}-\d{2}-\d{2}$/, 10);
  return isCalendarDate(d) ? d : problem(field, 'is not a calendar date');
}

function holder(value: unknown): LicenceContent['holder'] {
  const h = object(value, 'licence.holder', ['name', 'code', 'codeType']);
  const codeType = h.codeType === '111' || h.codeType === '001' ? (h.codeType as HolderCodeTypeCode) : problem('licence.holder.codeType', 'must be "111" (citizen ID) or "001" (credit code)');
  const code = text(h.code, 'licence.holder.code', undefined, 18);
  checked(code, 'licence.holder.code', codeType === '111' ? citizenIdProblem(code) : creditCodeProblem(code));
  return { name: text(h.name, 'licence.holder.name'), code, codeType };
}

function content(value: unknown): LicenceContent {
  const l = object(value, 'licence', ['id', 'name', 'typeCode', 'number', 'holder', 'issuer', 'issuedOn', 'validFrom', 'validUntil', 'jurisdiction', 'surfaceData']);
  const id = text(l.id, 'licence.id', undefined, 120);
  checked(id, 'licence.id', licenceIdProblem(id));
  const [, , , , , typeInId, issuerInId] = id.split('.');
  const issuer = object(l.issuer, 'licence.issuer', ['name', 'code']);
  const issuerCode = text(issuer.code, 'licence.issuer.code', undefined, 18);
  checked(issuerCode, 'licence.issuer.code', creditCodeProblem(issuerCode) ?? (issuerCode === issuerInId ? null : 'is not the issuer code in the licence identifier'));
  const typeCode = checked(text(l.typeCode, 'licence.typeCode', /^[0-9A-Z]{21}$/, 21), 'licence.typeCode', l.typeCode === typeInId ? null : 'is not the type code in the licence identifier');
  if (!isPlainObject(l.surfaceData)) problem('licence.surfaceData', 'must be an object');
  try {
    canonicalJson(l.surfaceData);
  } catch (err) {
    if (err instanceof CanonicalJsonError) problem('licence.surfaceData', err.message);
    throw err;
  }
  return {
    id, name: text(l.name, 'licence.name'), typeCode, number: text(l.number, 'licence.number', undefined, 100),
    holder: holder(l.holder), issuer: { name: text(issuer.name, 'licence.issuer.name'), code: issuerCode },
    issuedOn: date(l.issuedOn, 'licence.issuedOn'), validFrom: date(l.validFrom, 'licence.validFrom'),
    validUntil: l.validUntil === null ? null : date(l.validUntil, 'licence.validUntil'),
    jurisdiction: text(l.jurisdiction, 'licence.jurisdiction', /^\d{6}$/, 6),
    surfaceData: l.surfaceData as Record<string, unknown>,
  };
}

export function parseLicenceSeal(value: unknown, field = 'seal'): LicenceSeal {
  const s = object(value, field, ['algorithm', 'keyId', 'issuerCode', 'signedAt', 'contentDigest', 'signature']);
  if (s.algorithm !== SEAL_ALGORITHM) problem(`${field}.algorithm`, `must be ${SEAL_ALGORITHM}`);
  const issuerCode = text(s.issuerCode, `${field}.issuerCode`, undefined, 18);
  checked(issuerCode, `${field}.issuerCode`, creditCodeProblem(issuerCode));
  const signedAt = text(s.signedAt, `${field}.signedAt`, undefined, 24);
  if (!isIsoInstant(signedAt)) problem(`${field}.signedAt`, 'must be an ISO instant with milliseconds, e.g. 2026-11-01T08:00:00.000Z');
  return {
    algorithm: SEAL_ALGORITHM, keyId: text(s.keyId, `${field}.keyId`, /^[0-9a-f]{16}$/, 16), issuerCode, signedAt,
    contentDigest: text(s.contentDigest, `${field}.contentDigest`, /^[0-9a-f]{64}$/, 64),
    signature: text(s.signature, `${field}.signature`, /^(?:[0-9a-f]{2}){8,72}$/, 144),
  };
}

/** A licence document from parsed JSON, or a LicenceDocumentProblem. */
export function parseLicenceDocument(raw: unknown): LicenceDocument {
  const d = object(raw, 'document', ['format', 'licence', 'seal']);
  if (d.format !== LICENCE_DOCUMENT_FORMAT) problem('document.format', `must be ${LICENCE_DOCUMENT_FORMAT}`);
  return licenceDocument(content(d.licence), parseLicenceSeal(d.seal));
}
