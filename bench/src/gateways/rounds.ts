import type { Measurement } from './measure';
import type { TargetResult } from './report';

/**
 * Several rounds of the same target, as one row: each figure the mean over the rounds,
 * memory the highest. Rounds alternate the order of targets, so none is always measured
 * first, on departments that have worked least, or last.
 */
export function combineRounds(rounds: TargetResult[]): TargetResult {
  const first = rounds[0]!;
  if (rounds.length === 1) return first;
  const figures: Record<string, Measurement> = {};
  for (const key of Object.keys(first.figures)) figures[key] = meanOf(rounds.map((r) => r.figures[key]!).filter(Boolean));
  const atRates = rounds.map((r) => r.atRate).filter((m): m is Measurement => m !== undefined);
  return {
    ...first,
    mismatches: [...new Set(rounds.flatMap((r) => r.mismatches))],
    figures,
    ...(atRates.length ? { atRate: meanOf(atRates) } : {}),
    peakRssMiB: Math.max(...rounds.map((r) => r.peakRssMiB)),
  };
}

function meanOf(ms: Measurement[]): Measurement {
  const mean = (pick: (m: Measurement) => number, digits = 0) => {
    const value = ms.reduce((sum, m) => sum + pick(m), 0) / ms.length;
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
  };
  const sum = (pick: (m: Measurement) => number) => ms.reduce((total, m) => total + pick(m), 0);
  return {
    requests: sum((m) => m.requests),
    requestsPerSecond: mean((m) => m.requestsPerSecond, 1),
    p50: mean((m) => m.p50),
    p90: mean((m) => m.p90),
    p99: mean((m) => m.p99),
    max: Math.max(...ms.map((m) => m.max)),
    non2xx: sum((m) => m.non2xx),
    errors: sum((m) => m.errors),
    timeouts: sum((m) => m.timeouts),
    graphqlErrors: sum((m) => m.graphqlErrors),
    peakRssMiB: Math.max(...ms.map((m) => m.peakRssMiB)),
    gatewayCpuMs: mean((m) => m.gatewayCpuMs, 2),
    departmentsCpuMs: mean((m) => m.departmentsCpuMs, 2),
  };
}
