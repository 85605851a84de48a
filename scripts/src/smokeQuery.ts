import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';

/**
 * Waits for a running hub and checks that one query for a sample person, made by a demo
 * clerk with a token from the development issuer, returns fields from all four
 * departments — and that the same query without a token is refused, at the gateway and,
 * when a department's base URL is given, at that department called directly. Used by CI
 * against the start command:  smokeQuery <gateway> <timeout s> [<department>]
 */
const QUERY = `query($id: String!) { person(idNumber: $id) {
  name household { address } insuranceEnrolments { scheme } businessesOperated { name } licences { id } } }`;

async function main(): Promise<void> {
  const [base = 'http://127.0.0.1:4000', timeoutText = '300', department] = process.argv.slice(2);
  const deadline = Date.now() + Number(timeoutText) * 1000;
  while (!(await fetch(`${base}/ready`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`hub at ${base} not ready in ${timeoutText} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const { restaurantOwner } = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  const ask = (headers: Record<string, string>, at = base) =>
    fetch(`${at}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: QUERY, variables: { id: restaurantOwner.idNumber } }),
    });

  const anonymous = await ask({});
  if (anonymous.status !== 401) throw new Error(`a query without a token got ${anonymous.status}, not 401: ${await anonymous.text()}`);
  const direct = department ? await ask({}, department) : undefined;
  if (direct && direct.status !== 401) throw new Error(`a direct call to ${department} got ${direct.status}, not 401: ${await direct.text()}`);

  const response = await ask({ authorization: `Bearer ${await devToken(base, 'clerk-boshan')}` });
  const body = (await response.json()) as { data?: { person?: Record<string, unknown> | null }; errors?: unknown[] };
  const person = body.data?.person;
  const ok = response.status === 200 && !body.errors && person && person.name && person.household &&
    (person.insuranceEnrolments as unknown[]).length > 0 && (person.businessesOperated as unknown[]).length > 0 && (person.licences as unknown[]).length > 0;
  if (!ok) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  console.log(`person ${restaurantOwner.idNumber} answered by all four departments to clerk-boshan: ${String(person.name)}`);
  console.log(`without a token: 401 at the gateway${department ? ` and at ${department}` : ''}`);
}

async function devToken(base: string, account: string): Promise<string> {
  const response = await fetch(`${base}/auth/dev-token`, { method: 'POST', body: JSON.stringify({ account }) });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`no development token for ${account}: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
