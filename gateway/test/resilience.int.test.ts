import type { Server } from 'node:http';
import { FAILING_DEPARTMENT } from '../../bench/src/failure/answers';
import { startFaultProxy, type Fault, type FaultProxy } from '../../bench/src/failure/faultProxy';
import { findDemoAccount } from '../src/auth/demoAccounts';
import { DEFAULT_RATE_LIMITS } from '../src/limits/rateLimits';
import type { BreakerSettings } from '../src/resilience/breakerSettings';
import type { RunningGateway } from '../src/server';
import { highest, latencies, median, underLoad, untilComplete, type Asker, type Sample } from './faultLoad';
import { department, startTestHub, type TestHub } from './testHub';

/**
 * Failure injection under a bounded concurrent load (two askers of a question civil affairs
 * answers alone, two of one social security answers too): social security behind a fault
 * proxy goes down, slow (2 s) or failing (HTTP 500), answers with GraphQL errors, and is
 * stopped outright and started again on its port. The gateway keeps answering; the person
 * still comes back with social security's part missing and an error naming it, within the
 * deadline; its circuit opens, so it is no longer called and answers come at once; the
 * civil-affairs question keeps its pace; and answers are complete again once it is back,
 * without restarting anything. Timings are bounds and orderings, not speeds.
 */
const TIMEOUT_MS = 500;
const SLOW_MS = 2000;
const BREAKER: BreakerSettings = { failuresInARow: 3, errorPercent: 50, minCalls: 5, windowMs: 5000, resetMs: 1000 };
/** How long an affected answer may take past the deadline: the gateway's own work on a busy test machine. */
const MARGIN_MS = 1000;

let hub: TestHub;
let proxy: FaultProxy;
/** A gateway calling social security through the proxy, and one calling it directly. */
let proxied: Asker;
let direct: Asker;
let baseline: number[];

const owner = findDemoAccount('citizen-restaurant-owner')!.claims.idNumber!;

async function askerFor(gateway: RunningGateway): Promise<Asker> {
  return { url: gateway.url, headers: await hub.authHeaders('citizen-restaurant-owner', gateway), idNumber: owner };
}

beforeAll(async () => {
  hub = await startTestHub();
  proxy = await startFaultProxy(department(hub, FAILING_DEPARTMENT).url);
  const subgraphUrls = { ...Object.fromEntries([...hub.departments].map(([name, sg]) => [name, sg.url])), intake: hub.intake.url };
  const settings = { subgraphTimeoutMs: TIMEOUT_MS, breaker: BREAKER, rateLimits: { ...DEFAULT_RATE_LIMITS, perCaller: 1_000_000 } };
  proxied = await askerFor(await hub.startGateway({ ...settings, subgraphUrls: { ...subgraphUrls, [FAILING_DEPARTMENT]: proxy.url } }));
  direct = await askerFor(await hub.startGateway(settings));
}, 180_000);

afterAll(async () => {
  await proxy?.stop();
  await hub?.stop();
});

it('with nothing wrong, answers both questions completely', async () => {
  const samples = await underLoad(proxied, 1500);
  expect(samples.filter((s) => s.kind !== 'complete')).toEqual([]);
  baseline = latencies(samples.filter((s) => !s.affected));
  expect(baseline.length).toBeGreaterThan(5);
});

/** What every fault must look like from outside. */
function expectDegradedGracefully(samples: Sample[]): void {
  const unaffected = samples.filter((s) => !s.affected);
  const affected = samples.filter((s) => s.affected);
  expect(samples.filter((s) => s.status !== 200)).toEqual([]);
  expect(unaffected.filter((s) => s.kind !== 'complete')).toEqual([]);
  expect(affected.filter((s) => s.kind !== 'partial')).toEqual([]);
  // Within the deadline, and before a slow department would have answered.
  expect(highest(latencies(affected))).toBeLessThanOrEqual(TIMEOUT_MS + MARGIN_MS);
  expect(TIMEOUT_MS + MARGIN_MS).toBeLessThan(SLOW_MS);
  // Civil affairs' question is not held up by social security's trouble.
  expect(highest(latencies(unaffected))).toBeLessThan(SLOW_MS);
  expect(median(latencies(unaffected))).toBeLessThanOrEqual(median(baseline) * 3 + 50);
  // The circuit opened, and calls it turned away were answered without waiting.
  const turnedAway = affected.filter((s) => s.circuitOpen);
  expect(turnedAway.length).toBeGreaterThan(affected.length / 2);
  expect(median(latencies(turnedAway))).toBeLessThan(TIMEOUT_MS);
}

/** While open, the department receives only the circuit's probes: one per reset interval. */
function expectOnlyProbes(samples: Sample[], until: number): void {
  const opened = Math.min(...samples.filter((s) => s.circuitOpen).map((s) => s.at));
  expect(proxy.arrivalsBetween(opened, until)).toBeLessThanOrEqual(Math.floor((until - opened) / BREAKER.resetMs) + 1);
}

async function expectRecovery(asker: Asker): Promise<void> {
  const took = await untilComplete(asker, BREAKER.resetMs + TIMEOUT_MS + 2 * MARGIN_MS);
  expect(took).not.toBeNull();
  expect(took!).toBeLessThanOrEqual(BREAKER.resetMs + TIMEOUT_MS + MARGIN_MS);
}

const FAULTS: Array<[string, Fault]> = [
  ['down (connections reset)', { kind: 'down' }],
  [`slow (${SLOW_MS / 1000} s)`, { kind: 'slow', delayMs: SLOW_MS }],
  ['failing (HTTP 500, not GraphQL)', { kind: 'http-500' }],
];

it.each(FAULTS)('social security %s: partial answers in time, its circuit opens, the rest keeps its pace, then complete again', async (_, fault) => {
  proxy.fault = fault;
  let samples: Sample[];
  try {
    samples = await underLoad(proxied, 2500);
  } finally {
    proxy.fault = { kind: 'none' };
  }
  expectDegradedGracefully(samples);
  expectOnlyProbes(samples, Date.now());
  await expectRecovery(proxied);
});

it('social security answering with GraphQL errors is answering: partial answers, and the calls still reach it', async () => {
  proxy.fault = { kind: 'graphql-errors' };
  const since = Date.now();
  let samples: Sample[];
  try {
    samples = await underLoad(proxied, 1500);
  } finally {
    proxy.fault = { kind: 'none' };
  }
  const affected = samples.filter((s) => s.affected);
  expect(affected.filter((s) => s.kind !== 'partial' || s.circuitOpen)).toEqual([]);
  // Identical reads in flight at once are merged into one call (transport/), so two askers make at least half as many calls as answers.
  expect(proxy.arrivalsBetween(since)).toBeGreaterThanOrEqual(Math.ceil(affected.length / 2));
  expect((await untilComplete(proxied, 100)) !== null).toBe(true);
});

/** Closes a department's listener and its connections, as its process dying would. */
async function stopListening(http: Server): Promise<void> {
  http.closeAllConnections();
  await new Promise<void>((resolve, reject) => http.close((err) => (err ? reject(err) : resolve())));
}

it('social security stopped and started again on its port: the same, with no proxy between', async () => {
  const sg = department(hub, FAILING_DEPARTMENT);
  await stopListening(sg.http);
  let samples: Sample[];
  try {
    samples = await underLoad(direct, 2000);
  } finally {
    await new Promise<void>((resolve) => sg.http.listen(sg.port, '127.0.0.1', resolve));
  }
  expectDegradedGracefully(samples);
  await expectRecovery(direct);
});
