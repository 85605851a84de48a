import { townName } from '@hub/kit';

/**
 * What each department's own database says a path should read, for checking prefilled
 * values against their source: one SQL statement per catalogue path, run on the providing
 * department's database (never through the graph). Values are text, as the form shows them.
 */
export interface DepartmentDb {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

type Rule = { department: string; sql: string; map?: (v: string) => string };
const rule = (department: string, sql: string, map?: (v: string) => string): Rule => ({ department, sql, ...(map ? { map } : {}) });

const RESIDENT = (col: string) => rule('civil-affairs', `SELECT ${col} AS v FROM "Resident" WHERE "idNumber" = $1`);
const HOUSEHOLD = (col: string) => rule('civil-affairs', `SELECT ${col} AS v FROM "Resident" r JOIN "Household" h ON h.id = r."householdId" WHERE r."idNumber" = $1`);
const MEMBERS = (col: string) => rule('civil-affairs', `SELECT m.${col} AS v FROM "Resident" r JOIN "Resident" m ON m."householdId" = r."householdId" WHERE r."idNumber" = $1`);
const URP = (col: string) => rule('social-security', `SELECT ${col} AS v FROM "InsuranceEnrolment" WHERE "idNumber" = $1 AND scheme = 'URBAN_RURAL_RESIDENT_PENSION'`);
const DAY = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;
const ENTITY = (col: string) => rule('market-access', `SELECT ${col} AS v FROM "MarketEntity" WHERE "creditCode" = $1`);

const PERSON_RULES: Record<string, Rule> = {
  'person.name': RESIDENT('name'),
  'person.gender': RESIDENT('gender::text'),
  'person.ethnicity': RESIDENT('ethnicity'),
  'person.birthDate': RESIDENT(DAY('"birthDate"')),
  'person.phone': RESIDENT('phone'),
  'person.maritalStatus': RESIDENT('"maritalStatus"::text'),
  'person.registryAsOf': RESIDENT('"asOf"'),
  'person.household.id': HOUSEHOLD('h.id'),
  'person.household.address': HOUSEHOLD('h.address'),
  'person.household.division.name': { ...HOUSEHOLD('h."divisionCode"'), map: (code) => townName(code) ?? '' },
  'person.household.asOf': HOUSEHOLD('h."asOf"'),
  'person.household.members[].person.name': MEMBERS('name'),
  'person.household.members[].person.idNumber': MEMBERS('"idNumber"'),
  'person.benefits[status=ACTIVE].kind': rule('civil-affairs', `SELECT kind::text AS v FROM "Benefit" WHERE "beneficiaryIdNumber" = $1 AND status = 'ACTIVE'`),
  'person.benefits[].asOf': rule('civil-affairs', `SELECT "asOf" AS v FROM "Benefit" WHERE "beneficiaryIdNumber" = $1`),
  'person.insuranceEnrolments[status=ACTIVE].scheme': rule('social-security', `SELECT scheme::text AS v FROM "InsuranceEnrolment" WHERE "idNumber" = $1 AND status = 'ACTIVE'`),
  'person.insuranceEnrolments[].asOf': rule('social-security', `SELECT "asOf" AS v FROM "InsuranceEnrolment" WHERE "idNumber" = $1`),
  'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].startDate': URP(DAY('"startDate"')),
  'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].contributionMonths': URP('"contributionMonths"::text'),
  'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].status': URP('status::text'),
  'person.insuranceEnrolments[scheme=URBAN_RURAL_RESIDENT_PENSION].asOf': URP('"asOf"'),
  'person.employments[current=true].employerName': rule('social-security', `SELECT "employerName" AS v FROM "Employment" WHERE "idNumber" = $1 AND "endDate" IS NULL`),
  'person.employments[].asOf': rule('social-security', `SELECT "asOf" AS v FROM "Employment" WHERE "idNumber" = $1`),
  'person.socialSecurityCard.cardNumber': rule('social-security', `SELECT "cardNumber" AS v FROM "SocialSecurityCard" WHERE "idNumber" = $1`),
  'person.socialSecurityCard.bank': rule('social-security', `SELECT bank AS v FROM "SocialSecurityCard" WHERE "idNumber" = $1`),
  'person.socialSecurityCard.asOf': rule('social-security', `SELECT "asOf" AS v FROM "SocialSecurityCard" WHERE "idNumber" = $1`),
  'person.unemploymentRegistrations[status=REGISTERED].registeredOn': rule('social-security',
    `SELECT ${DAY('"registeredOn"')} AS v FROM "UnemploymentRegistration" WHERE "idNumber" = $1 AND status = 'REGISTERED'`),
  'person.unemploymentRegistrations[].asOf': rule('social-security', `SELECT "asOf" AS v FROM "UnemploymentRegistration" WHERE "idNumber" = $1`),
  'person.employmentCertificate.number': rule('social-security', `SELECT number AS v FROM "EmploymentCertificate" WHERE "idNumber" = $1`),
  'person.employmentCertificate.asOf': rule('social-security', `SELECT "asOf" AS v FROM "EmploymentCertificate" WHERE "idNumber" = $1`),
  'person.businessesOperated[status=ACTIVE].name': rule('market-access', `SELECT name AS v FROM "MarketEntity" WHERE "legalRepresentativeIdNumber" = $1 AND status = 'ACTIVE'`),
  'person.businessesOperated[].asOf': rule('market-access', `SELECT "asOf" AS v FROM "MarketEntity" WHERE "legalRepresentativeIdNumber" = $1`),
  'person.licences[].asOf': rule('e-license', `SELECT "asOf" AS v FROM "Licence" WHERE "holderCode" = $1`),
};

const ENTITY_RULES: Record<string, Rule> = {
  'marketEntity.name': ENTITY('name'),
  'marketEntity.kind': ENTITY('kind::text'),
  'marketEntity.registeredAddress': ENTITY('"registeredAddress"'),
  'marketEntity.businessScope': ENTITY('"businessScope"'),
  'marketEntity.establishedOn': ENTITY(DAY('"establishedOn"')),
  'marketEntity.asOf': ENTITY('"asOf"'),
  'marketEntity.permits[status=VALID].number': rule('market-access', `SELECT number AS v FROM "Permit" WHERE "creditCode" = $1 AND status = 'VALID'`),
  'marketEntity.permits[].asOf': rule('market-access', `SELECT "asOf" AS v FROM "Permit" WHERE "creditCode" = $1`),
};

export class DepartmentOracle {
  constructor(private readonly db: (department: string) => DepartmentDb) {}

  /** The values a path reads for a subject, as text; empty when the department holds none. */
  async values(subjectCode: string, path: string): Promise<string[]> {
    if (path.startsWith('marketEntity.legalRepresentative.')) {
      const [entity] = await this.db('market-access').query<{ id: string }>('SELECT "legalRepresentativeIdNumber" AS id FROM "MarketEntity" WHERE "creditCode" = $1', [subjectCode]);
      return entity ? this.values(entity.id, `person.${path.slice('marketEntity.legalRepresentative.'.length)}`) : [];
    }
    const found = (path.startsWith('person.') ? PERSON_RULES : ENTITY_RULES)[path];
    if (!found) throw new Error(`the oracle has no rule for ${path}`);
    const rows = await this.db(found.department).query<{ v: unknown }>(found.sql, [subjectCode]);
    return rows.filter((r) => r.v !== null).map((r) => (r.v instanceof Date ? r.v.toISOString() : found.map ? found.map(String(r.v)) : String(r.v)));
  }

  /** The latest record time at an as-of path, or null. */
  async asOf(subjectCode: string, path: string): Promise<Date | null> {
    const times = (await this.values(subjectCode, path)).map((t) => new Date(t).getTime());
    return times.length ? new Date(Math.max(...times)) : null;
  }
}
