import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';

/**
 * Waits for a running hub and checks that one query for a sample person returns fields
 * from all four departments. Used by CI against the start command.
 */
async function main(): Promise<void> {
  const [base = 'http://127.0.0.1:4000', timeoutText = '300'] = process.argv.slice(2);
  const deadline = Date.now() + Number(timeoutText) * 1000;
  while (!(await fetch(`${base}/ready`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`hub at ${base} not ready in ${timeoutText} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const { restaurantOwner } = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($id: String!) { person(idNumber: $id) {
        name household { address } insuranceEnrolments { scheme } businessesOperated { name } licences { id } } }`,
      variables: { id: restaurantOwner.idNumber },
    }),
  });
  const body = (await response.json()) as { data?: { person?: Record<string, unknown> | null }; errors?: unknown[] };
  const person = body.data?.person;
  const ok = response.status === 200 && !body.errors && person && person.name && person.household &&
    (person.insuranceEnrolments as unknown[]).length > 0 && (person.businessesOperated as unknown[]).length > 0 && (person.licences as unknown[]).length > 0;
  if (!ok) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  console.log(`person ${restaurantOwner.idNumber} answered by all four departments: ${String(person.name)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
