import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { databaseUrlFor, openDatabase } from '@hub/kit';

/**
 * Prefill latency for the restaurant bundle (开办餐馆) on PostgreSQL with a scale data set.
 * Starts the whole hub (`scripts/dist/startAll.js`) on the databases that
 * `npm run load:scale` filled, prefills as the demo clerk for real restaurant operators
 * taken from market regulation's own register, drives a bounded load from a separate
 * process (autocannon) and prints requests/s, p50 and p99.
 *
 *   HUB_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:prefill -- [--requests 2000] [--connections 10]
 */
const ROOT = join(__dirname, '..', '..');
const RESTAURANT_BUNDLE = 'YJS-001';
const PORT_BASE = 4700;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { requests: { type: 'string', default: '2000' }, connections: { type: 'string', default: '10' } },
  });
  const env = { ...process.env, HUB_DATABASE_URL: process.env.HUB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' };
  const operators = await restaurantOperators(env, 200);
  const persons = await countResidents(env);
  console.log(`data set: ${persons.toLocaleString('en')} residents; ${operators.length} restaurant operators as applicants`);
  const hub = startHub(env);
  try {
    const gateway = `http://127.0.0.1:${PORT_BASE}`;
    await waitFor(`http://127.0.0.1:${PORT_BASE + 5}/ready`);
    await waitFor(`${gateway}/ready`);
    const token = await devToken(gateway, 'clerk-boshan');
    await checkOnePrefill(gateway, token, operators[0]!);
    await run(gateway, token, operators, 50, 5, false);
    const result = await run(gateway, token, operators, Number(values.requests), Number(values.connections), true);
    console.log(`prefill 开办餐馆 (restaurant bundle) through the gateway, ${values.connections} connections, ${result.requests.total} requests:`);
    console.log(`  ${result.requests.average.toFixed(1)} requests/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   non-2xx ${result.non2xx}   errors ${result.errors}`);
  } finally {
    await stopHub(hub);
  }
}

async function restaurantOperators(env: NodeJS.ProcessEnv, limit: number): Promise<string[]> {
  const db = await openDatabase(databaseUrlFor('market-access', env));
  try {
    const rows = await db.query<{ id: string }>(
      `SELECT DISTINCT e."legalRepresentativeIdNumber" AS id FROM "MarketEntity" e JOIN "Permit" p ON p."creditCode" = e."creditCode"
       WHERE e.kind = 'INDIVIDUAL_BUSINESS' AND p.kind = 'FOOD_BUSINESS' ORDER BY 1 LIMIT $1`, [limit]);
    if (rows.length === 0) throw new Error('no restaurant operators: run npm run load:scale first');
    return rows.map((r) => r.id);
  } finally {
    await db.close();
  }
}

async function countResidents(env: NodeJS.ProcessEnv): Promise<number> {
  const db = await openDatabase(databaseUrlFor('civil-affairs', env));
  try {
    const [row] = await db.query<{ n: string }>('SELECT count(*) AS n FROM "Resident"');
    return Number(row?.n ?? 0);
  } finally {
    await db.close();
  }
}

function startHub(env: NodeJS.ProcessEnv): ChildProcess {
  const ports = {
    GATEWAY_PORT: PORT_BASE, CIVIL_AFFAIRS_PORT: PORT_BASE + 1, SOCIAL_SECURITY_PORT: PORT_BASE + 2,
    MARKET_ACCESS_PORT: PORT_BASE + 3, E_LICENSE_PORT: PORT_BASE + 4, INTAKE_PORT: PORT_BASE + 5,
  };
  const portEnv = Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)]));
  return spawn(process.execPath, [join(ROOT, 'scripts', 'dist', 'startAll.js')], {
    env: { ...env, ...portEnv, SEED_DEMO: 'false', LOG_LEVEL: 'error', HUB_RATE_LIMIT_PER_CALLER: '1000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stopHub(hub: ChildProcess): Promise<void> {
  if (hub.exitCode !== null) return;
  hub.kill('SIGINT');
  await new Promise((resolve) => hub.once('exit', resolve));
}

async function waitFor(url: string, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(url).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`${url} not ready in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function devToken(gateway: string, account: string): Promise<string> {
  const response = await fetch(`${gateway}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account }) });
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`no dev token: ${JSON.stringify(body)}`);
  return body.token;
}

/** One prefill before the load: it must answer with filled fields, or the figures mean nothing. */
async function checkOnePrefill(gateway: string, token: string, idNumber: string): Promise<void> {
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PREFILL, variables: { subject: { idNumber }, bundleCode: RESTAURANT_BUNDLE } }),
  });
  const body = (await response.json()) as { data?: { prefillForm?: { fields: Array<{ status: string }> } }; errors?: unknown[] };
  const fields = body.data?.prefillForm?.fields ?? [];
  const byStatus: Record<string, number> = {};
  for (const f of fields) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
  if (body.errors || !byStatus.FILLED) throw new Error(`the first prefill did not fill anything: ${JSON.stringify(body).slice(0, 500)}`);
  console.log(`one prefill for ${idNumber}: ${JSON.stringify(byStatus)}`);
}

const PREFILL = `mutation($subject: SubjectInput!, $bundleCode: String) { prefillForm(subject: $subject, bundleCode: $bundleCode) {
  id fields { key value status source { department asOf } } materials { code status licence { id } } figures { fieldsToType materialsToBring } } }`;

function run(gateway: string, token: string, operators: string[], amount: number, connections: number, print: boolean): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: `${gateway}/graphql`,
    method: 'POST',
    connections,
    amount,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [{
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({ query: PREFILL, variables: { subject: { idNumber: operators[next++ % operators.length] }, bundleCode: RESTAURANT_BUNDLE } }),
      }),
    }],
  }).then((result) => {
    if (print && result.non2xx > 0) console.warn(`warning: ${result.non2xx} responses were not 2xx`);
    return result;
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
