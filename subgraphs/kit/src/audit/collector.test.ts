import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import type { HubContext } from '../hubContext';
import { createLogger } from '../logger';
import type { DataAccessEntry } from './entry';
import { dataAccessAuditPlugin, NOT_RECORDED_CODE } from './plugin';
import { declareDataSubjects, textField } from './subjects';

/**
 * What the audit plugin records for a request, on a small schema shaped like a department's:
 * which persons, which items, under which caller and purpose — and what it does when the
 * record cannot be written.
 */
const schema = buildSchema(/* GraphQL */ `
  type Query { person(idNumber: String!): Person, persons: [Person!]!, household(id: String!): Household, company: Company }
  type Person { idNumber: String!, name: String, phone: String, household: Household, card: Card, accessLog: [DataAccessRecord!] }
  type Household { id: String!, address: String!, headIdNumber: String!, members: [Member!]! }
  type Member { relation: String!, person: Person! }
  type Card { number: String! }
  type Company { name: String!, employees: [Person!]! }
  type DataAccessRecord { items: [String!]! }
`);
declareDataSubjects(schema, [{
  type: 'Household', subjectOf: (h) => textField(h, 'headIdNumber'), identifiers: ['id'], nested: 'part-of-enclosing', itemPrefix: 'household',
}]);

const A = '370304198001010012';
const B = '370304201001010024';
const household = { id: 'H1', address: '城东街道 1 号', headIdNumber: A, members: () => [{ relation: 'HEAD', person: people[A] }, { relation: 'CHILD', person: people[B] }] };
const people: Record<string, object> = {
  [A]: { idNumber: A, name: '张三', phone: () => { throw new Error('phone unavailable'); }, household: () => household, card: null, accessLog: [{ items: ['name'] }] },
  [B]: { idNumber: B, name: '张小', household: () => household, card: { number: 'C1' }, accessLog: [] },
};
const rootValue = {
  person: ({ idNumber }: { idNumber: string }) => people[idNumber] ?? null,
  persons: () => [people[A], people[B]],
  household: () => household,
  company: { name: '博山小吃店', employees: [people[A], people[B]] },
};

const hub: HubContext = {
  caller: { id: 'clerk-7', role: 'CLERK', centre: '城东街道便民服务中心', division: '370304001' },
  purpose: { matter: '370304-GTGSH-001', caseId: 'C2026-0001' },
  traceId: 'trace-0001',
};

async function run(query: string, fail = false) {
  const written: DataAccessEntry[][] = [];
  const sink = { append: async (entries: readonly DataAccessEntry[]) => { if (fail) throw new Error('database unavailable'); written.push([...entries]); } };
  const server = new ApolloServer<HubContext>({ schema, rootValue, plugins: [dataAccessAuditPlugin<HubContext>(sink, 'test-dept', createLogger('test'))] });
  const response = await server.executeOperation({ query }, { contextValue: hub });
  await server.stop();
  const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const items = Object.fromEntries((written[0] ?? []).map((e) => [e.subjectIdNumber, e.items]));
  return { body, written, items };
}

describe('the audit plugin records reads of personal data', () => {
  it('writes one entry per person read, with the items served and who asked why', async () => {
    const { written, items } = await run('{ persons { idNumber name } }');
    expect(written).toHaveLength(1);
    expect(items).toEqual({ [A]: ['name'], [B]: ['name'] });
    expect(written[0]![0]).toEqual({
      subjectIdNumber: A, items: ['name'], callerId: 'clerk-7', callerRole: 'CLERK', callerName: null,
      callerCentre: '城东街道便民服务中心', callerDivision: '370304001', callerDepartment: null,
      purposeMatter: '370304-GTGSH-001', purposeCase: 'C2026-0001', traceId: 'trace-0001',
    });
  });

  it('does not count identifiers alone as a read', async () => {
    const { written, body } = await run(`{ persons { idNumber __typename } person(idNumber: "${A}") { idNumber } }`);
    expect(body?.errors).toBeUndefined();
    expect(written).toHaveLength(0);
  });

  it('names nested items from the person, and a household member is a person of their own', async () => {
    const { items } = await run(`{ person(idNumber: "${A}") { household { id address members { relation person { idNumber name } } } } }`);
    expect(items).toEqual({
      [A]: ['household.address', 'household.id', 'household.members.person.idNumber', 'household.members.relation', 'name'],
      [B]: ['name'],
    });
  });

  it('attributes a household read on its own to its head, under the same item names', async () => {
    const { items } = await run('{ household(id: "H1") { id address } }');
    expect(items).toEqual({ [A]: ['household.address'] });
  });

  it('records an item that resolved to nothing, and not one that failed', async () => {
    const { items, body } = await run(`{ person(idNumber: "${A}") { name phone card { number } } }`);
    expect(body?.errors?.[0]?.message).toBe('phone unavailable');
    expect(items).toEqual({ [A]: ['card', 'name'] });
  });

  it('records the link when persons are reached from something that is not a person', async () => {
    const { items } = await run('{ company { name employees { idNumber } } }');
    expect(items).toEqual({ [A]: ['Company.employees'], [B]: ['Company.employees'] });
  });

  it('does not record reading the access log itself', async () => {
    const { written } = await run(`{ person(idNumber: "${A}") { accessLog { items } } }`);
    expect(written).toHaveLength(0);
  });

  it('withholds the data when the record cannot be written', async () => {
    const { body } = await run(`{ person(idNumber: "${A}") { name } }`, true);
    expect(body?.data).toBeNull();
    expect(body?.errors).toEqual([expect.objectContaining({ extensions: { code: NOT_RECORDED_CODE } })]);
    expect(JSON.stringify(body)).not.toContain('张三');
  });
});
