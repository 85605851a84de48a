import { makeCitizenId, maskAddress, postGraphQL, PURPOSE_HEADER, type GraphQLResult } from '@hub/kit';
import { findDemoAccount } from '../src/auth/demoAccounts';
import { expectRefused, statementsDuring } from './refusals';
import { department, startTestHub, type TestHub } from './testHub';

/**
 * Purpose-bound access (按需共享) through the gateway: a department answers a person's data
 * only for a purpose it accepts — an open case at the caller's centre, or the person's own
 * authorisation — and only the items the purpose declares. Each refusal is a FORBIDDEN error
 * that names what is missing, and no data (and no SQL in the department that refused).
 */
let hub: TestHub;
const owner = findDemoAccount('citizen-restaurant-owner')!.claims.idNumber!;
/** A well-formed ID number of nobody in the population. */
const nobody = makeCitizenId('370304', new Date('1931-02-03'), 997);
const BOSHAN = '博山区城东街道便民服务中心';

beforeAll(async () => {
  hub = await startTestHub();
}, 180_000);
afterAll(() => hub?.stop());

const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
  postGraphQL<T>(hub.gateway.url, query, variables, headers);
const NAME = 'query($id: String!) { person(idNumber: $id) { name } }';

/** Refused with nothing read: no SQL statement in any department. */
async function refusedQuietly(query: string, variables: Record<string, unknown>, headers: Record<string, string>, reason: string): Promise<GraphQLResult<unknown>> {
  let result!: GraphQLResult<unknown>;
  const statements = await statementsDuring(hub.departments.values(), async () => {
    result = await ask(query, variables, headers);
  });
  // The field is null (the rest of the response stands); nothing of the person comes back.
  expect(result.status).toBe(200);
  expect(Object.values(result.body.data ?? {}).every((value) => value === null)).toBe(true);
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason });
  expect(statements).toBe(0);
  return result;
}

describe('a clerk reads for an open case at their own centre', () => {
  it('with a case: the declared items, recorded under the case', async () => {
    const { caseId, headers } = await hub.caseHeaders({ idNumber: owner }, { bundleCode: 'YJS-001' });
    const { body } = await ask<{ person: { name: string } }>(NAME, { id: owner }, headers);
    expect(body.errors).toBeUndefined();
    const [row] = await department(hub, 'civil-affairs').db.query<{ name: string }>('SELECT "name" FROM "Resident" WHERE "idNumber" = $1', [owner]);
    expect(body.data?.person.name).toBe(row!.name);
    const records = await department(hub, 'civil-affairs').db.query<{ purposeCase: string; items: string[] }>(
      'SELECT "purposeCase", items FROM "DataAccessRecord" WHERE "subjectIdNumber" = $1 AND "purposeCase" = $2', [owner, caseId]);
    expect(records).toEqual([{ purposeCase: caseId, items: ['name'] }]);
  });

  it('without a case: refused, naming the missing purpose', async () => {
    const result = await refusedQuietly(NAME, { id: owner }, await hub.authHeaders('clerk-boshan'), 'NO_PURPOSE');
    expect(result.body.errors?.[0]?.message).toMatch(/no purpose: a clerk reads personal data only for an open case or the subject's authorisation/);
  });

  it('a clerk of another centre with no case: refused; with the other centre’s case grant: refused too', async () => {
    await refusedQuietly(NAME, { id: owner }, await hub.authHeaders('clerk-zhoucun'), 'NO_PURPOSE');
    const { caseId, headers } = await hub.caseHeaders({ idNumber: owner }, { bundleCode: 'YJS-001' });
    const borrowed = { ...(await hub.authHeaders('clerk-zhoucun')), [PURPOSE_HEADER]: headers[PURPOSE_HEADER]! };
    const result = await refusedQuietly(NAME, { id: owner }, borrowed, 'OTHER_CENTRE');
    expect(result.body.errors?.[0]?.message).toContain(`is for ${BOSHAN}, not the caller's centre 周村区丝绸路街道便民服务中心`);
    // Nor can the other centre get a grant for the case, or even see it.
    const grant = await ask(`{ case(id: "${caseId}") { purposeGrant { token } } }`, {}, await hub.authHeaders('clerk-zhoucun'));
    expectRefused(grant, 200, 'FORBIDDEN', 'CASE_NOT_VISIBLE');
  });

  it('an item outside what the matter declares: that field refused, the declared ones served', async () => {
    const { headers } = await hub.caseHeaders({ idNumber: owner }, { bundleCode: 'YJS-001' });
    const { body } = await ask<{ person: { name: string; maritalStatus: string | null } | null }>(
      'query($id: String!) { person(idNumber: $id) { name maritalStatus } }', { id: owner }, headers);
    expect(body.data?.person?.name).toBeTruthy();
    expect(body.data?.person?.maritalStatus ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ path: ['person', 'maritalStatus'], extensions: { code: 'FORBIDDEN', reason: 'ITEM_NOT_DECLARED', item: 'person.maritalStatus' } });
    expect(body.errors?.[0]?.message).toMatch(/person.maritalStatus of 370304\*+\d{3}[\dX] is not among the items case .* \(开办餐馆\) declares/);
  });

  it('a person the case does not cover is refused alike whether or not any department knows them', async () => {
    const { headers } = await hub.caseHeaders({ idNumber: owner }, { bundleCode: 'YJS-001' });
    const [other] = await department(hub, 'civil-affairs').db.query<{ id: string }>('SELECT "idNumber" AS id FROM "Resident" WHERE "idNumber" <> $1 LIMIT 1', [owner]);
    const known = await refusedQuietly(NAME, { id: other!.id }, headers, 'SUBJECT_NOT_COVERED');
    const unknown = await refusedQuietly(NAME, { id: nobody }, headers, 'SUBJECT_NOT_COVERED');
    const shape = (r: GraphQLResult<unknown>) => r.body.errors?.[0]?.message.replace(/\d{6}\*+\d{3}[\dX]/, 'ID');
    expect(shape(known)).toBe(shape(unknown));
  });
});

