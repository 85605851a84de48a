import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';

/**
 * Waits for a running hub and checks, with tokens from the development issuer, that a
 * sample citizen reads their own data from all four departments; that a clerk without a
 * case is refused it, and with a case opened for the restaurant bundle gets a prefilled
 * form; that the same query without a token is refused, at the gateway and, when a
 * department's base URL is given, at that department called directly; and that the clerk
 * workstation is served. Used by CI against the start command:
 *   smokeQuery <gateway> <timeout s> [<department>]
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

  const own = await ask({ authorization: `Bearer ${await devToken(base, 'citizen-restaurant-owner')}` });
  const body = (await own.json()) as { data?: { person?: Record<string, unknown> | null }; errors?: unknown[] };
  const person = body.data?.person;
  const ok = own.status === 200 && !body.errors && person && person.name && person.household &&
    (person.insuranceEnrolments as unknown[]).length > 0 && (person.businessesOperated as unknown[]).length > 0 && (person.licences as unknown[]).length > 0;
  if (!ok) throw new Error(`unexpected answer to the citizen: ${JSON.stringify(body)}`);
  console.log(`person ${restaurantOwner.idNumber} answered by all four departments to themself: ${String(person.name)}`);

  const clerk = { authorization: `Bearer ${await devToken(base, 'clerk-boshan')}` };
  const refused = (await (await ask(clerk)).json()) as { errors?: Array<{ extensions?: { reason?: string } }> };
  if (refused.errors?.[0]?.extensions?.reason !== 'NO_PURPOSE') throw new Error(`a clerk without a case was not refused: ${JSON.stringify(refused)}`);
  const form = await post<{ prefillForm?: { caseId: string; fields: Array<{ status: string }> } }>(base, clerk,
    'mutation($id: String!) { prefillForm(subject: { idNumber: $id }, bundleCode: "YJS-001") { caseId fields { status } } }', { id: restaurantOwner.idNumber });
  const filled = form.data?.prefillForm?.fields.filter((f) => f.status === 'FILLED').length ?? 0;
  if (!form.data?.prefillForm?.caseId || filled === 0) throw new Error(`the restaurant prefill failed: ${JSON.stringify(form)}`);
  console.log(`clerk-boshan: refused without a case; restaurant bundle prefilled under case ${form.data.prefillForm.caseId} (${filled} fields filled)`);
  console.log(`without a token: 401 at the gateway${department ? ` and at ${department}` : ''}`);

  const page = await fetch(`${base}/`);
  if (!page.ok || !(await page.text()).includes('<div id="root">')) throw new Error(`the clerk workstation is not served at ${base}/ (${page.status})`);
  console.log(`clerk workstation served at ${base}/`);
}

async function post<T>(base: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: unknown[] };
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
