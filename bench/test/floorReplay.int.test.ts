import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import { HubContextSigner, HUB_CONTEXT_HEADER, postGraphQL, testContextKeys, type HubContext } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { startTestHub, type TestHub } from '../../gateway/test/testHub';
import { replay, type SubgraphCall } from '../src/peers/planReplay';

/**
 * The benchmark's floor replays a query plan's subgraph calls by hand; its figures mean
 * something only if it fetches the same data the gateway answers. Checked here on the
 * seeded departments, as the citizen reading their own data across all four departments.
 */
const PERSON = `query Own($id: String!) { person(idNumber: $id) {
  idNumber name gender household { id address } insuranceEnrolments { scheme status }
  businessesOperated { creditCode name status } licences { id status type { code } } } }`;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
}, 120_000);
afterAll(() => hub.stop());

it('the floor fetches what the gateway answers, with the same subgraph calls the plan names', async () => {
  const owner = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED }).restaurantOwner;
  const { body } = await postGraphQL<{ person: Record<string, unknown> }>(hub.gateway.url, PERSON, { id: owner.idNumber }, await hub.authHeaders('citizen-restaurant-owner'));
  expect(body.errors).toBeUndefined();
  expect((body.data?.person.licences as unknown[]).length).toBeGreaterThan(0);

  const supergraph = Supergraph.build(readFileSync(join(__dirname, '..', '..', 'gateway', 'supergraph.graphql'), 'utf8'));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.schema, parse(PERSON)));
  const urls = new Map([...hub.departments].map(([name, sg]) => [name, sg.url]));
  const signer = new HubContextSigner(testContextKeys().signingKey);
  const context: HubContext = { caller: { id: 'citizen-restaurant-owner', role: 'CITIZEN', idNumber: owner.idNumber }, purpose: null, traceId: 'floor-check' };
  const called: string[] = [];
  const call: SubgraphCall = async (subgraph, query, variables) => {
    called.push(subgraph);
    const response = await fetch(urls.get(subgraph)!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HUB_CONTEXT_HEADER]: await signer.sign(context, subgraph) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  };
  const floor = await replay(plan, { id: owner.idNumber }, call);
  expect(floor.errors).toEqual([]);
  expect(called.sort()).toEqual(['civil-affairs', 'e-license', 'market-access', 'social-security']);
  // The floor keeps the entity keys the plan fetched; compare the fields the operation asked for.
  const person = floor.data.person as Record<string, unknown>;
  expect(Object.fromEntries(Object.keys(body.data!.person).map((k) => [k, person[k]]))).toEqual(body.data!.person);
}, 60_000);
