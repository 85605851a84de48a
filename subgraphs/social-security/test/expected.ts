import type { Database } from '@hub/kit';

/**
 * What the department's database says, read with plain SQL (not through the subgraph's
 * services) and shaped like the GraphQL answer: dates as YYYY-MM-DD, instants as ISO-8601.
 */
const DATE = (column: string) => `to_char("${column}", 'YYYY-MM-DD') AS "${column}"`;
const AS_OF = `to_char("asOf" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "asOf"`;

type Row = Record<string, unknown>;

async function rowsOf(db: Database, sql: string, idNumber: string): Promise<Row[]> {
  return db.query<Row>(sql, [idNumber]);
}

export async function expectedPerson(db: Database, idNumber: string): Promise<Row> {
  const enrolments = await rowsOf(db, `SELECT id, scheme::text, status::text, ${DATE('startDate')}, ${DATE('endDate')}, "contributionMonths", "monthlyBaseFen", "employerCreditCode", ${AS_OF}
    FROM "InsuranceEnrolment" WHERE "idNumber" = $1 ORDER BY scheme, "startDate", id`, idNumber);
  const employments = await rowsOf(db, `SELECT id, "employerCreditCode", "employerName", position, ${DATE('startDate')}, ${DATE('endDate')}, "monthlyWageFen", ${AS_OF}
    FROM "Employment" WHERE "idNumber" = $1 ORDER BY "endDate" DESC NULLS FIRST, "startDate" DESC, id`, idNumber);
  const [card] = await rowsOf(db, `SELECT "cardNumber", ${DATE('issuedOn')}, bank, status::text, ${AS_OF} FROM "SocialSecurityCard" WHERE "idNumber" = $1`, idNumber);
  const unemployment = await rowsOf(db, `SELECT id, ${DATE('registeredOn')}, ${DATE('endedOn')}, status::text, ${AS_OF}
    FROM "UnemploymentRegistration" WHERE "idNumber" = $1 ORDER BY "registeredOn" DESC, id`, idNumber);
  const [certificate] = await rowsOf(db, `SELECT number, ${DATE('issuedOn')}, "issuedBy", ${AS_OF} FROM "EmploymentCertificate" WHERE "idNumber" = $1`, idNumber);
  const current = employments.find((e) => e.endDate === null);
  return {
    idNumber,
    insured: enrolments.length ? enrolments.some((e) => e.status === 'ACTIVE') : null,
    insuranceEnrolments: enrolments.map(({ employerCreditCode, ...e }) => ({ ...e, employer: employerCreditCode ? { creditCode: employerCreditCode } : null })),
    employments: employments.map(({ employerCreditCode, ...e }) => ({ ...e, employer: { creditCode: employerCreditCode }, current: e.endDate === null })),
    currentEmployer: current ? { creditCode: current.employerCreditCode } : null,
    socialSecurityCard: card ?? null,
    unemploymentRegistrations: unemployment,
    employmentCertificate: certificate ?? null,
  };
}

export async function expectedMarketEntity(db: Database, creditCode: string): Promise<Row> {
  const insured = await db.query<{ idNumber: string }>(
    `SELECT DISTINCT "idNumber" FROM "InsuranceEnrolment" WHERE "employerCreditCode" = $1 AND status = 'ACTIVE'`, [creditCode]);
  const employees = await db.query<{ idNumber: string }>(
    `SELECT "idNumber" FROM "Employment" WHERE "employerCreditCode" = $1 AND "endDate" IS NULL ORDER BY "startDate", id`, [creditCode]);
  return {
    creditCode,
    insuredEmployeeCount: insured.length,
    employees: [...new Set(employees.map((e) => e.idNumber))].map((idNumber) => ({ idNumber })),
  };
}