describe('roles', () => {
  it('a citizen reads their own data, and no one else’s', async () => {
    const own = await ask<{ person: { name: string } }>(NAME, { id: owner }, await hub.authHeaders('citizen-restaurant-owner'));
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data?.person.name).toBeTruthy();
    await refusedQuietly(NAME, { id: owner }, await hub.authHeaders('citizen-elderly'), 'NOT_OWN_DATA');
  });

  it('an approver gets a grant only for a case that gives their department a task', async () => {
    const { caseId } = await hub.caseHeaders({ idNumber: owner }, { bundleCode: 'YJS-001' });
    const query = `{ case(id: "${caseId}") { title purposeGrant { basis subjects } } }`;
    const market = await ask<{ case: { purposeGrant: { basis: string; subjects: string[] } } }>(query, {}, await hub.authHeaders('approver-market-access'));
    expect(market.body.errors).toBeUndefined();
    expect(market.body.data?.case.purposeGrant).toEqual({ basis: 'CASE', subjects: [owner] });
    expectRefused(await ask(query, {}, await hub.authHeaders('approver-civil-affairs')), 200, 'FORBIDDEN', 'CASE_NOT_VISIBLE');
  });

  it('only a clerk opens a case', async () => {
    const open = 'mutation($id: String!) { openCase(subject: { idNumber: $id }, bundleCode: "YJS-001") { id } }';
    for (const account of ['approver-market-access', 'citizen-restaurant-owner', 'system-social-security']) {
      expectRefused(await ask(open, { id: owner }, await hub.authHeaders(account)), 200, 'FORBIDDEN', 'ROLE');
    }
  });

  it('a department system reads what its account is granted: in full where named, masked (脱敏) below a granted record, nothing else', async () => {
    const system = await hub.authHeaders('system-social-security');
    const { body } = await ask<{ person: { name: string; household: { address: string } } }>(
      'query($id: String!) { person(idNumber: $id) { name household { address } } }', { id: owner }, system);
    expect(body.errors).toBeUndefined();
    const [row] = await department(hub, 'civil-affairs').db.query<{ name: string; address: string }>(
      'SELECT r."name", h."address" FROM "Resident" r JOIN "Household" h ON h."id" = r."householdId" WHERE r."idNumber" = $1', [owner]);
    expect(body.data?.person.name).toBe(row!.name);
    expect(body.data?.person.household.address).toBe(maskAddress(row!.address));
    expect(body.data?.person.household.address).not.toBe(row!.address);
    const phone = await ask<{ person: { phone: string | null } }>('query($id: String!) { person(idNumber: $id) { phone } }', { id: owner }, system);
    expect(phone.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ITEM_NOT_DECLARED' });
    expect(phone.body.data?.person?.phone ?? null).toBeNull();
  });
});

