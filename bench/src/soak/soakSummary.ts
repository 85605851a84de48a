import type { SoakOutcome } from './runSoak';
import type { Behaviour } from './soakPlan';
import { HEAP_RULE } from './memoryVerdict';

/** The soak's summary as printed: the load as run, the memory series, each check with PASS/FAIL. */
export function soakSummary(outcome: SoakOutcome): string[] {
  const { plan, report, checks, memory } = outcome;
  const subs = report.submissions;
  const byBehaviour = new Map<Behaviour, number>();
  for (const s of subs) byBehaviour.set(s.behaviour, (byBehaviour.get(s.behaviour) ?? 0) + 1);
  const requests = subs.reduce((n, s) => n + s.requests, 0);
  const abandoned = subs.reduce((n, s) => n + s.abandoned, 0);
  const retried = subs.filter((s) => s.acknowledged && s.errors.length > 0).length;
  const reads = report.reads;
  const lines = [
    `soak: ${(plan.durationMs / 60_000).toFixed(1)} min at ${plan.readRate.toFixed(1)} reads/s + ${plan.submissionRate.toFixed(2)} submissions/s (run ${plan.runId}, seed ${plan.seed})`,
    `submissions: ${subs.length} started (${[...byBehaviour].map(([b, n]) => `${b} ${n}`).join(', ')}), ${subs.filter((s) => s.acknowledged).length} acknowledged, ` +
      `${requests} requests sent (${abandoned} given up after 2–60 ms by the client and sent again), ${retried} acknowledged after a failed attempt, ` +
      `${report.skipped} arrivals skipped (in-flight limit)`,
    `reads: ${reads.requests} requests, p50 ${reads.p50Ms} ms, p99 ${reads.p99Ms} ms, non-2xx ${reads.non2xx}, GraphQL errors ${reads.graphqlErrors}, transport errors ${reads.transportErrors}`,
    ...reads.samples.map((s) => `  e.g. ${s}`),
    `memory (the first ${HEAP_RULE.warmupFraction * 100}% is warm-up, not judged; windows of ${HEAP_RULE.windowFraction * 100}%):`,
    ...memory.map((m) => `  ${m.verdict.padEnd(10)} ${m.name}: ${m.samples} samples, start ${mb(m.startMb)} MB, end ${mb(m.endMb)} MB, ` +
      `min ${mb(m.minMb)}, max ${mb(m.maxMb)}, slope ${m.slopeMbPerMin.toFixed(2)} MB/min, ` +
      `first window ${mb(m.firstWindowMb)} MB → last ${mb(m.lastWindowMb)} MB (${percent(m.growthPercent)}) — ${m.reason}`),
    ...outcome.memoryErrors.map((e) => `  reading failed: ${e}`),
    'checks:',
    ...checks.flatMap((c) => [`  ${c.passed ? 'PASS' : 'FAIL'} ${c.name}: ${c.detail}`, ...c.problems.map((p) => `       ${p}`)]),
    `soak ${outcome.passed ? 'PASSED' : 'FAILED'}`,
  ];
  return lines;
}

function mb(value: number): string {
  return Number.isNaN(value) ? '–' : value.toFixed(0);
}

function percent(value: number): string {
  return Number.isNaN(value) ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(1)}%`;
}
