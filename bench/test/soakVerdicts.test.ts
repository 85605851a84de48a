import { judgeCases, type CaseRow, type KeyRow } from '../src/soak/caseChecks';
import { HEAP_RULE, judgeMemory } from '../src/soak/memoryVerdict';
import type { LoadReport, SubmissionRecord } from '../src/soak/soakPlan';

/**
 * The soak's verdicts fail when they should: a doubled or lost case, a key behind two cases,
 * a leak — and do not fail on a bounded cache filling during warm-up or on noise.
 */
function submission(i: number, acknowledged = true): SubmissionRecord {
  return {
    clerk: 'clerk-boshan', openKey: `run-open-${i}`, acceptKey: `run-accept-${i}`, behaviour: 'plain', requests: 3, abandoned: 0,
    caseId: `case-${i}`, ...(acknowledged ? { acknowledged: { caseId: `case-${i}`, number: `370304001-20261123-${i}`, status: 'IN_PROGRESS' } } : {}),
    contradictions: [], errors: [],
  };
}

function world(count: number): { cases: CaseRow[]; keys: KeyRow[]; report: LoadReport } {
  const submissions = Array.from({ length: count }, (_, i) => submission(i));
  return {
    cases: submissions.map((s) => ({ id: s.caseId!, number: s.acknowledged!.number, status: 'IN_PROGRESS', accepts: 1 })),
    keys: submissions.flatMap((s) => [
      { key: `clerk-boshan:${s.openKey}`, operation: 'openCase', caseId: s.caseId! },
      { key: `clerk-boshan:${s.acceptKey}`, operation: 'acceptCase', caseId: s.caseId! },
    ]),
    report: { submissions, skipped: 0, reads: { requests: 0, non2xx: 0, graphqlErrors: 0, transportErrors: 0, timeouts: 0, p50Ms: 0, p99Ms: 0, samples: [] }, readCaseIds: [] },
  };
}

const failed = (checks: ReturnType<typeof judgeCases>) => checks.filter((c) => !c.passed).map((c) => c.name);

describe('case verdicts', () => {
  it('pass when every acknowledged submission is one accepted case', () => {
    const { cases, keys, report } = world(5);
    expect(failed(judgeCases(cases, keys, report))).toEqual([]);
  });

  it('fail on a second case opened without its key and accepted', () => {
    const { cases, keys, report } = world(5);
    cases.push({ id: 'case-double', number: '370304001-20261123-99', status: 'IN_PROGRESS', accepts: 1 });
    expect(failed(judgeCases(cases, keys, report))).toEqual(['accepted cases = acknowledged submissions', 'no idempotency key made two cases']);
  });

  it('fail on an acknowledged case that is not in the database, or accepted twice', () => {
    const lost = world(5);
    lost.cases.pop();
    expect(failed(judgeCases(lost.cases, lost.keys, lost.report))).toContain('every acknowledged case exists once, with one ACCEPT');
    const twice = world(5);
    twice.cases[0]!.accepts = 2;
    expect(failed(judgeCases(twice.cases, twice.keys, twice.report))).toEqual(['every acknowledged case exists once, with one ACCEPT']);
  });

  it('fail when two answers to one key named different cases, or a case was accepted under another submission’s key', () => {
    const contradicted = world(3);
    contradicted.report.submissions[1]!.contradictions.push('openCase run-open-1 answered case x, earlier case-1');
    expect(failed(judgeCases(contradicted.cases, contradicted.keys, contradicted.report))).toEqual(['no idempotency key made two cases']);
    const crossed = world(3);
    crossed.keys.find((k) => k.key === 'clerk-boshan:run-accept-0')!.caseId = 'case-1';
    expect(failed(judgeCases(crossed.cases, crossed.keys, crossed.report))).toEqual(['no idempotency key made two cases']);
  });

  it('count a submission acknowledged only by its answer, not by what the database holds', () => {
    const { cases, keys, report } = world(4);
    delete report.submissions[3]!.acknowledged;
    expect(failed(judgeCases(cases, keys, report))).toEqual(['accepted cases = acknowledged submissions']);
  });
});

describe('memory verdicts', () => {
  const MB = 2 ** 20;
  /** Ten minutes, a sample every 20 s. */
  const series = (mbAt: (minute: number) => number) => Array.from({ length: 31 }, (_, i) => ({ atMs: i * 20_000, bytes: mbAt(i / 3) * MB }));

  it('flat with noise passes; steady growth of 2 MB/min fails', () => {
    expect(judgeMemory('heap', series((m) => 60 + Math.sin(m * 7) * 0.8), HEAP_RULE).verdict).toBe('PASS');
    const leak = judgeMemory('heap', series((m) => 60 + 2 * m), HEAP_RULE);
    expect(leak.verdict).toBe('FAIL');
    expect(leak.slopeMbPerMin).toBeCloseTo(2, 5);
  });

  it('a bounded cache that fills in the first half is warm-up, not a leak', () => {
    expect(judgeMemory('heap', series((m) => 40 + 20 * Math.min(1, m / 5)), HEAP_RULE).verdict).toBe('PASS');
  });

  it('a run too short to tell is not judged', () => {
    const short = Array.from({ length: 40 }, (_, i) => ({ atMs: i * 1000, bytes: (60 + i) * MB }));
    expect(judgeMemory('heap', short, HEAP_RULE).verdict).toBe('NOT JUDGED');
  });
});
