import { makeCreditCode } from '@hub/kit';
import { expectedMarketEntity } from './expected';
import { MARKET_ENTITY_ENTITIES, marketEntityKeys, resolveEntities, startSocialSecurity, type SocialSecurityTest } from './harness';

/** MarketEntity @key(fields: "creditCode"): insured and current employees as the database holds them. */
describe('MarketEntity entities', () => {
  let sg: SocialSecurityTest;
  beforeAll(async () => {
    sg = await startSocialSecurity();
  });
  afterAll(() => sg?.stop());

  it('resolves insured employee counts and current employees of employers', async () => {
    const employers = await sg.db.query<{ creditCode: string }>(
      `SELECT DISTINCT "employerCreditCode" AS "creditCode" FROM "Employment" ORDER BY 1 LIMIT 5`);
    const codes = employers.map((e) => e.creditCode);
    expect(codes.length).toBeGreaterThan(0);
    const entities = await resolveEntities(sg, MARKET_ENTITY_ENTITIES, marketEntityKeys(codes));
    expect(entities).toEqual(await Promise.all(codes.map((code) => expectedMarketEntity(sg.db, code))));
    expect(entities.some((e) => Number(e.insuredEmployeeCount) > 0)).toBe(true);
  });

  it('answers zero and an empty list for an entity that employs nobody here', async () => {
    const nobody = makeCreditCode('92', '370406', 'MA9999999');
    const [held] = await sg.db.query<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM "Employment" WHERE "employerCreditCode" = $1) + (SELECT COUNT(*) FROM "InsuranceEnrolment" WHERE "employerCreditCode" = $1) AS n`,
      [nobody]);
    expect(Number(held?.n)).toBe(0);
    const [entity] = await resolveEntities(sg, MARKET_ENTITY_ENTITIES, marketEntityKeys([nobody]));
    expect(entity).toEqual({ creditCode: nobody, insuredEmployeeCount: 0, employees: [] });
  });
});
