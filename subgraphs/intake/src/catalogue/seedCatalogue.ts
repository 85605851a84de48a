import { bulkInsert, type BulkColumn, type Database, type Logger } from '@hub/kit';
import { CATALOGUE, type Catalogue } from './index';

/** A PostgreSQL array literal of texts, e.g. {"a","b \"c\""}, for a TEXT[] column. */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

const cols = (spec: string): BulkColumn[] =>
  spec.split(' ').map((c) => {
    const [name, type = 'text'] = c.split(':');
    return { name: name!, type };
  });

type Cell = string | number | boolean | null;
type Table = { table: string; columns: BulkColumn[]; rows: Cell[][] };

/** The catalogue as table rows, parents before children. */
export function catalogueTables(c: Catalogue = CATALOGUE): Table[] {
  const matterRows = c.matters.map((m) => [m.code, m.name, m.englishName, m.department, m.applicantType, m.caseType, m.legalTimeLimitDays,
    m.promisedTimeLimitDays, pgTextArray(m.conditions), m.fees, m.feeFen, m.commitmentReplacesInspection ?? false, m.produces ?? null, m.result]);
  return [
    { table: 'Matter', columns: cols('code name englishName department applicantType:"SubjectKind" caseType:"CaseType" legalTimeLimitDays:int promisedTimeLimitDays:int conditions:text[] fees feeFen:int commitmentReplacesInspection:boolean producesMaterial result'), rows: matterRows },
    { table: 'MatterSituation', columns: cols('matterCode code name description'), rows: c.matters.flatMap((m) => m.situations.map((s) => [m.code, s.code, s.name, s.description])) },
    { table: 'MatterMaterial', columns: cols('matterCode materialCode position:int required:boolean tolerable:boolean situationCode'),
      rows: c.matters.flatMap((m) => m.materials.map((x, i) => [m.code, x.code, i, x.required ?? true, x.tolerable ?? false, x.situation ?? null])) },
    { table: 'MatterField', columns: cols('matterCode fieldKey position:int required:boolean'),
      rows: c.matters.flatMap((m) => m.fields.map((f, i) => [m.code, f.replace(/\?$/, ''), i, !f.endsWith('?')])) },
    { table: 'MatterDataItem', columns: cols('matterCode itemCode'), rows: c.matters.flatMap((m) => m.dataItems.map((d) => [m.code, d])) },
    { table: 'DataItem', columns: cols('code name englishName provider subjectKind:"SubjectKind" method:"SharingMethod" fields:text[] asOfPath licenceTypeCode licenceHolderPath via:text[] description'),
      rows: c.dataItems.map((d) => [d.code, d.name, d.englishName, d.provider, d.subjectKind, d.method, pgTextArray(d.fields), d.asOfPath,
        d.licence?.typeCode ?? null, d.licence?.holderPath ?? null, pgTextArray(d.via ?? []), d.description]) },
    { table: 'DataItemPurpose', columns: cols('itemCode matterCode'), rows: c.dataItems.flatMap((d) => d.purposes.map((m) => [d.code, m])) },
    { table: 'FormField', columns: cols('key label englishLabel options:jsonb personItem personPath entityItem entityPath'),
      rows: c.fields.map((f) => [f.key, f.label, f.englishLabel, f.options ? JSON.stringify(f.options) : null,
        f.person?.item ?? null, f.person?.path ?? null, f.entity?.item ?? null, f.entity?.path ?? null]) },
    { table: 'MaterialKind', columns: cols('code name englishName personItem entityItem'),
      rows: c.materials.map((m) => [m.code, m.name, m.englishName, m.person ?? null, m.entity ?? null]) },
    { table: 'LifeEventBundle', columns: cols('code name englishName description subjectKind:"SubjectKind" result resultLicenceTypeCode promisedTimeLimitDays:int'),
      rows: c.bundles.map((b) => [b.code, b.name, b.englishName, b.description, b.subjectKind, b.result, b.resultLicenceTypeCode ?? null, b.promisedTimeLimitDays]) },
    { table: 'BundleMatter', columns: cols('bundleCode matterCode position:int'), rows: c.bundles.flatMap((b) => b.matters.map((m, i) => [b.code, m, i])) },
  ];
}

/** Loads the published catalogue into an empty intake database, in one transaction; returns rows written. */
export async function seedCatalogue(db: Database, log?: Logger): Promise<number> {
  const written = await db.transaction(async (tx) => {
    let rows = 0;
    for (const t of catalogueTables()) rows += await bulkInsert(tx, t.table, t.columns, t.rows);
    return rows;
  });
  log?.info({ rows: written }, 'catalogue loaded');
  return written;
}

/** Loads the catalogue when the database holds none (whatever SEED_DEMO says: intake needs it to work). */
export async function ensureCatalogue(db: Database, log?: Logger): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM "Matter"');
  return (row?.n ?? 0) > 0 ? 0 : seedCatalogue(db, log);
}
