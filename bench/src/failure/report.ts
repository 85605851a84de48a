import type { Check } from './checks';
import type { FaultProxy } from './faultProxy';
import { figuresOf, openSpan, recoveryMs, windowsOf, within } from './figures';
import type { PhaseRecord } from './phase';

const HEADINGS = ['window', 's', 'question', 'answers', 'complete', 'partial', 'not called', 'failed', 'p50 ms', 'p99 ms'];

/** One table per phase: for each window and question, how the answers came out. */
export function printPhase(record: PhaseRecord, proxy: FaultProxy | null): void {
  const { plan } = record;
  console.log(`\n## ${plan.name}: ${plan.fault}`);
  const rows: string[][] = [HEADINGS];
  // A window of no length (the baseline has only 'before') has no row.
  for (const [name, from, to] of windowsOf(record).filter(([, from, to]) => Math.min(to, record.endedAt) - from >= 50)) {
    for (const load of [record.unaffected, record.affected]) {
      const f = figuresOf(within(load.samples, from, to));
      rows.push([name, ((Math.min(to, record.endedAt) - from) / 1000).toFixed(1), load.affected ? 'affected' : 'unaffected',
        ...[f.answers, f.complete, f.partial, f.circuitOpen, f.failed, f.p50, f.p99].map((v) => String(Math.round(v)))]);
    }
  }
  printTable(rows);
  if (record.fixedAt - record.removeAt > 100) console.log(`restart: social security answered its readiness check ${((record.fixedAt - record.removeAt) / 1000).toFixed(1)} s after it was started again`);
  const took = recoveryMs(record);
  if (plan.inject) console.log(`time to recovery: ${took === null ? 'none within the phase' : `${(took / 1000).toFixed(2)} s`} from social security being back to the first complete answer`);
  const span = openSpan(record);
  if (span && proxy) console.log(`circuit open ${((span[1] - span[0]) / 1000).toFixed(1)} s (first to last answer not calling social security): ${proxy.arrivalsBetween(span[0] + 1, span[1])} calls reached it`);
}

export function printChecks(checks: Check[]): void {
  console.log('');
  for (const c of checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.phase}: ${c.name} — ${c.detail}`);
  const failed = checks.filter((c) => !c.pass).length;
  console.log(`\n${failed === 0 ? 'PASS' : 'FAIL'}: ${checks.length - failed}/${checks.length} checks passed`);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => (i < 1 || i === 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}
