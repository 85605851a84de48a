import { openDatabase } from '@hub/kit';
import type { DepartmentName } from '../stack/hubStack';
import type { Application } from './soakPlan';

/**
 * Who comes to the window during the soak, read from the departments' own databases (the
 * source of truth, so every applicant exists): living residents from the civil affairs
 * register, active market entities and restaurant operators (个体工商户 with a food business
 * permit) from market regulation. Each gets a matter fit for their kind; the list mixes
 * persons, entities and the restaurant bundle (开办餐馆一件事), so cases of every type
 * (即办件, 承诺件, 上报件, 联办件) are accepted.
 */
const PERSON_MATTERS = [
  'MZ-GG-005', // 老年人优待证 senior card (即办件)
  'RSJ-JF-004', // 城乡居民养老保险待遇申领 resident pension claim (承诺件)
  'MZ-JF-001', // 最低生活保障 subsistence allowance (上报件)
  'RSJ-GG-005', // 失业登记 unemployment registration (即办件)
  'MZ-JF-003', // 临时救助 temporary assistance (上报件)
  'RSJ-GG-002', // 就业创业证 employment certificate (即办件)
];
const INDIVIDUAL_BUSINESS_MATTERS = ['SCJG-XK-002', 'SCJG-XK-003']; // 食品经营许可 (承诺件), 个体工商户变更 (即办件)
const ENTERPRISE_MATTERS = ['RSJ-GG-003']; // 用人单位职工参保登记 (即办件)
const RESTAURANT_BUNDLE = 'YJS-001';
/** Of every eight applications: five persons, two entities, one restaurant bundle. */
const PATTERN = ['person', 'person', 'entity', 'person', 'restaurant', 'person', 'entity', 'person'] as const;

export interface Applicants {
  applications: Application[];
  readApplications: Application[];
}

export async function applicantsFrom(databaseUrls: Record<DepartmentName, string>, count: number, readCount: number): Promise<Applicants> {
  const persons = await rows<{ id: string }>(databaseUrls['civil-affairs'],
    `SELECT "idNumber" AS id FROM "Resident" WHERE "deceasedOn" IS NULL ORDER BY md5("idNumber") LIMIT $1`, [count + readCount]);
  const entities = await rows<{ code: string; kind: string }>(databaseUrls['market-access'],
    `SELECT "creditCode" AS code, kind::text AS kind FROM "MarketEntity" WHERE status = 'ACTIVE' AND kind IN ('INDIVIDUAL_BUSINESS', 'ENTERPRISE') ORDER BY md5("creditCode") LIMIT $1`, [count]);
  const restaurateurs = await rows<{ id: string }>(databaseUrls['market-access'],
    `SELECT DISTINCT e."legalRepresentativeIdNumber" AS id FROM "MarketEntity" e JOIN "Permit" p ON p."creditCode" = e."creditCode"
     WHERE e.kind = 'INDIVIDUAL_BUSINESS' AND e.status = 'ACTIVE' AND p.kind = 'FOOD_BUSINESS' ORDER BY 1 LIMIT $1`, [count]);
  if (persons.length <= readCount || entities.length === 0 || restaurateurs.length === 0) {
    throw new Error(`the demo databases have too few applicants: ${persons.length} persons, ${entities.length} entities, ${restaurateurs.length} restaurant operators`);
  }
  const applications: Application[] = [];
  for (let i = 0; applications.length < count; i++) {
    const kind = PATTERN[i % PATTERN.length]!;
    if (kind === 'person') applications.push({ subject: { idNumber: persons[readCount + (i % (persons.length - readCount))]!.id }, target: { matterCode: PERSON_MATTERS[i % PERSON_MATTERS.length]! } });
    if (kind === 'restaurant') applications.push({ subject: { idNumber: restaurateurs[i % restaurateurs.length]!.id }, target: { bundleCode: RESTAURANT_BUNDLE } });
    if (kind === 'entity') {
      const entity = entities[i % entities.length]!;
      const matters = entity.kind === 'ENTERPRISE' ? ENTERPRISE_MATTERS : INDIVIDUAL_BUSINESS_MATTERS;
      applications.push({ subject: { creditCode: entity.code }, target: { matterCode: matters[i % matters.length]! } });
    }
  }
  // The read part prefills for residents the submissions do not use, and one restaurant bundle.
  const readApplications: Application[] = persons.slice(0, readCount - 1).map((p, i) => ({ subject: { idNumber: p.id }, target: { matterCode: PERSON_MATTERS[i % PERSON_MATTERS.length]! } }));
  readApplications.push({ subject: { idNumber: restaurateurs[0]!.id }, target: { bundleCode: RESTAURANT_BUNDLE } });
  return { applications, readApplications };
}

async function rows<T>(url: string, sql: string, params: unknown[]): Promise<T[]> {
  const db = await openDatabase(url);
  try {
    return await db.query<T>(sql, params);
  } finally {
    await db.close();
  }
}
