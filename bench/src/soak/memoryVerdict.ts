import type { MemorySample } from './memorySampler';

/**
 * "Memory is flat", as a rule a number can be held to. The first part of the run is
 * warm-up (caches, JIT, connection pools and V8's heap growing to its working size) and is
 * not judged. In this hub the first half: the largest bounded cache, the 2,000 verified
 * purpose grants each process keeps (kit PurposeVerifier), fills about five minutes into the
 * default load — intake's heap grows by some 10 MB until then and is flat after, which a
 * shorter warm-up would call a leak. After warm-up, two conditions:
 *  - the least-squares slope over time is at most `maxSlopeMbPerMin` (a leak shows as
 *    steady growth);
 *  - the mean of the last window is at most `maxGrowthPercent` above the mean of the first
 *    window after warm-up (catches growth in steps that a slope over noise may hide).
 * A run too short to tell growth from warm-up (under `minMinutes` after warm-up, as the
 * test's) or with too few samples is NOT JUDGED.
 */
export interface FlatRule {
  warmupFraction: number;
  windowFraction: number;
  maxSlopeMbPerMin: number;
  maxGrowthPercent: number;
  minSamples: number;
  minMinutes: number;
}

/**
 * The V8 heap after a full collection is what a leak raises, without the sawtooth of
 * collections: at 20 requests/s, 1 MB/min is under 1 KB kept per request.
 */
export const HEAP_RULE: FlatRule = { warmupFraction: 0.5, windowFraction: 0.2, maxSlopeMbPerMin: 1, maxGrowthPercent: 10, minSamples: 10, minMinutes: 4 };

/**
 * RSS read right after a forced full collection, so that samples compare like with like
 * (between collections V8 lets RSS swing by a hundred MB and more): what the operating system
 * pays, including what is not heap (buffers, sockets, native code). A little looser than the
 * heap, as V8 returns freed pages to the system lazily.
 */
export const RSS_AFTER_GC_RULE: FlatRule = { warmupFraction: 0.5, windowFraction: 0.2, maxSlopeMbPerMin: 2, maxGrowthPercent: 10, minSamples: 10, minMinutes: 4 };

export interface MemoryVerdict {
  name: string;
  samples: number;
  startMb: number;
  endMb: number;
  minMb: number;
  maxMb: number;
  slopeMbPerMin: number;
  firstWindowMb: number;
  lastWindowMb: number;
  growthPercent: number;
  verdict: 'PASS' | 'FAIL' | 'NOT JUDGED' | 'SHOWN';
  reason: string;
}

const MB = 1024 * 1024;

export function judgeMemory(name: string, series: MemorySample[], rule: FlatRule | null): MemoryVerdict {
  const warmupFraction = rule?.warmupFraction ?? HEAP_RULE.warmupFraction;
  const windowFraction = rule?.windowFraction ?? HEAP_RULE.windowFraction;
  const mb = series.map((s) => ({ min: s.atMs / 60_000, mb: s.bytes / MB }));
  const endMin = mb.at(-1)?.min ?? 0;
  const warmupEnd = endMin * warmupFraction;
  const window = endMin * windowFraction;
  const judged = mb.filter((s) => s.min >= warmupEnd);
  const first = mean(judged.filter((s) => s.min <= warmupEnd + window).map((s) => s.mb));
  const last = mean(judged.filter((s) => s.min >= endMin - window).map((s) => s.mb));
  const slope = slopeOf(judged.map((s) => s.min), judged.map((s) => s.mb));
  const growth = ((last - first) / first) * 100;
  const figures = {
    name, samples: series.length,
    startMb: mb[0]?.mb ?? 0, endMb: mb.at(-1)?.mb ?? 0,
    minMb: Math.min(...mb.map((s) => s.mb)), maxMb: Math.max(...mb.map((s) => s.mb)),
    slopeMbPerMin: slope, firstWindowMb: first, lastWindowMb: last, growthPercent: growth,
  };
  if (!rule) return { ...figures, verdict: 'SHOWN', reason: 'not judged: swings with collections' };
  const span = endMin - warmupEnd;
  if (span < rule.minMinutes) return { ...figures, verdict: 'NOT JUDGED', reason: `${span.toFixed(1)} min after warm-up, less than ${rule.minMinutes}` };
  if (Number.isNaN(growth)) return { ...figures, verdict: 'NOT JUDGED', reason: 'a window without samples' };
  if (judged.length < rule.minSamples) return { ...figures, verdict: 'NOT JUDGED', reason: `${judged.length} samples after warm-up, fewer than ${rule.minSamples}` };
  const failures = [
    ...(slope > rule.maxSlopeMbPerMin ? [`slope ${slope.toFixed(2)} MB/min > ${rule.maxSlopeMbPerMin}`] : []),
    ...(growth > rule.maxGrowthPercent ? [`last window ${growth.toFixed(1)}% above the first > ${rule.maxGrowthPercent}%`] : []),
  ];
  return { ...figures, verdict: failures.length ? 'FAIL' : 'PASS', reason: failures.join('; ') || `slope ≤ ${rule.maxSlopeMbPerMin} MB/min and growth ≤ ${rule.maxGrowthPercent}%` };
}

/** NaN for no values: a window without samples has no mean. */
function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

/** Least-squares slope of y over x. */
export function slopeOf(x: number[], y: number[]): number {
  const mx = mean(x);
  const my = mean(y);
  let num = 0;
  let den = 0;
  for (let i = 0; i < x.length; i++) {
    num += (x[i]! - mx) * (y[i]! - my);
    den += (x[i]! - mx) ** 2;
  }
  return den > 0 ? num / den : 0;
}
