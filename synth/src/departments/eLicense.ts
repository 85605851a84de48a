import { publishedKeyOf, type LicenceSeal } from '@hub/kit';
import { REFERENCE_DAY, confirmedAt, isoDate } from '../calendar';
import { LICENCE_CATALOGUE, type SurfaceField } from '../licences/catalogue';
import type { Licence, SurfaceValue } from '../licences/model';
import { issuerSecretForSeedHash, sealRows, seededSignedAt, synthIssuerKey } from '../licences/seal';
import { sealRowsInWorkers } from '../licences/sealPool';
import { sourceCounties } from '../places/counties';
import { organ, type OrganKind } from '../places/organs';
import { STREAM, rngFor } from '../random';
import type { Department } from './department';
import { defineTable } from './tables';

/** 电子证照库: the licence catalogue, the issuers' published keys, the issued (sealed) licences and their history. */
interface LicenceTypeRow {
  code: string;
  name: string;
  englishName: string;
  issuingDepartment: string;
  hubDepartment: string | null;
  holderCodeType: string;
  surfaceFields: SurfaceField[];
  asOf: string;
}
interface IssuerKeyRow {
  keyId: string;
  issuerCode: string;
  issuerName: string;
  algorithm: string;
  signerId: string;
  publicKey: string;
  activatedAt: string;
}
interface LicenceRow {
  id: string;
  typeCode: string;
  number: string;
  holderName: string;
  holderCode: string;
  holderCodeType: string;
  issuerName: string;
  issuerCode: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  jurisdiction: string;
  status: string;
  surfaceData: Record<string, SurfaceValue>;
  asOf: string;
  /** The seal, filled in per chunk by sealLicenceRows. */
  sealKeyId: string | null;
  sealSignedAt: string | null;
  sealDigest: string | null;
  sealSignature: string | null;
  statusChangedAt: string | null;
  statusReason: string | null;
}
interface LicenceEventRow {
  licenceId: string;
  kind: string;
  at: string;
  status: string;
  reason: string | null;
  actorId: string;
  actorRole: string;
}

const TS = 'timestamptz';
const LICENCE_TYPE = defineTable<LicenceTypeRow>('LicenceType', [
  ['code', 'char(21)'], ['name', 'text'], ['englishName', 'text'], ['issuingDepartment', 'text'], ['hubDepartment', 'text'], ['holderCodeType', '"HolderCodeType"'],
  ['surfaceFields', 'jsonb'], ['asOf', TS],
]);
const ISSUER_KEY = defineTable<IssuerKeyRow>('IssuerKey', [
  ['keyId', 'text'], ['issuerCode', 'char(18)'], ['issuerName', 'text'], ['algorithm', 'text'], ['signerId', 'text'], ['publicKey', 'text'], ['activatedAt', TS],
]);
/** Fills in each row's seal columns. */
function withSeals(rows: LicenceRow[], seals: readonly LicenceSeal[]): void {
  rows.forEach((row, i) => {
    const seal = seals[i]!;
    row.sealKeyId = seal.keyId;
    row.sealSignedAt = seal.signedAt;
    row.sealDigest = seal.contentDigest;
    row.sealSignature = seal.signature;
  });
}

const LICENCE = defineTable<LicenceRow>(
  'Licence',
  [
    ['id', 'text'], ['typeCode', 'char(21)'], ['number', 'text'], ['holderName', 'text'], ['holderCode', 'char(18)'],
    ['holderCodeType', '"HolderCodeType"'], ['issuerName', 'text'], ['issuerCode', 'char(18)'], ['issuedOn', 'date'], ['validFrom', 'date'],
    ['validUntil', 'date'], ['jurisdiction', 'char(6)'], ['status', '"LicenceStatus"'], ['surfaceData', 'jsonb'], ['asOf', TS],
    ['sealKeyId', 'text'], ['sealSignedAt', TS], ['sealDigest', 'char(64)'], ['sealSignature', 'text'], ['statusChangedAt', TS], ['statusReason', 'text'],
  ],
  // Signing is the costly part of the library's rows: a chunk's licences are sealed together,
  // on worker threads when seeding at scale.
  {
    finish: (rows, run) => withSeals(rows, sealRows(rows, issuerSecretForSeedHash(run.seedHash))),
    finishAsync: async (rows, run) => withSeals(rows, await sealRowsInWorkers(rows, issuerSecretForSeedHash(run.seedHash), run.workers ?? 0)),
  },
);
const LICENCE_EVENT = defineTable<LicenceEventRow>('LicenceEvent', [
  ['licenceId', 'text'], ['kind', '"LicenceEventKind"'], ['at', TS], ['status', '"LicenceStatus"'], ['reason', 'text'], ['actorId', 'text'], ['actorRole', 'text'],
]);

