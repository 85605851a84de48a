import { MARKET_ENTITY_ENTITIES, marketEntityKeys, PERSON_ENTITIES, personKeys, resolveEntities, startSocialSecurity, type SocialSecurityTest } from './harness';

/**
 * No N+1: the gateway resolves many persons (or employers) in one _entities call, and every
 * field is read through a per-request DataLoader, so the statement count does not grow
 * with the number of keys.
 */
describe('SQL statements per _entities request', () => {
  let sg: SocialSecurityTest;
  beforeAll(async () => {
    sg = await startSocialSecurity();
  });
  afterAll(() => sg?.stop());

  async function statementsFor(query: string, representations: Record<string, unknown>[]): Promise<number> {
    sg.statements.reset();
    const entities = await resolveEntities(sg, query, representations);
    expect(entities).toHaveLength(representations.length);
    return sg.statements.count;
  }

  it('costs the same for 1 person as for 100, with every field social security adds', async () => {
    const people = await sg.db.query<{ idNumber: string }>(`
      SELECT "idNumber" FROM (SELECT "idNumber" FROM "InsuranceEnrolment" UNION SELECT "idNumber" FROM "Employment") AS p
      ORDER BY "idNumber" LIMIT 100`);
    const ids = people.map((p) => p.idNumber);
    expect(ids).toHaveLength(100);
    const one = await statementsFor(PERSON_ENTITIES, personKeys(ids.slice(0, 1)));
    const hundred = await statementsFor(PERSON_ENTITIES, personKeys(ids));
    expect(one).toBeGreaterThan(0);
    expect(hundred).toBe(one);
    expect(one).toBe(5);
  });

  it('costs the same for 1 employer as for all of them, employees included', async () => {
    const employers = await sg.db.query<{ creditCode: string }>(`SELECT DISTINCT "employerCreditCode" AS "creditCode" FROM "Employment" ORDER BY 1 LIMIT 100`);
    const codes = employers.map((e) => e.creditCode);
    const one = await statementsFor(MARKET_ENTITY_ENTITIES, marketEntityKeys(codes.slice(0, 1)));
    const all = await statementsFor(MARKET_ENTITY_ENTITIES, marketEntityKeys(codes));
    expect(all).toBe(one);
    expect(one).toBe(2);
  });
});