describe('the subject’s own authorisation (用数授权)', () => {
  const AUTHORISE = 'mutation($c: String!, $until: DateTimeISO!) { authoriseDataUse(centre: $c, bundleCode: "YJS-001", expiresAt: $until) { id expiresAt } }';

  it('lets the named centre read the declared items until it expires, then refuses, saying so', async () => {
    const citizen = await hub.authHeaders('citizen-restaurant-owner');
    const until = new Date(Date.now() + 2500).toISOString();
    const authorised = await ask<{ authoriseDataUse: { id: string } }>(AUTHORISE, { c: BOSHAN, until }, citizen);
    expect(authorised.body.errors).toBeUndefined();
    const id = authorised.body.data!.authoriseDataUse.id;
    const clerk = await hub.authHeaders('clerk-boshan');
    const grant = await ask<{ purposeGrant: { token: string; basis: string } }>(`{ purposeGrant(authorisationId: "${id}") { token basis } }`, {}, clerk);
    expect(grant.body.data?.purposeGrant.basis).toBe('AUTHORISATION');
    const withGrant = { ...clerk, [PURPOSE_HEADER]: grant.body.data!.purposeGrant.token };
    const before = await ask<{ person: { name: string } }>(NAME, { id: owner }, withGrant);
    expect(before.body.errors).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, Date.parse(until) - Date.now() + 200));
    const after = await refusedQuietly(NAME, { id: owner }, withGrant, 'AUTHORISATION_EXPIRED');
    expect(after.body.errors?.[0]?.message).toContain(`the subject's authorisation (用数授权) ${id} expired at`);
    const again = await ask(`{ purposeGrant(authorisationId: "${id}") { token } }`, {}, clerk);
    expectRefused(again, 200, 'FORBIDDEN', 'AUTHORISATION_EXPIRED');
    expect(again.body.errors?.[0]?.message).toContain(`authorisation (用数授权) ${id} expired at`);
  });

  it('is refused by departments once its end has passed, even under a grant that has not', async () => {
    // A grant whose authorisation ended a moment ago (as a department sees one whose clock ran on).
    const headers = await hub.grantHeaders({ basis: 'AUTHORISATION', id: 'auth-1', subjects: [owner], paths: ['person.name'], authorisationExpiresAt: new Date(Date.now() - 1000).toISOString() });
    const result = await refusedQuietly(NAME, { id: owner }, headers, 'AUTHORISATION_EXPIRED');
    expect(result.body.errors?.[0]?.message).toMatch(/authorisation \(用数授权\) auth-1 expired at/);
  });

  it('is the subject’s alone to give, and withdrawn stops new grants', async () => {
    const until = new Date(Date.now() + 3_600_000).toISOString();
    expectRefused(await ask(AUTHORISE, { c: BOSHAN, until }, await hub.authHeaders('clerk-boshan')), 200, 'FORBIDDEN', 'ROLE');
    const citizen = await hub.authHeaders('citizen-restaurant-owner');
    const id = (await ask<{ authoriseDataUse: { id: string } }>(AUTHORISE, { c: BOSHAN, until }, citizen)).body.data!.authoriseDataUse.id;
    expectRefused(await ask(`{ purposeGrant(authorisationId: "${id}") { token } }`, {}, await hub.authHeaders('clerk-zhoucun')), 200, 'FORBIDDEN', 'AUTHORISATION_NOT_VISIBLE');
    await ask(`mutation { withdrawDataAuthorisation(id: "${id}") { revokedAt } }`, {}, citizen);
    expectRefused(await ask(`{ purposeGrant(authorisationId: "${id}") { token } }`, {}, await hub.authHeaders('clerk-boshan')), 200, 'FORBIDDEN', 'AUTHORISATION_WITHDRAWN');
    const past = await ask(AUTHORISE, { c: BOSHAN, until: new Date(Date.now() - 1000).toISOString() }, citizen);
    expect(past.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });
});
