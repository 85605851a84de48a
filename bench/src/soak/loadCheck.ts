import type { Check } from './caseChecks';
import type { LoadReport } from './soakPlan';

/**
 * The hub kept answering: every submission acknowledged in the end (after the client's
 * retries), and no more than `maxFailedShare` of the reads failed (non-2xx, GraphQL errors,
 * no answer). Checked from the load process's own counts.
 */
export function loadCheck(report: LoadReport, maxFailedShare: number): Check {
  const unacknowledged = report.submissions.filter((s) => !s.acknowledged);
  const reads = report.reads;
  const failedReads = reads.non2xx + reads.graphqlErrors + reads.transportErrors;
  const problems = [
    ...unacknowledged.map((s) => `${s.openKey} (${s.behaviour}) not acknowledged: ${s.errors.join(' | ')}`),
    ...(failedReads > reads.requests * maxFailedShare ? [`${failedReads} of ${reads.requests} reads failed: ${reads.samples.join(' | ')}`] : []),
  ];
  return {
    name: 'the hub answered the load',
    passed: problems.length === 0,
    detail: `${report.submissions.length - unacknowledged.length}/${report.submissions.length} submissions acknowledged; ` +
      `${failedReads} of ${reads.requests} reads failed (at most ${maxFailedShare * 100}% may)`,
    problems: problems.slice(0, 5),
  };
}
