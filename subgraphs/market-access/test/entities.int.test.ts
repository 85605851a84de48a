import { makeCitizenId, makeCreditCode } from '@hub/kit';
import { ENTITY_FIELDS, expectedEntity, startMarketAccess, type MarketAccessTest } from './harness';

let sg: MarketAccessTest;
beforeAll(async () => {
  sg = await startMarketAccess();
}, 120_000);
afterAll(() => sg?.stop());

/** A valid credit code that the register does not hold (checked in the tests). */
const UNREGISTERED = makeCreditCode('91', '370304', 'MA3C4KPX0');

type Entity = ReturnType<typeof expectedEntity>;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { ${ENTITY_FIELDS} } } }`;
const PERSONS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { idNumber businessesOperated { ${ENTITY_FIELDS} } } } }`;

/** The register's rows for the given operators, in the order businessesOperated promises. */
function businessesOf(idNumber: string) {
  return sg.prisma.marketEntity.findMany({
    where: { legalRepresentativeIdNumber: idNumber },
    orderBy: [{ establishedOn: 'asc' }, { creditCode: 'asc' }],
    include: { permits: true },
  });
}

describe('market access: _entities', () => {
  it('resolves MarketEntity by creditCode exactly as the register holds it', async () => {
    const all = await sg.prisma.marketEntity.findMany({ orderBy: { creditCode: 'asc' }, include: { permits: true } });
    // The 20 with most permits and the 10 with fewest, so both shapes are compared.
    const byPermits = [...all].sort((a, b) => b.permits.length - a.permits.length);
    const rows = [...byPermits.slice(0, 20), ...byPermits.slice(-10)];
    expect(rows.some((r) => r.permits.length > 0)).toBe(true);
    expect(rows.some((r) => r.permits.length === 0)).toBe(true);
    const { body } = await sg.query<{ _entities: Entity[] }>(ENTITIES, {
      r: rows.map((row) => ({ __typename: 'MarketEntity', creditCode: row.creditCode })),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual(rows.map(expectedEntity));
  });

  it('resolves an unregistered MarketEntity reference to null', async () => {
    const known = await sg.prisma.marketEntity.findFirstOrThrow({ orderBy: { creditCode: 'asc' } });
    expect(await sg.prisma.marketEntity.count({ where: { creditCode: UNREGISTERED } })).toBe(0);
    const { body } = await sg.query<{ _entities: Array<{ name: string } | null> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on MarketEntity { name } } }`,
      { r: [{ __typename: 'MarketEntity', creditCode: UNREGISTERED }, { __typename: 'MarketEntity', creditCode: known.creditCode }] },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities).toEqual([null, { name: known.name }]);
  });

  it('resolves Person by idNumber with the businesses they represent or operate', async () => {
    const operators = await sg.db.query<{ id: string }>(`SELECT DISTINCT "legalRepresentativeIdNumber" AS id FROM "MarketEntity" ORDER BY 1 LIMIT 20`);
    const nobody = makeCitizenId('370304', new Date(Date.UTC(1990, 0, 1)), 999);
    expect(await sg.prisma.marketEntity.count({ where: { legalRepresentativeIdNumber: nobody } })).toBe(0);
    const ids = [...operators.map((o) => o.id), nobody];
    const { body } = await sg.query<{ _entities: Array<{ idNumber: string; businessesOperated: Entity[] }> }>(PERSONS, {
      r: ids.map((idNumber) => ({ __typename: 'Person', idNumber })),
    });
    expect(body.errors).toBeUndefined();
    const expected = await Promise.all(ids.map(async (idNumber) => ({ idNumber, businessesOperated: (await businessesOf(idNumber)).map(expectedEntity) })));
    expect(body.data!._entities).toEqual(expected);
    expect(expected.at(-1)!.businessesOperated).toEqual([]);
  });

  it('lists every business of a person who operates several, oldest first', async () => {
    // The demo register has one business per operator; register a second, older one for one of them.
    const first = await sg.prisma.marketEntity.findFirstOrThrow({ where: { permits: { some: {} } }, orderBy: { creditCode: 'asc' } });
    await sg.prisma.marketEntity.create({
      data: {
        ...first,
        creditCode: makeCreditCode('92', first.divisionCode.slice(0, 6), 'MA9TEST01'),
        name: `${first.name}（分店）`,
        kind: 'INDIVIDUAL_BUSINESS',
        establishedOn: new Date(first.establishedOn.getTime() - 86_400_000),
        updatedAt: undefined,
      },
    });
    const rows = await businessesOf(first.legalRepresentativeIdNumber);
    expect(rows).toHaveLength(2);
    const { body } = await sg.query<{ _entities: Array<{ businessesOperated: Entity[] }> }>(PERSONS, {
      r: [{ __typename: 'Person', idNumber: first.legalRepresentativeIdNumber }],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities[0]!.businessesOperated).toEqual(rows.map(expectedEntity));
  });
});

describe('market access: root fields', () => {
  it('marketEntity answers the registered row, and null for a valid code not registered', async () => {
    const row = await sg.prisma.marketEntity.findFirstOrThrow({ where: { permits: { some: {} } }, include: { permits: true } });
    const found = await sg.query<{ marketEntity: Entity }>(`query($c: String!) { marketEntity(creditCode: $c) { ${ENTITY_FIELDS} } }`, {
      c: ` ${row.creditCode.toLowerCase()} `,
    });
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data!.marketEntity).toEqual(expectedEntity(row));
    expect(await sg.prisma.marketEntity.count({ where: { creditCode: UNREGISTERED } })).toBe(0);
    const missing = await sg.query<{ marketEntity: null }>('query($c: String!) { marketEntity(creditCode: $c) { name } }', { c: UNREGISTERED });
    expect(missing.body).toEqual({ data: { marketEntity: null } });
  });

  it('marketEntities answers the registered ones, in the order asked', async () => {
    const rows = await sg.prisma.marketEntity.findMany({ take: 12, orderBy: { creditCode: 'desc' }, include: { permits: true } });
    const asked = [rows[3]!.creditCode, UNREGISTERED, ...rows.map((r) => r.creditCode)];
    const { body } = await sg.query<{ marketEntities: Entity[] }>(
      `query($c: [String!]!) { marketEntities(creditCodes: $c) { ${ENTITY_FIELDS} } }`,
      { c: asked },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.marketEntities).toEqual([rows[3]!, ...rows].map(expectedEntity));
  });
});
