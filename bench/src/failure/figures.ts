import type { PhaseRecord } from './phase';
import type { Sample } from './questionLoad';

/** What the answers in one window of a phase came to. */
export interface Figures {
  answers: number;
  complete: number;
  partial: number;
  failed: number;
  /** Answers whose error said social security was not called (its circuit was open). */
  circuitOpen: number;
  non200: number;
  p50: number;
  p99: number;
  max: number;
}

export type WindowName = 'before' | 'fault' | 'restart' | 'after';

/** The phase's windows: before the fault, while it lasted, while a killed department restarted, after. */
export function windowsOf(record: PhaseRecord): Array<[WindowName, number, number]> {
  const windows: Array<[WindowName, number, number]> = [['before', record.startedAt, record.faultAt], ['fault', record.faultAt, record.removeAt]];
  if (record.fixedAt - record.removeAt > 100) windows.push(['restart', record.removeAt, record.fixedAt]);
  windows.push(['after', record.fixedAt, record.endedAt + 1]);
  return windows;
}

export function within(samples: Sample[], from: number, to: number): Sample[] {
  return samples.filter((s) => s.at >= from && s.at < to);
}

export function figuresOf(samples: Sample[]): Figures {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const count = (kind: Sample['kind']) => samples.filter((s) => s.kind === kind).length;
  return {
    answers: samples.length,
    complete: count('complete'),
    partial: count('partial'),
    failed: count('failed'),
    circuitOpen: samples.filter((s) => s.circuitOpen).length,
    non200: samples.filter((s) => s.status !== 200).length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/** Nearest-rank percentile of sorted values (0 when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** From the department being back to the first complete answer to the affected question; null if none came. */
export function recoveryMs(record: PhaseRecord): number | null {
  const first = record.affected.samples.find((s) => s.at >= record.fixedAt && s.kind === 'complete');
  return first ? first.at - record.fixedAt : null;
}

/** The span from the first answer social security's open circuit turned away to the last; null if none. */
export function openSpan(record: PhaseRecord): [number, number] | null {
  const turnedAway = record.affected.samples.filter((s) => s.circuitOpen).map((s) => s.at);
  return turnedAway.length ? [Math.min(...turnedAway), Math.max(...turnedAway)] : null;
}
