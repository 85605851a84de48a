import { makeCitizenId, makeCreditCode } from '@hub/kit';
import { expectedLicence, LICENCE_FIELDS, licenceRows, query, startELicense, statusesNow, type ELicenseTest } from './harness';

let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

type Entities = { _entities: Array<{ licences: Array<Record<string, unknown>> } | null> };

/** Distinct holder codes of one kind, as the database holds them. */
async function holders(holderCodeType: 'CITIZEN_ID' | 'CREDIT_CODE', count: number): Promise<string[]> {
  const rows = await sg.db.query<{ holderCode: string }>(
    `SELECT DISTINCT "holderCode" FROM "Licence" WHERE "holderCodeType" = $1 ORDER BY "holderCode" LIMIT $2`,
    [holderCodeType, count],
  );
  return rows.map((r) => r.holderCode);
}

/** The licence type most held among these holders: a filter that keeps some licences and drops others. */
async function commonType(codes: string[]): Promise<string> {
  const [row] = await sg.db.query<{ typeCode: string }>(
    `SELECT "typeCode" FROM "Licence" WHERE "holderCode" = ANY($1) GROUP BY "typeCode" ORDER BY count(*) DESC, "typeCode" LIMIT 1`,
    [codes],
  );
  return row!.typeCode;
}

const count = (holdings: Array<{ licences: unknown[] }>) => holdings.reduce((n, h) => n + h.licences.length, 0);

/** What each holder's `licences` must list, from the database. */
async function expectedHoldings(holderCodeType: 'CITIZEN_ID' | 'CREDIT_CODE', codes: string[], types?: string[]) {
  const status = await statusesNow(sg);
  const rows = await licenceRows(sg, { holderCodeType, holderCode: { in: codes }, ...(types ? { typeCode: { in: types } } : {}) });
  return codes.map((code) => ({ licences: rows.filter((r) => r.holderCode === code).map((r) => expectedLicence(r, status.get(r.id)!)) }));
}

const ENTITIES = (type: 'Person' | 'MarketEntity') =>
  `query ($r: [_Any!]!, $types: [String!]) { _entities(representations: $r) { ... on ${type} { licences(types: $types) { ${LICENCE_FIELDS} } } } }`;

describe('Person @key(fields: "idNumber")', () => {
  test('_entities lists each person’s licences as the library holds them; none for a person without', async () => {
    const codes = [...(await holders('CITIZEN_ID', 12)), makeCitizenId('370304', new Date(Date.UTC(1990, 0, 1)), 999)];
    const { data, errors } = await query<Entities>(sg, ENTITIES('Person'), { r: codes.map((idNumber) => ({ __typename: 'Person', idNumber })) });
    expect(errors).toBeUndefined();
    const expected = await expectedHoldings('CITIZEN_ID', codes);
    expect(expected.filter((e) => e.licences.length > 1).length).toBeGreaterThan(0);
    expect(data?._entities).toEqual(expected);
    expect(data?._entities.at(-1)).toEqual({ licences: [] });
  });

  test('licences(types:) keeps only the licence types asked for', async () => {
    const codes = await holders('CITIZEN_ID', 12);
    const type = await commonType(codes);
    const { data, errors } = await query<Entities>(sg, ENTITIES('Person'), {
      r: codes.map((idNumber) => ({ __typename: 'Person', idNumber })),
      types: [type.toLowerCase()],
    });
    expect(errors).toBeUndefined();
    const expected = await expectedHoldings('CITIZEN_ID', codes, [type]);
    expect(data?._entities).toEqual(expected);
    expect(count(expected)).toBeGreaterThan(0);
    expect(count(expected)).toBeLessThan(count(await expectedHoldings('CITIZEN_ID', codes)));
  });
});

describe('MarketEntity @key(fields: "creditCode")', () => {
  test('_entities lists each entity’s licences as the library holds them; none for an entity without', async () => {
    const codes = [...(await holders('CREDIT_CODE', 12)), makeCreditCode('92', '370304', 'MA9999999')];
    const { data, errors } = await query<Entities>(sg, ENTITIES('MarketEntity'), { r: codes.map((creditCode) => ({ __typename: 'MarketEntity', creditCode })) });
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual(await expectedHoldings('CREDIT_CODE', codes));
    expect(data?._entities.at(-1)).toEqual({ licences: [] });
  });

  test('licences(types:) keeps only the licence types asked for', async () => {
    const codes = await holders('CREDIT_CODE', 40);
    const type = await commonType(codes);
    const { data, errors } = await query<Entities>(sg, ENTITIES('MarketEntity'), {
      r: codes.map((creditCode) => ({ __typename: 'MarketEntity', creditCode })),
      types: [type],
    });
    expect(errors).toBeUndefined();
    const expected = await expectedHoldings('CREDIT_CODE', codes, [type]);
    expect(data?._entities).toEqual(expected);
    expect(count(expected)).toBeGreaterThan(0);
    expect(count(expected)).toBeLessThan(count(await expectedHoldings('CREDIT_CODE', codes)));
  });
});

describe('cost does not grow with the number of holders', () => {
  const PERSON_LICENCES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person {
    licences { id name status type { name surfaceFields { key } } holder { idNumber } holderEntity { creditCode } } } } }`;

  async function statementsFor(idNumbers: string[]): Promise<number> {
    sg.statements.reset();
    const { data, errors } = await query<Entities>(sg, PERSON_LICENCES, { r: idNumbers.map((idNumber) => ({ __typename: 'Person', idNumber })) });
    expect(errors).toBeUndefined();
    expect(data?._entities.every((p) => p !== null && p.licences.length > 0)).toBe(true);
    return sg.statements.count;
  }

  test('_entities for 1 and for 100 persons with their licences cost the same number of statements', async () => {
    const codes = await holders('CITIZEN_ID', 100);
    expect(codes).toHaveLength(100);
    const one = await statementsFor(codes.slice(0, 1));
    const hundred = await statementsFor(codes);
    expect(hundred).toBe(one);
    // One statement for the holders' licences, one for their types; persons themselves cost none.
    expect(one).toBe(2);
  });
});
