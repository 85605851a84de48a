import { openReadCases, renewGrants } from './readCases';
import { ReadLoad, type Citizen } from './readLoad';
import { seededRandom } from './random';
import { SubmissionLoad } from './submissionLoad';
import { devToken, WindowClient } from './windowClient';
import type { LoadMessage, LoadPlan, LoadReport } from './soakPlan';

/**
 * The soak's load, in a process of its own (forked by the runner, so the load generator's
 * own work and memory are not the hub's): takes the plan over IPC, gets the demo accounts'
 * tokens, opens the cases the reads run under, then runs reads and submissions side by side
 * for the duration, resumes unacknowledged submissions, and sends back its ledger.
 */
function send(message: LoadMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const graphqlUrl = `${plan.gatewayBase}/graphql`;
  const clerkTokens = new Map<string, string>();
  const clients = new Map<string, WindowClient>();
  for (const clerk of plan.clerks) {
    const { token } = await devToken(plan.gatewayBase, clerk);
    clerkTokens.set(clerk, token);
    clients.set(clerk, new WindowClient(graphqlUrl, token));
  }
  const citizens: Citizen[] = [];
  for (const account of plan.citizens) {
    const { token, idNumber } = await devToken(plan.gatewayBase, account);
    if (!idNumber) throw new Error(`demo account ${account} is not a citizen`);
    citizens.push({ token, idNumber });
  }
  const readCases = await openReadCases(plan, clients);
  const reads = new ReadLoad(graphqlUrl, citizens, readCases, clerkTokens);
  const submissions = new SubmissionLoad(plan, clients, seededRandom(plan.seed));
  const stopRenewing = renewGrants(readCases, clients, (message) => console.warn(`load: ${message}`));
  const started = Date.now();
  const progress = setInterval(() => {
    const acknowledged = submissions.records.filter((r) => r.acknowledged).length;
    console.log(`load: ${Math.round((Date.now() - started) / 1000)} s  submissions ${submissions.records.length} started, ${acknowledged} acknowledged, ${submissions.inFlight} in flight, ${submissions.skipped} skipped; reads ${reads.answered} answered`);
  }, plan.progressEveryMs);
  try {
    await send({ kind: 'started', at: started });
    const [readSummary] = await Promise.all([reads.run(plan.durationMs, plan.readRate), submissions.run()]);
    await send({ kind: 'ended', at: Date.now() });
    await submissions.resume();
    return { submissions: submissions.records, skipped: submissions.skipped, reads: readSummary, readCaseIds: readCases.map((c) => c.caseId) };
  } finally {
    clearInterval(progress);
    stopRenewing();
  }
}

process.once('message', (plan: LoadPlan) => {
  runLoad(plan)
    .then((report) => send({ kind: 'report', report }))
    .catch((err: unknown) => send({ kind: 'failed', error: err instanceof Error ? err.stack ?? err.message : String(err) }))
    .finally(() => process.exit(0));
});
