import { cpus } from 'node:os';
import { dropPostgresDatabase } from '@hub/kit';
import { databaseUrlsFor, startHubStack, type HubStack } from '../stack/hubStack';
import { FAILING_DEPARTMENT } from './answers';
import { answeringChecks, baselineChecks, faultChecks, type Check, type Expectations } from './checks';
import { startFaultProxy, type FaultProxy } from './faultProxy';
import { figuresOf } from './figures';
import { runPhase, type PhaseLoad, type PhasePlan, type PhaseRecord } from './phase';
import { printChecks, printPhase } from './report';
import { askOnce, citizenAsker } from './citizen';

/**
 * Behaviour under failure (issue #8): the whole hub, one process per service, on fresh
 * PostgreSQL databases (`failure_*`) with the demo population; a citizen asks two questions
 * under a bounded load from this process (autocannon) — one civil affairs answers alone, one
 * social security answers too — while social security is killed outright and restarted,
 * made slow (2 s) and made to fail (HTTP 500) behind a fault proxy, and made to answer with
 * GraphQL errors. Prints a table per phase and a PASS/FAIL line per check; exits 1 on a FAIL.
 *
 *   npm run bench:failure
 *
 * Ports 4800–4810 on loopback (gateway 4800, departments 4801–4805, the fault proxy 4810).
 */
const PORT_BASE = 4800;
const PROXY_PORT = 4810;
const SERVER = process.env.FAILURE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** The gateway's defaults (departmentSource.ts, resilience/breakerSettings.ts), stated so the checks know them. */
const TIMEOUT_MS = 1500;
const RESET_MS = 5000;
const GATEWAY_ENV = { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), HUB_BREAKER_RESET_MS: String(RESET_MS) };
const SLOW_MS = 2000;
const LOAD = { unaffected: { connections: 4, rate: 40 }, affected: { connections: 4, rate: 20 } };

async function main(): Promise<void> {
  const databaseUrls = databaseUrlsFor(SERVER, 'failure');
  await Promise.all(Object.values(databaseUrls).map((url) => dropPostgresDatabase(url)));
  console.log(`behaviour under failure: ${cpus().length} CPUs; gateway deadline ${TIMEOUT_MS} ms per department, circuit retried every ${RESET_MS / 1000} s;`);
  console.log(`load: unaffected question ${LOAD.unaffected.rate}/s over ${LOAD.unaffected.connections} connections, affected ${LOAD.affected.rate}/s over ${LOAD.affected.connections}; failing department: ${FAILING_DEPARTMENT}`);
  const stack = await startHubStack({ portBase: PORT_BASE, databaseUrls, seedDemo: true });
  const proxy = await startFaultProxy(stack.departmentUrls[FAILING_DEPARTMENT], PROXY_PORT);
  try {
    const checks = await phases(stack, proxy);
    printChecks(checks);
    process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
  } finally {
    await proxy.stop();
    await stack.stop();
    await Promise.all(Object.values(databaseUrls).map((url) => dropPostgresDatabase(url)));
  }
}

async function phases(stack: HubStack, proxy: FaultProxy): Promise<Check[]> {
  const department = stack.department(FAILING_DEPARTMENT);
  // First the gateway calling social security directly, for the baseline and a real kill.
  const direct = await stack.startHubGateway(GATEWAY_ENV);
  let load = await loadFor(stack);
  const baseline = await run({ name: 'baseline', fault: 'nothing wrong', leadMs: 10_000, faultMs: 0, tailMs: 0 }, load, null);
  const expect: Expectations = { timeoutMs: TIMEOUT_MS, resetMs: RESET_MS, baselineP99: figuresOf(baseline.unaffected.samples).p99, affectedConnections: LOAD.affected.connections };
  const killed = await run({ name: 'killed', fault: `${FAILING_DEPARTMENT} killed (SIGKILL), started again 8 s later`, leadMs: 3000, faultMs: 8000, tailMs: 10_000,
    inject: () => department.kill(), remove: () => department.start() }, load, null);
  // Then a gateway calling it through the fault proxy.
  await direct.stop();
  await stack.startHubGateway({ ...GATEWAY_ENV, [`${FAILING_DEPARTMENT.toUpperCase().replace(/-/g, '_')}_URL`]: proxy.url });
  load = await loadFor(stack);
  const fault = (kind: 'slow' | 'http-500' | 'graphql-errors') => async () => void (proxy.fault = kind === 'slow' ? { kind, delayMs: SLOW_MS } : { kind });
  const heal = async () => void (proxy.fault = { kind: 'none' });
  const slow = await run({ name: 'slow', fault: `the proxy holds each call to ${FAILING_DEPARTMENT} ${SLOW_MS} ms, for 10 s`, leadMs: 3000, faultMs: 10_000, tailMs: 10_000, inject: fault('slow'), remove: heal }, load, proxy);
  const failing = await run({ name: 'errors', fault: `the proxy answers every call to ${FAILING_DEPARTMENT} with HTTP 500 (plain text), for 8 s`, leadMs: 3000, faultMs: 8000, tailMs: 10_000, inject: fault('http-500'), remove: heal }, load, proxy);
  const answering = await run({ name: 'graphql-errors', fault: `the proxy answers every call to ${FAILING_DEPARTMENT} with HTTP 200 and a GraphQL error, for 6 s`, leadMs: 3000, faultMs: 6000, tailMs: 3000, inject: fault('graphql-errors'), remove: heal }, load, proxy);
  return [...baselineChecks(baseline), ...faultChecks(killed, expect, null), ...faultChecks(slow, expect, proxy), ...faultChecks(failing, expect, proxy), ...answeringChecks(answering, expect, proxy)];
}

async function run(plan: PhasePlan, load: PhaseLoad, proxy: FaultProxy | null): Promise<PhaseRecord> {
  const record = await runPhase(plan, load);
  printPhase(record, proxy);
  return record;
}

/** The citizen's token from the running gateway, checked with one complete answer to each question. */
async function loadFor(stack: HubStack): Promise<PhaseLoad> {
  const asker = await citizenAsker(stack.gatewayUrl);
  for (const affected of [false, true]) {
    const judged = await askOnce(asker, affected);
    if (judged.kind !== 'complete') throw new Error(`the ${affected ? 'affected' : 'unaffected'} question was not answered completely before any fault`);
  }
  return { base: { gatewayUrl: stack.gatewayUrl, token: asker.token, idNumber: asker.idNumber }, ...LOAD };
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack ?? err.message : err);
  process.exit(1);
});
