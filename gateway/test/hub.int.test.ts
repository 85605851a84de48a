import { postGraphQL } from '@hub/kit';
import { department, startTestHub, type TestHub } from './testHub';

/**
 * The hub end to end: one query through the gateway returns what all four departments
 * hold about a person, checked against each department's own database.
 */
const PERSON_ACROSS_DEPARTMENTS = /* GraphQL */ `
  query PersonAcrossDepartments($ids: [String!]!) {
    persons(idNumbers: $ids) {
      idNumber
      name
      birthDate
      maritalStatus
      household { id address members { relation person { idNumber name } } }
      marriageRegistrations { kind spouse { idNumber name } }
      insuranceEnrolments { scheme status asOf }
      employments { employerName employer { creditCode name } }
      socialSecurityCard { cardNumber }
      businessesOperated { creditCode name kind permits { number status } }
      licences { id status type { name } }
    }
  }
`;

let hub: TestHub;
let owner: string;
/** A clerk of 博山区城东街道便民服务中心, authenticated by the gateway's development issuer. */
let clerk: Record<string, string>;
/** Everything the four departments hold on some people, in full, with every licence type: the data is what is tested here. */
const everything = async (hub: TestHub, subjects: string[]) => {
  const types = await department(hub, 'e-license').db.query<{ code: string }>('SELECT "code" FROM "LicenceType"');
  return hub.grantHeaders({ subjects, paths: ['person', 'person.phone', 'person.household.address', 'person.socialSecurityCard.cardNumber'], licenceTypes: types.map((t) => t.code) });
};

beforeAll(async () => {
  hub = await startTestHub();
  clerk = await hub.authHeaders('clerk-boshan');
  // A person who operates a business with a permit, chosen from market regulation's own records.
  const [row] = await department(hub, 'market-access').db.query<{ id: string }>(
    `SELECT e."legalRepresentativeIdNumber" AS id FROM "MarketEntity" e JOIN "Permit" p ON p."creditCode" = e."creditCode" ORDER BY e."creditCode" LIMIT 1`,
  );
  owner = row!.id;
}, 180_000);

afterAll(() => hub?.stop());

type PersonResult = {
  idNumber: string;
  name: string;
  insuranceEnrolments: Array<{ scheme: string }>;
  businessesOperated: Array<{ creditCode: string; permits: Array<{ number: string }> }>;
  licences: Array<{ id: string }>;
  household: { id: string; members: unknown[] };
};

describe('one query, four departments', () => {
  it('returns each department’s facts about a person exactly as its database holds them', async () => {
    const { status, body } = await postGraphQL<{ persons: PersonResult[] }>(hub.gateway.url, PERSON_ACROSS_DEPARTMENTS, { ids: [owner] }, await everything(hub, [owner]));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const person = body.data!.persons[0]!;

    const [resident] = await department(hub, 'civil-affairs').db.query<{ name: string; householdId: string }>(
      'SELECT name, "householdId" FROM "Resident" WHERE "idNumber" = $1', [owner]);
    expect(person.name).toBe(resident!.name);
    expect(person.household.id).toBe(resident!.householdId);

    const enrolments = await department(hub, 'social-security').db.query<{ scheme: string }>(
      'SELECT scheme FROM "InsuranceEnrolment" WHERE "idNumber" = $1', [owner]);
    expect(person.insuranceEnrolments.map((e) => e.scheme).sort()).toEqual(enrolments.map((e) => e.scheme).sort());

    const businesses = await department(hub, 'market-access').db.query<{ creditCode: string }>(
      'SELECT "creditCode" FROM "MarketEntity" WHERE "legalRepresentativeIdNumber" = $1', [owner]);
    expect(person.businessesOperated.map((b) => b.creditCode).sort()).toEqual(businesses.map((b) => b.creditCode).sort());
    expect(person.businessesOperated.some((b) => b.permits.length > 0)).toBe(true);

    const licences = await department(hub, 'e-license').db.query<{ id: string }>(
      'SELECT id FROM "Licence" WHERE "holderCode" = $1', [owner]);
    expect(person.licences.map((l) => l.id).sort()).toEqual(licences.map((l) => l.id).sort());
    expect(licences.length).toBeGreaterThan(0);
  });

  it('costs the same number of SQL statements per department for 1 person and for 100', async () => {
    const residents = await department(hub, 'civil-affairs').db.query<{ id: string }>(
      'SELECT "idNumber" AS id FROM "Resident" WHERE "idNumber" <> $1 ORDER BY "idNumber" LIMIT 99', [owner]);
    const hundred = [owner, ...residents.map((r) => r.id)];
    expect(hundred).toHaveLength(100);

    const countStatements = async (ids: string[]) => {
      for (const sg of hub.departments.values()) sg.statements.reset();
      const { body } = await postGraphQL<{ persons: unknown[] }>(hub.gateway.url, PERSON_ACROSS_DEPARTMENTS, { ids }, await everything(hub, ids));
      expect(body.errors).toBeUndefined();
      expect(body.data!.persons).toHaveLength(ids.length);
      return Object.fromEntries([...hub.departments].map(([name, sg]) => [name, sg.statements.count]));
    };
    const one = await countStatements([owner]);
    const many = await countStatements(hundred);
    expect(many).toEqual(one);
    for (const count of Object.values(one)) expect(count).toBeGreaterThan(0);
  });
});

describe('GraphQL over HTTP at the gateway', () => {
  it('rejects a malformed citizen ID with BAD_USER_INPUT naming the field', async () => {
    const { status, body } = await postGraphQL(hub.gateway.url, '{ person(idNumber: "370304198001011234") { name } }', {}, clerk);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/idNumber.*check digit/);
  });

  it('rejects a malformed credit code with BAD_USER_INPUT naming the field', async () => {
    const { body } = await postGraphQL(hub.gateway.url, '{ marketEntity(creditCode: "91370304MA3C123456") { name } }', {}, clerk);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toMatch(/creditCode/);
  });

  it('answers GET queries and refuses mutations over GET', async () => {
    const query = encodeURIComponent(`{ person(idNumber: "${owner}") { name } }`);
    const get = await fetch(`${hub.gateway.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true', ...(await everything(hub, [owner])) } });
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(((await get.json()) as { data: { person: { name: string } } }).data.person.name).toBeTruthy();
  });

  it('answers unknown fields with 400 and a validation error, and bad JSON with 400', async () => {
    const invalid = await postGraphQL(hub.gateway.url, '{ person(idNumber: "x") { shoeSize } }', {}, clerk);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badJson = await fetch(hub.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...clerk }, body: '{"query": ' });
    expect(badJson.status).toBe(400);
  });

  it('reports health and readiness', async () => {
    const base = hub.gateway.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});
