import { CATALOGUE, type Catalogue } from '../src/catalogue';
import type { CatalogueRecords } from '../src/modules/catalogue/catalogue.records';

/** The published catalogue as the database would hold it, without a database (for unit tests). */
export function recordsFrom(c: Catalogue = CATALOGUE): CatalogueRecords {
  const updatedAt = new Date('2026-11-24T00:00:00Z');
  return {
    matters: new Map(c.matters.map((m) => [m.code, {
      code: m.code, name: m.name, englishName: m.englishName, department: m.department, applicantType: m.applicantType, caseType: m.caseType,
      legalTimeLimitDays: m.legalTimeLimitDays, promisedTimeLimitDays: m.promisedTimeLimitDays, conditions: m.conditions, fees: m.fees, feeFen: m.feeFen,
      commitmentReplacesInspection: m.commitmentReplacesInspection ?? false, producesMaterial: m.produces ?? null, result: m.result, updatedAt,
      situations: m.situations.map((s) => ({ matterCode: m.code, ...s })),
      materials: m.materials.map((x, position) => ({ matterCode: m.code, materialCode: x.code, position, required: x.required ?? true, tolerable: x.tolerable ?? false, situationCode: x.situation ?? null })),
      fields: m.fields.map((f, position) => ({ matterCode: m.code, fieldKey: f.replace(/\?$/, ''), position, required: !f.endsWith('?') })),
      dataItems: m.dataItems,
    }])),
    items: new Map(c.dataItems.map((d) => [d.code, {
      code: d.code, name: d.name, englishName: d.englishName, provider: d.provider, subjectKind: d.subjectKind, method: d.method, fields: d.fields,
      asOfPath: d.asOfPath, licenceTypeCode: d.licence?.typeCode ?? null, licenceHolderPath: d.licence?.holderPath ?? null, via: d.via ?? [],
      description: d.description, updatedAt, purposes: [...d.purposes].sort(),
    }])),
    fields: new Map(c.fields.map((f) => [f.key, {
      key: f.key, label: f.label, englishLabel: f.englishLabel, options: f.options ?? null, personItem: f.person?.item ?? null, personPath: f.person?.path ?? null,
      entityItem: f.entity?.item ?? null, entityPath: f.entity?.path ?? null, updatedAt,
    }])),
    materials: new Map(c.materials.map((m) => [m.code, { code: m.code, name: m.name, englishName: m.englishName, personItem: m.person ?? null, entityItem: m.entity ?? null, updatedAt }])),
    bundles: new Map(c.bundles.map((b) => [b.code, {
      code: b.code, name: b.name, englishName: b.englishName, description: b.description, subjectKind: b.subjectKind, result: b.result,
      resultLicenceTypeCode: b.resultLicenceTypeCode ?? null, promisedTimeLimitDays: b.promisedTimeLimitDays, updatedAt, matterCodes: b.matters,
    }])),
  };
}
