import { ENTITY_FIELDS, startMarketAccess, type MarketAccessTest } from './harness';

let sg: MarketAccessTest;
beforeAll(async () => {
  sg = await startMarketAccess();
}, 120_000);
afterAll(() => sg?.stop());

/** Entity fields plus a walk back from each permit to its holder, which must hit the loader cache. */
const DEEP_ENTITY_FIELDS = `${ENTITY_FIELDS} permits { marketEntity { name legalRepresentative { idNumber } } }`;

/** SQL statements one `_entities` request costs. */
async function statementsFor(typename: 'MarketEntity' | 'Person', key: string, keys: string[], fields: string): Promise<number> {
  sg.statements.reset();
  const { body } = await sg.query<{ _entities: unknown[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${fields} } } }`,
    { r: keys.map((value) => ({ __typename: typename, [key]: value })) },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data!._entities).toHaveLength(keys.length);
  expect(body.data!._entities.every((e) => e !== null)).toBe(true);
  return sg.statements.count;
}

describe('market access: statements per request do not grow with the number of entities', () => {
  it('costs the same for 1 and 100 market entities with every field and their permits', async () => {
    // The single entity holds permits, so every loader fires in both requests.
    const [withPermits] = await sg.db.query<{ code: string }>(`SELECT "creditCode" AS code FROM "Permit" ORDER BY 1 LIMIT 1`);
    const others = await sg.db.query<{ code: string }>(`SELECT "creditCode" AS code FROM "MarketEntity" WHERE "creditCode" <> $1 ORDER BY 1 LIMIT 99`, [
      withPermits!.code,
    ]);
    const one = await statementsFor('MarketEntity', 'creditCode', [withPermits!.code], DEEP_ENTITY_FIELDS);
    const hundred = await statementsFor('MarketEntity', 'creditCode', [withPermits!.code, ...others.map((o) => o.code)], DEEP_ENTITY_FIELDS);
    expect(hundred).toBe(one);
    expect(one).toBe(2); // entities, permits
  });

  it('costs the same for 1 and 100 persons with the businesses they operate and those businesses’ permits', async () => {
    const people = await sg.db.query<{ id: string }>(
      `SELECT e."legalRepresentativeIdNumber" AS id FROM "MarketEntity" e
       GROUP BY 1 ORDER BY bool_or(EXISTS (SELECT 1 FROM "Permit" p WHERE p."creditCode" = e."creditCode")) DESC, 1 LIMIT 100`,
    );
    expect(people).toHaveLength(100);
    const ids = people.map((p) => p.id);
    const fields = `idNumber businessesOperated { ${DEEP_ENTITY_FIELDS} }`;
    const one = await statementsFor('Person', 'idNumber', ids.slice(0, 1), fields);
    const hundred = await statementsFor('Person', 'idNumber', ids, fields);
    expect(hundred).toBe(one);
    expect(one).toBe(2); // businesses by operator (rows primed into the entity loader), permits
  });
});
