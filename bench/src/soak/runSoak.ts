import { randomBytes } from 'node:crypto';
import { dropPostgresDatabase } from '@hub/kit';
import { databaseUrlsFor, startHubStack } from '../stack/hubStack';
import { applicantsFrom, type Applicants } from './applicants';
import { caseIdsIn, checkCases, type Check } from './caseChecks';
import { HeapProbe, inspectablePortOptions } from './heapProbe';
import { loadCheck } from './loadCheck';
import { runLoadProcess } from './loadChild';
import type { MemorySampler } from './memorySampler';
import type { MemoryVerdict } from './memoryVerdict';
import { judgeAll, memoryLine, watchMemory } from './memoryWatch';
import type { LoadPlan, LoadReport } from './soakPlan';

/**
 * The soak (issue #8): the hub on fresh PostgreSQL databases with the demo population, a
 * steady mixed load from a separate process — reads, and case submissions by clients that
 * retry, re-send and double-click — then the cases checked against intake's database and
 * the memory of the gateway and intake judged. Used by `npm run soak` and by the short
 * version in the tests.
 */
export interface SoakOptions {
  durationMs: number;
  /** Requests per second, all kinds together; half reads, half submissions. */
  rate: number;
  /** The gateway's port; departments on the next five; the gateway's and intake's inspectors on +10 and +11. */
  portBase: number;
  /** PostgreSQL server URL; the soak's databases are `<databasePrefix>_<department>` on it, dropped first. */
  serverUrl: string;
  databasePrefix: string;
  dropAfter: boolean;
  /** How often RSS is read, and the heap after a forced collection (which pauses the service, so less often). */
  rssEveryMs: number;
  heapEveryMs: number;
  seed: number;
  /** Share of reads that may fail (a department past the gateway's timeout on a busy machine) before the load check fails. */
  maxFailedReadShare: number;
  log: (line: string) => void;
}

export interface SoakOutcome {
  plan: Omit<LoadPlan, 'applications' | 'readApplications'>;
  report: LoadReport;
  checks: Check[];
  memory: MemoryVerdict[];
  /** Readings that failed (a probe that lost its inspector). */
  memoryErrors: string[];
  passed: boolean;
}

/** Requests one submission costs on average: three, plus the second sends of the behaviours that repeat (submissionLoad.ts). */
const REQUESTS_PER_SUBMISSION = 3.9;
const APPLICATIONS = 600;
const READ_CASES = 12;
const MAX_IN_FLIGHT = 24;

export async function runSoak(options: SoakOptions): Promise<SoakOutcome> {
  const databaseUrls = databaseUrlsFor(options.serverUrl, options.databasePrefix);
  const dropAll = () => Promise.all(Object.values(databaseUrls).map((url) => dropPostgresDatabase(url)));
  await dropAll();
  options.log(`starting the hub on ports ${options.portBase}–${options.portBase + 5}, databases ${options.databasePrefix}_*`);
  // No NATS: the outbox stays in intake's database, where the checks read it; nothing reaches a developer's NATS.
  // Every department may open an inspector on the port, but only intake is asked to (heapProbe.ts).
  const stack = await startHubStack({
    portBase: options.portBase, databaseUrls, seedDemo: true,
    env: { NATS_URL: '', NODE_OPTIONS: inspectablePortOptions(options.portBase + 11) },
  });
  const probes: HeapProbe[] = [];
  let sampler: MemorySampler | undefined;
  try {
    const gateway = await stack.startHubGateway({ NODE_OPTIONS: inspectablePortOptions(options.portBase + 10) });
    const intake = stack.department('intake');
    probes.push(await HeapProbe.attach(gateway.pid!, options.portBase + 10), await HeapProbe.attach(intake.pid!, options.portBase + 11));
    const plan = planFor(options, stack.gatewayPort, await applicantsFrom(databaseUrls, APPLICATIONS, READ_CASES));
    const baseline = await caseIdsIn(databaseUrls.intake);
    const watch = (sampler = watchMemory([{ service: gateway, probe: probes[0]! }, { service: intake, probe: probes[1]! }], options.rssEveryMs, options.heapEveryMs));
    options.log(`load: ${plan.readRate.toFixed(1)} reads/s and ${plan.submissionRate.toFixed(2)} submissions/s for ${(options.durationMs / 60_000).toFixed(1)} min (run ${plan.runId}, seed ${plan.seed})`);
    const progress = setInterval(() => options.log(memoryLine(watch)), plan.progressEveryMs);
    let ended: Promise<void> = Promise.resolve();
    // Memory is sampled over the steady part only: not the setup, not the resumption after it.
    const report = await runLoadProcess(plan, { onStarted: () => watch.start(), onEnded: () => void (ended = watch.stop()) })
      .finally(() => clearInterval(progress));
    await ended;
    const checks = [...(await checkCases(databaseUrls.intake, report, baseline)), loadCheck(report, options.maxFailedReadShare)];
    const memory = judgeAll(watch);
    const passed = checks.every((c) => c.passed) && memory.every((m) => m.verdict !== 'FAIL');
    const { applications: _a, readApplications: _r, ...shown } = plan;
    return { plan: shown, report, checks, memory, memoryErrors: watch.errors, passed };
  } finally {
    await sampler?.stop();
    for (const probe of probes) probe.close();
    await stack.stop();
    if (options.dropAfter) await dropAll();
  }
}

/** Half the rate for reads, half for submissions; every process on loopback. */
function planFor(options: SoakOptions, gatewayPort: number, applicants: Applicants): LoadPlan {
  return {
    gatewayBase: `http://127.0.0.1:${gatewayPort}`,
    durationMs: options.durationMs,
    readRate: options.rate / 2,
    submissionRate: options.rate / 2 / REQUESTS_PER_SUBMISSION,
    maxInFlight: MAX_IN_FLIGHT,
    ...applicants,
    clerks: ['clerk-boshan', 'clerk-zhoucun'],
    citizens: ['citizen-restaurant-owner', 'citizen-elderly', 'citizen-unemployed'],
    seed: options.seed,
    runId: `soak-${randomBytes(4).toString('hex')}`,
    progressEveryMs: Math.min(60_000, Math.max(5_000, options.durationMs / 10)),
  };
}
