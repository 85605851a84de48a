import { makeCitizenId } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { expectedPerson } from './expected';
import { PERSON_ENTITIES, personKeys, resolveEntities, startSocialSecurity, type Entity, type SocialSecurityTest } from './harness';

/** Person @key(fields: "idNumber"): what the gateway gets equals what social security holds. */
describe('Person entities', () => {
  let sg: SocialSecurityTest;
  beforeAll(async () => {
    sg = await startSocialSecurity();
  });
  afterAll(() => sg?.stop());

  /** Persons with records of every kind: employed, individually insured, card, unemployment, certificate. */
  async function recordedPersons(): Promise<string[]> {
    const picks = await sg.db.query<{ idNumber: string }>(`
      (SELECT "idNumber" FROM "Employment" WHERE "endDate" IS NULL ORDER BY "idNumber" LIMIT 2)
      UNION (SELECT "idNumber" FROM "InsuranceEnrolment" WHERE "employerCreditCode" IS NULL ORDER BY "idNumber" LIMIT 2)
      UNION (SELECT "idNumber" FROM "SocialSecurityCard" ORDER BY "idNumber" LIMIT 2)
      UNION (SELECT "idNumber" FROM "UnemploymentRegistration" ORDER BY "idNumber" LIMIT 2)
      UNION (SELECT "idNumber" FROM "EmploymentCertificate" ORDER BY "idNumber" LIMIT 2)`);
    return picks.map((p) => p.idNumber).sort();
  }

  it('resolves every social-security field of a person as the database holds it', async () => {
    const ids = await recordedPersons();
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const persons = await resolveEntities(sg, PERSON_ENTITIES, personKeys(ids));
    const expected = await Promise.all(ids.map((id) => expectedPerson(sg.db, id)));
    expect(persons).toEqual(expected);
    const somePerson = (has: (p: Entity) => boolean) => persons.some(has);
    const list = (p: Entity, field: string) => p[field] as Entity[];
    expect(somePerson((p) => p.currentEmployer !== null)).toBe(true);
    expect(somePerson((p) => list(p, 'insuranceEnrolments').some((e) => e.employer === null))).toBe(true);
    expect(somePerson((p) => p.socialSecurityCard !== null)).toBe(true);
    expect(somePerson((p) => list(p, 'unemploymentRegistrations').length > 0)).toBe(true);
    expect(somePerson((p) => p.employmentCertificate !== null)).toBe(true);
  });

  it('answers empty lists and nulls, not errors, for a person social security has never seen', async () => {
    const unknown = makeCitizenId('370323', new Date('1951-02-03T00:00:00Z'), 997);
    const [held] = await sg.db.query<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM "InsuranceEnrolment" WHERE "idNumber" = $1) + (SELECT COUNT(*) FROM "Employment" WHERE "idNumber" = $1)
        + (SELECT COUNT(*) FROM "SocialSecurityCard" WHERE "idNumber" = $1) + (SELECT COUNT(*) FROM "UnemploymentRegistration" WHERE "idNumber" = $1)
        + (SELECT COUNT(*) FROM "EmploymentCertificate" WHERE "idNumber" = $1) AS n`, [unknown]);
    expect(Number(held?.n)).toBe(0);
    const [person] = await resolveEntities(sg, PERSON_ENTITIES, personKeys([unknown]));
    expect(person).toEqual({
      idNumber: unknown,
      insured: null,
      insuranceEnrolments: [],
      employments: [],
      currentEmployer: null,
      socialSecurityCard: null,
      unemploymentRegistrations: [],
      employmentCertificate: null,
    });
  });

  it('answers insured: null for a registered adult with no enrolment here', async () => {
    const { idNumber } = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED }).uninsuredAdult;
    const [person] = await resolveEntities(sg, PERSON_ENTITIES, personKeys([idNumber]));
    expect(person).toEqual(await expectedPerson(sg.db, idNumber));
    expect(person).toMatchObject({ insured: null, insuranceEnrolments: [] });
  });
});
