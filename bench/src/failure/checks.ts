import type { FaultProxy } from './faultProxy';
import { figuresOf, openSpan, recoveryMs, windowsOf, within, type WindowName } from './figures';
import type { PhaseRecord } from './phase';
import type { Sample } from './questionLoad';

export interface Check {
  phase: string;
  name: string;
  pass: boolean;
  detail: string;
}

/** The gateway's settings the run used, and the unaffected question's p99 with nothing wrong. */
export interface Expectations {
  timeoutMs: number;
  resetMs: number;
  baselineP99: number;
  /** Connections asking the affected question: identical reads in flight at once are merged into one call. */
  affectedConnections: number;
}

/** Past the deadline, what the gateway may add of its own (planning, civil affairs' part, a busy machine). */
const DEADLINE_MARGIN_MS = 500;

function windowSamples(record: PhaseRecord, name: WindowName, affected: boolean): Sample[] {
  const window = windowsOf(record).find(([n]) => n === name);
  return window ? within((affected ? record.affected : record.unaffected).samples, window[1], window[2]) : [];
}

const ms = (value: number) => `${Math.round(value)} ms`;

export function baselineChecks(record: PhaseRecord): Check[] {
  const all = [...record.unaffected.samples, ...record.affected.samples];
  const f = figuresOf(all);
  const noAnswer = record.unaffected.noAnswer.length + record.affected.noAnswer.length;
  return [{ phase: record.plan.name, name: 'every answer complete', pass: f.answers > 0 && f.complete === f.answers && noAnswer === 0, detail: `${f.complete}/${f.answers} complete, ${noAnswer} without answer` }];
}

function keptAnswering(record: PhaseRecord): Check {
  const f = figuresOf([...record.unaffected.samples, ...record.affected.samples]);
  const noAnswer = record.unaffected.noAnswer.length + record.affected.noAnswer.length;
  return { phase: record.plan.name, name: 'gateway kept answering', pass: f.non200 === 0 && noAnswer === 0, detail: `${f.answers} answers, ${f.non200} not HTTP 200, ${noAnswer} without answer` };
}

/** The civil-affairs question's p99 while the fault lasted, against the larger of the baseline's and this phase's own before it. */
function unaffectedKeptPace(record: PhaseRecord, expect: Expectations): Check {
  const reference = Math.max(expect.baselineP99, figuresOf(windowSamples(record, 'before', false)).p99);
  const limit = Math.max(3 * reference, reference + 250);
  const during = figuresOf(windowSamples(record, 'fault', false));
  return { phase: record.plan.name, name: 'unaffected question kept its latency', pass: during.answers > 0 && during.p99 <= limit && during.complete === during.answers,
    detail: `p99 ${ms(during.p99)} during the fault (limit ${ms(limit)}: 3× or +250 ms over ${ms(reference)}), ${during.complete}/${during.answers} complete` };
}

function partialInTime(record: PhaseRecord, expect: Expectations): Check {
  const during = figuresOf(windowSamples(record, 'fault', true));
  const limit = expect.timeoutMs + DEADLINE_MARGIN_MS;
  return { phase: record.plan.name, name: 'affected question answered in part, in time', pass: during.partial > 0 && during.failed === 0 && during.max <= limit,
    detail: `${during.partial} partial, ${during.complete} complete, ${during.failed} failed; slowest ${ms(during.max)} (limit ${ms(limit)})` };
}

function circuitOpened(record: PhaseRecord, expect: Expectations): Check {
  const turnedAway = windowSamples(record, 'fault', true).filter((s) => s.circuitOpen);
  const f = figuresOf(turnedAway);
  return { phase: record.plan.name, name: 'circuit opened and failed fast', pass: f.answers > 0 && f.p99 < expect.timeoutMs / 2,
    detail: `${f.answers} answers without calling social security, p99 ${ms(f.p99)}` };
}

function onlyProbes(record: PhaseRecord, expect: Expectations, proxy: FaultProxy): Check {
  const span = openSpan(record);
  const calls = span ? proxy.arrivalsBetween(span[0] + 1, span[1]) : 0;
  const allowed = span ? Math.floor((span[1] - span[0]) / expect.resetMs) + 1 : 0;
  return { phase: record.plan.name, name: 'department not called while open, but for probes', pass: span !== null && calls <= allowed,
    detail: `${calls} calls reached social security in ${span ? ((span[1] - span[0]) / 1000).toFixed(1) : 0} s open (at most ${allowed} probes)` };
}

function recovered(record: PhaseRecord, expect: Expectations): Check {
  const took = recoveryMs(record);
  const limit = expect.resetMs + expect.timeoutMs + 1000;
  const last = within(record.affected.samples, record.endedAt - 3000, record.endedAt + 1);
  const settled = last.length > 0 && last.every((s) => s.kind === 'complete');
  return { phase: record.plan.name, name: 'recovered by itself', pass: took !== null && took <= limit && settled,
    detail: `first complete answer ${took === null ? 'never' : ms(took)} after social security was back (limit ${ms(limit)}); last 3 s: ${last.filter((s) => s.kind === 'complete').length}/${last.length} complete` };
}

/** A department down, slow or failing: every check. */
export function faultChecks(record: PhaseRecord, expect: Expectations, proxy: FaultProxy | null): Check[] {
  return [keptAnswering(record), unaffectedKeptPace(record, expect), partialInTime(record, expect), circuitOpened(record, expect),
    ...(proxy ? [onlyProbes(record, expect, proxy)] : []), recovered(record, expect)];
}

/** A department answering with GraphQL errors is answering: partial answers, and its circuit stays closed. */
export function answeringChecks(record: PhaseRecord, expect: Expectations, proxy: FaultProxy): Check[] {
  const [, from, to] = windowsOf(record).find(([n]) => n === 'fault')!;
  const affected = figuresOf(within(record.affected.samples, from, to));
  const calls = proxy.arrivalsBetween(from, to);
  // Merged reads: at least one call per connection's worth of answers; the window's first
  // answers may be to calls that reached it just before.
  const least = Math.floor(affected.answers / expect.affectedConnections) - 2;
  return [keptAnswering(record), unaffectedKeptPace(record, expect),
    { phase: record.plan.name, name: 'affected question answered in part', pass: affected.partial > 0 && affected.failed === 0, detail: `${affected.partial} partial, ${affected.complete} complete, ${affected.failed} failed` },
    { phase: record.plan.name, name: 'circuit stayed closed', pass: affected.circuitOpen === 0 && calls >= least,
      detail: `${affected.circuitOpen} answers without calling social security; it received ${calls} calls for ${affected.answers} answers (at least ${least}: identical reads in flight are merged)` }];
}
