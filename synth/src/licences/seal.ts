import { demoIssuerKey, demoIssuerSecret, sealLicences, type HolderCodeTypeCode, type IssuerSigningKey, type LicenceContent, type LicenceSeal } from '@hub/kit';
import { hashSeed, type Seed } from '../random';
import { LICENCE_CATALOGUE } from './catalogue';
import type { SurfaceValue } from './model';

/**
 * The issuers of the synthetic world sign their licences (GB/T 32918 SM2 with SM3, through
 * the kit's licence seal) with keys derived from the seed: the same seed gives the same keys
 * and, with deterministic nonces, the same signatures, so the rows stay byte-identical. The
 * library's development keyring derives the same keys from the demo seed, so it can go on
 * issuing as these issuers.
 */
export function issuerSecretForSeed(seed: Seed): string {
  return demoIssuerSecret(hashSeed(seed));
}

/** The secret for a seed hash (what a generation run knows). */
export function issuerSecretForSeedHash(seedHash: number): string {
  return demoIssuerSecret(seedHash);
}

const keys = new Map<string, IssuerSigningKey>();

/** An issuer's key for a run (derivation costs a scalar multiplication: kept). */
export function synthIssuerKey(secret: string, issuerCode: string): IssuerSigningKey {
  const cacheKey = `${secret}|${issuerCode}`;
  let key = keys.get(cacheKey);
  if (!key) keys.set(cacheKey, (key = demoIssuerKey(secret, issuerCode)));
  return key;
}

/** The fields of a licence row its seal covers. */
export interface SealableRow {
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
  surfaceData: Record<string, SurfaceValue>;
}

const TYPE_NAMES = new Map(LICENCE_CATALOGUE.map((t) => [t.code, t.name]));

export function contentOf(row: SealableRow): LicenceContent {
  const name = TYPE_NAMES.get(row.typeCode);
  if (!name) throw new Error(`licence ${row.id}: type ${row.typeCode} is not in the catalogue`);
  const codeType: HolderCodeTypeCode = row.holderCodeType === 'CITIZEN_ID' ? '111' : '001';
  return {
    id: row.id, name, typeCode: row.typeCode, number: row.number,
    holder: { name: row.holderName, code: row.holderCode, codeType },
    issuer: { name: row.issuerName, code: row.issuerCode },
    issuedOn: row.issuedOn, validFrom: row.validFrom, validUntil: row.validUntil, jurisdiction: row.jurisdiction,
    surfaceData: row.surfaceData,
  };
}

/** When a seeded licence was sealed: 09:00 China time on its day of issue. */
export function seededSignedAt(issuedOn: string): Date {
  return new Date(`${issuedOn}T01:00:00.000Z`);
}

/** Seals rows in bulk, one batch per issuer; the seals come back in the rows' order. */
export function sealRows(rows: readonly SealableRow[], secret: string): LicenceSeal[] {
  const byIssuer = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const list = byIssuer.get(row.issuerCode);
    if (list) list.push(i);
    else byIssuer.set(row.issuerCode, [i]);
  });
  const seals: LicenceSeal[] = new Array<LicenceSeal>(rows.length);
  for (const [issuerCode, indexes] of byIssuer) {
    const batch = indexes.map((i) => rows[i]!);
    const sealed = sealLicences(batch.map(contentOf), synthIssuerKey(secret, issuerCode), batch.map((r) => seededSignedAt(r.issuedOn)));
    indexes.forEach((rowIndex, j) => (seals[rowIndex] = sealed[j]!));
  }
  return seals;
}
