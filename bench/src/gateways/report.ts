import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { barChart } from './chart';
import type { Measurement } from './measure';

export interface TargetResult {
  key: string;
  label: string;
  merging: 'on' | 'off' | 'n/a';
  /** Answers that differed from this hub's gateway's (none expected). */
  mismatches: string[];
  figures: Record<string, Measurement>;
  /** The person lookup at a fixed rate (--rate). */
  atRate?: Measurement;
  /** The gateway's peak resident memory over the whole run (VmHWM), MiB. */
  peakRssMiB: number;
}

export interface BenchReport {
  date: string;
  machine: string;
  persons: number;
  seconds: number;
  connections: number;
  workers: number;
  rate: number;
  /** Rounds per target (figures are their means; the order of targets alternates). */
  rounds: number;
  scenarios: Array<{ key: string; title: string }>;
  results: TargetResult[];
}

/** Writes gateways-<size>.json, .md and .svg into `dir`; returns their paths. */
export function writeReport(report: BenchReport, dir: string, label: string): string[] {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `gateways-${label}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  const markdown = markdownTable(report);
  writeFileSync(`${base}.md`, markdown);
  writeFileSync(`${base}.svg`, barChart(report));
  console.log(`\n${markdown}`);
  return [`${base}.json`, `${base}.md`, `${base}.svg`];
}

/** Throughput ratio to the floor (1.0 = as fast as calling the subgraphs directly; lower is slower). */
export function floorRatio(report: BenchReport, result: TargetResult, scenario: string): number | null {
  const floor = report.results.find((r) => r.key === 'floor')?.figures[scenario];
  const own = result.figures[scenario];
  return floor && own && floor.requestsPerSecond > 0 ? own.requestsPerSecond / floor.requestsPerSecond : null;
}

export function markdownTable(report: BenchReport): string {
  const lines = [
    `Measured ${report.date.slice(0, 10)} on ${report.machine}; ${report.persons.toLocaleString('en')} persons on PostgreSQL; ` +
      `${report.connections} connections for ${report.seconds} s per workload, ${report.workers} worker process${report.workers > 1 ? 'es' : ''} per gateway` +
      `${report.rounds > 1 ? `, mean of ${report.rounds} rounds in alternating order` : ''}; ` +
      `load from a separate process (autocannon). "× floor" is throughput divided by the floor's; merging = identical in-flight subgraph requests merged.`,
    '',
    `| gateway | merging | ${report.scenarios.map((s) => `${s.title}: req/s (× floor) · p50 / p99 ms`).join(' | ')} | person at ${report.rate} req/s: p50 / p99 ms | gateway CPU per request (ms) | peak memory |`,
    `|---|---|${report.scenarios.map(() => '---').join('|')}|---|---|---|`,
  ];
  for (const result of report.results) {
    const cells = report.scenarios.map((s) => {
      const m = result.figures[s.key];
      if (!m) return '—';
      const ratio = floorRatio(report, result, s.key);
      const flagged = m.non2xx + m.errors + m.graphqlErrors > 0 ? ' ⚠' : '';
      return `${m.requestsPerSecond.toFixed(0)}${ratio !== null && result.key !== 'floor' ? ` (${ratio.toFixed(2)})` : ''} · ${m.p50} / ${m.p99}${flagged}`;
    });
    const rate = result.atRate ? `${result.atRate.p50} / ${result.atRate.p99}${result.atRate.requestsPerSecond < report.rate * 0.95 ? ` (reached ${result.atRate.requestsPerSecond.toFixed(0)}/s)` : ''}` : '—';
    const cpu = report.scenarios.map((s) => result.figures[s.key]?.gatewayCpuMs ?? '—').join(' / ');
    lines.push(`| ${result.label}${result.mismatches.length ? ' (answers differ ⚠)' : ''} | ${result.merging} | ${cells.join(' | ')} | ${rate} | ${cpu} | ${result.peakRssMiB} MiB |`);
  }
  lines.push('', ...goals(report).map((g) => `- ${g}`));
  return `${lines.join('\n')}\n`;
}

/** The issue's goals, each with its verdict from these figures. */
export function goals(report: BenchReport): string[] {
  const hub = report.results.find((r) => r.key === 'hub');
  const hubOff = report.results.find((r) => r.key === 'hub' && r.merging === 'off');
  const floor = report.results.find((r) => r.key === 'floor');
  const peers = report.results.filter((r) => r.key !== 'floor' && !r.key.startsWith('hub'));
  const out: string[] = [];
  if (hub && peers.length) {
    for (const s of report.scenarios) {
      const ours = hub.figures[s.key]?.requestsPerSecond ?? 0;
      const best = peers.reduce<TargetResult | null>((a, b) => ((b.figures[s.key]?.requestsPerSecond ?? 0) > (a?.figures[s.key]?.requestsPerSecond ?? 0) ? b : a), null);
      const theirs = best?.figures[s.key]?.requestsPerSecond ?? 0;
      out.push(`${ours > theirs ? 'MET' : 'NOT MET'}: ${s.title}: this hub's gateway ${ours.toFixed(0)} req/s, best peer ${best?.label ?? '—'} ${theirs.toFixed(0)} req/s`);
    }
  }
  if (hubOff && peers.length) {
    const offPeers = peers.filter((p) => p.merging === 'off');
    const behind = report.scenarios.filter((s) => offPeers.some((p) => (p.figures[s.key]?.requestsPerSecond ?? 0) >= (hubOff.figures[s.key]?.requestsPerSecond ?? 0)));
    out.push(`${behind.length ? 'NOT MET' : 'MET'}: with merging off on both sides, this hub's gateway ahead of every peer${behind.length ? ` except on ${behind.map((s) => s.title).join(', ')}` : ''}`);
  }
  const prefill = hub && floor ? floorRatio(report, hub, 'prefill') : null;
  if (prefill !== null) out.push(`${1 / prefill <= 1.5 ? 'MET' : 'NOT MET'}: restaurant prefill within 1.5× of the floor: the floor answers ${(1 / prefill).toFixed(2)}× as many requests/s`);
  if (hub?.atRate) {
    const m = hub.atRate;
    const met = m.p99 < 50 && m.requestsPerSecond >= report.rate * 0.95;
    out.push(`${met ? 'MET' : 'NOT MET'}: person lookup at ${report.rate} req/s with p99 under 50 ms (${report.persons.toLocaleString('en')} persons): p99 ${m.p99} ms at ${m.requestsPerSecond.toFixed(0)} req/s`);
  }
  return out;
}
