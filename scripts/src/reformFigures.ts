import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';

/**
 * Prints the reform figures of the life-event bundles for the demo population, from a
 * running hub (`npm start`): as the demo clerk, prefills each bundle for its showcase
 * applicant and reports how many fields the clerk still types and how many materials the
 * citizen still brings, beside what the matters ask one by one.
 *
 *   node scripts/dist/reformFigures.js [gateway base URL, default http://127.0.0.1:4000]
 */
const PREFILL = `mutation($subject: SubjectInput!, $bundleCode: String) {
  prefillForm(subject: $subject, bundleCode: $bundleCode) {
    title
    fields { label status }
    materials { name status tolerated required }
    figures { fieldsInForm fieldsPrefilled fieldsToType materialsRequired materialsSatisfied materialsToBring fieldsSeparately materialsSeparately }
    gatewayErrors
  } }`;

interface Form {
  title: string;
  fields: Array<{ label: string; status: string }>;
  materials: Array<{ name: string; status: string; tolerated: boolean; required: boolean }>;
  figures: Record<string, number>;
  gatewayErrors: string[];
}

async function post<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = (await response.json()) as T & { errors?: Array<{ message: string }> };
  if (!response.ok || json.errors?.length) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors ?? json)}`);
  return json;
}

function report(who: string, form: Form): void {
  const f = form.figures;
  console.log(`\n${form.title} — for ${who}`);
  console.log(`  fields:    ${f.fieldsInForm} in the one form (${f.fieldsSeparately} when each matter is applied for separately); ${f.fieldsPrefilled} prefilled, the clerk types ${f.fieldsToType}`);
  console.log(`  materials: ${f.materialsRequired} required (${f.materialsSeparately} separately); ${f.materialsSatisfied} met without paper, the citizen brings ${f.materialsToBring}`);
  console.log(`  typed:     ${form.fields.filter((x) => x.status !== 'FILLED').map((x) => x.label).join('，')}`);
  const brought = form.materials.filter((m) => m.required && (m.status === 'TO_SUBMIT' || m.status === 'PROVIDER_UNAVAILABLE'));
  console.log(`  brought:   ${brought.map((m) => `${m.name}${m.tolerated ? '（可容缺）' : ''}`).join('，')}`);
  if (form.gatewayErrors.length) console.log(`  warnings:  ${form.gatewayErrors.join('; ')}`);
}

async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://127.0.0.1:4000';
  const { token } = await post<{ token: string }>(`${base}/auth/dev-token`, { account: 'clerk-boshan' });
  const people = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  const cases = [
    { bundleCode: 'YJS-001', idNumber: people.restaurantOwner.idNumber, who: `the demo restaurant owner ${people.restaurantOwner.name}` },
    { bundleCode: 'YJS-002', idNumber: people.elderly80Plus.idNumber, who: `the demo elderly resident ${people.elderly80Plus.name}` },
    { bundleCode: 'YJS-003', idNumber: people.subsistenceHousehold.headIdNumber, who: 'the head of the demo subsistence-allowance household' },
  ];
  console.log(`Reform figures of the life-event bundles (demo population: ${DEMO_PERSONS} persons, seed ${DEMO_SEED}), from ${base}`);
  for (const c of cases) {
    const { data } = await post<{ data: { prefillForm: Form } }>(`${base}/graphql`, { query: PREFILL, variables: { subject: { idNumber: c.idNumber }, bundleCode: c.bundleCode } },
      { authorization: `Bearer ${token}` });
    report(c.who, data.prefillForm);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