const ORGAN_KINDS: readonly OrganKind[] = ['publicSecurity', 'marketRegulation', 'approval', 'civilAffairs', 'humanResources'];
/** Keys of the synthetic issuers are in force from before the oldest licence they sealed. */
const KEYS_ACTIVE_FROM = '1990-01-01T00:00:00.000Z';
const MIGRATED = '存量证照迁移入库时发证部门记录的状态 (status recorded by the issuing department when the licence was migrated)';

/** A seeded licence's history: its issue, and how it ended when it has. */
function eventsOf(l: Licence, statusChangedAt: string | null): LicenceEventRow[] {
  const actor = { actorId: `issuer:${l.issuer.creditCode}`, actorRole: 'DEPARTMENT_SYSTEM' };
  const issued: LicenceEventRow = { licenceId: l.id, kind: 'ISSUED', at: seededSignedAt(isoDate(l.issuedOn)).toISOString(), status: 'VALID', reason: null, ...actor };
  if (l.status === 'VALID' || !statusChangedAt) return [issued];
  return [issued, { licenceId: l.id, kind: l.status, at: statusChangedAt, status: l.status, reason: MIGRATED, ...actor }];
}

/** When a seeded licence stopped being valid: the day after its end date, or its last recorded change. */
function statusChangedAt(l: Licence): string | null {
  if (l.status === 'VALID') return null;
  if (l.status === 'EXPIRED' && l.validUntil !== null) return `${isoDate(l.validUntil)}T16:00:00.000Z`;
  return `${isoDate(Math.max(l.lastChange, l.issuedOn))}T02:00:00.000Z`;
}

export const eLicense: Department = {
  name: 'e-license',
  needs: { work: true, licences: true },
  tables: [LICENCE_TYPE, ISSUER_KEY, LICENCE, LICENCE_EVENT],
  clockStream: STREAM.confirmedELicense,
  start(set, seedHash) {
    const clock = rngFor(seedHash, STREAM.catalogue, 0);
    for (const t of LICENCE_CATALOGUE) {
      set.add(LICENCE_TYPE, {
        code: t.code, name: t.name, englishName: t.englishName, issuingDepartment: t.issuingDepartment, hubDepartment: t.hubDepartment,
        holderCodeType: t.holderCodeType, surfaceFields: t.surfaceFields, asOf: confirmedAt(clock, REFERENCE_DAY - 365),
      });
    }
    const secret = issuerSecretForSeedHash(seedHash);
    for (const county of sourceCounties()) {
      for (const kind of ORGAN_KINDS) {
        const { name, creditCode } = organ(county, kind);
        const key = publishedKeyOf(synthIssuerKey(secret, creditCode), name, KEYS_ACTIVE_FROM);
        set.add(ISSUER_KEY, {
          keyId: key.keyId, issuerCode: key.issuerCode, issuerName: key.issuerName, algorithm: key.algorithm,
          signerId: key.signerId, publicKey: key.publicKey, activatedAt: key.activatedAt,
        });
      }
    }
  },
  addHousehold(set, { licences }, clock) {
    for (const l of licences ?? []) {
      const changed = statusChangedAt(l);
      set.add(LICENCE, {
        id: l.id, typeCode: l.type.code, number: l.number, holderName: l.holderName, holderCode: l.holderCode,
        holderCodeType: l.type.holderCodeType, issuerName: l.issuer.name, issuerCode: l.issuer.creditCode,
        issuedOn: isoDate(l.issuedOn), validFrom: isoDate(l.validFrom), validUntil: l.validUntil === null ? null : isoDate(l.validUntil),
        jurisdiction: l.jurisdiction, status: l.status, surfaceData: l.surfaceData, asOf: confirmedAt(clock, l.lastChange),
        sealKeyId: null, sealSignedAt: null, sealDigest: null, sealSignature: null,
        statusChangedAt: changed, statusReason: changed ? MIGRATED : null,
      });
      for (const event of eventsOf(l, changed)) set.add(LICENCE_EVENT, event);
    }
  },
};
