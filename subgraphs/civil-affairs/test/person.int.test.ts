import { startTestSubgraph, type TestSubgraph } from '@hub/kit';
import type { PrismaClient } from '../src/__generated__/prisma/client';
import { civilAffairs } from '../src/server';

let sg: TestSubgraph<PrismaClient>;
beforeAll(async () => {
  sg = await startTestSubgraph(civilAffairs);
}, 120_000);
afterAll(() => sg?.stop());

const PERSON_FIELDS = `idNumber name gender ethnicity birthDate maritalStatus phone registryAsOf
  household { id address division { code name } members { relation person { idNumber name } } benefits { kind } }
  marriageRegistrations { kind registeredOn spouse { idNumber name } }
  benefits { kind monthlyAmountFen status asOf }`;

describe('civil affairs: persons', () => {
  it('resolves Person entities by idNumber exactly as the registry holds them', async () => {
    const rows = await sg.prisma.resident.findMany({ take: 5, orderBy: { idNumber: 'asc' }, include: { household: true } });
    const { body } = await sg.query<{ _entities: Array<Record<string, unknown>> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${PERSON_FIELDS} } } }`,
      { r: rows.map((r) => ({ __typename: 'Person', idNumber: r.idNumber })) },
    );
    expect(body.errors).toBeUndefined();
    body.data!._entities.forEach((person, i) => {
      const row = rows[i]!;
      expect(person).toMatchObject({
        idNumber: row.idNumber,
        name: row.name,
        gender: row.gender,
        birthDate: row.birthDate.toISOString().slice(0, 10),
        maritalStatus: row.maritalStatus,
        registryAsOf: row.asOf.toISOString(),
        household: { id: row.householdId, address: row.household.address },
      });
    });
  });

  it('lists household members and household benefits from the register', async () => {
    const household = await sg.prisma.household.findFirstOrThrow({ where: { benefits: { some: {} } }, include: { members: true, benefits: true } });
    const { body } = await sg.query<{ household: { members: Array<{ person: { idNumber: string } }>; benefits: unknown[] } }>(
      `query($id: String!) { household(id: $id) { members { relation person { idNumber } } benefits { kind } } }`,
      { id: household.id },
    );
    expect(body.data!.household.members.map((m) => m.person.idNumber).sort()).toEqual(household.members.map((m) => m.idNumber).sort());
    expect(body.data!.household.benefits).toHaveLength(household.benefits.length);
  });

  it('shows a marriage registration from both spouses’ sides', async () => {
    const marriage = await sg.prisma.marriageRegistration.findFirstOrThrow({ where: { kind: 'MARRIAGE' } });
    const { body } = await sg.query<{ persons: Array<{ idNumber: string; marriageRegistrations: Array<{ spouse: { idNumber: string } }> }> }>(
      `query($ids: [String!]!) { persons(idNumbers: $ids) { idNumber marriageRegistrations { spouse { idNumber } } } }`,
      { ids: [marriage.partyAIdNumber, marriage.partyBIdNumber] },
    );
    const [a, b] = body.data!.persons;
    expect(a!.marriageRegistrations.map((m) => m.spouse.idNumber)).toContain(marriage.partyBIdNumber);
    expect(b!.marriageRegistrations.map((m) => m.spouse.idNumber)).toContain(marriage.partyAIdNumber);
  });

  it('costs the same SQL statements for 1 and 100 persons', async () => {
    const ids = (await sg.prisma.resident.findMany({ take: 100, select: { idNumber: true } })).map((r) => r.idNumber);
    const query = `query($ids: [String!]!) { persons(idNumbers: $ids) { ${PERSON_FIELDS} } }`;
    const count = async (subset: string[]) => {
      sg.statements.reset();
      const { body } = await sg.query<{ persons: unknown[] }>(query, { ids: subset });
      expect(body.data!.persons).toHaveLength(subset.length);
      return sg.statements.count;
    };
    // The single person is the one with most data, so every loader fires for both.
    const richest = await sg.db.query<{ id: string }>(
      `SELECT r."idNumber" AS id FROM "Resident" r JOIN "Benefit" b ON b."householdId" = r."householdId"
       JOIN "MarriageRegistration" m ON m."partyAIdNumber" = r."idNumber" LIMIT 1`);
    const one = await count([richest[0]!.id]);
    expect(await count([richest[0]!.id, ...ids.slice(0, 99)])).toBe(one);
  });

  it('answers an unknown but valid ID with null and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await sg.query<{ person: null }>('{ person(idNumber: "11010519491231002X") { name } }');
    expect(unknown.body.errors).toBeUndefined();
    expect(unknown.body.data!.person).toBeNull();
    const bad = await sg.query('{ persons(idNumbers: ["11010519491231002X", "110105194912310021"]) { name } }');
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idNumbers[1]' });
  });
});
