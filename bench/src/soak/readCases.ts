import { casePurposeGrant, openCase } from '@hub/sdk';
import { targetVariables } from './submission';
import type { WindowClient } from './windowClient';
import type { Application, LoadPlan } from './soakPlan';

/**
 * The cases the read part prefills under: opened once before the load (with keys, like any
 * workstation) and left open, as a clerk who keeps an applicant's form on screen. Their
 * purpose grants last minutes and the soak may last longer, so the grants are renewed on a
 * timer (casePurposeGrant), as the workstation does.
 */
export interface ReadCase {
  clerk: string;
  application: Application;
  caseId: string;
  grant: string;
}

const RENEW_EVERY_MS = 5 * 60_000;

export async function openReadCases(plan: LoadPlan, clients: Map<string, WindowClient>): Promise<ReadCase[]> {
  const cases: ReadCase[] = [];
  for (const [i, application] of plan.readApplications.entries()) {
    const clerk = plan.clerks[i % plan.clerks.length]!;
    const answer = await clients.get(clerk)!.send(openCase, { subject: application.subject, ...targetVariables(application.target), idempotencyKey: `${plan.runId}-read-${i}` });
    if (answer.kind !== 'data') throw new Error(`could not open a case to read under for ${JSON.stringify(application)}: ${answer.message}`);
    cases.push({ clerk, application, caseId: answer.data.openCase.id, grant: answer.data.openCase.purposeGrant.token });
  }
  return cases;
}

/** Renews every case's grant on a timer; returns a function that stops it. */
export function renewGrants(cases: ReadCase[], clients: Map<string, WindowClient>, onError: (message: string) => void): () => void {
  const timer = setInterval(() => {
    for (const readCase of cases) {
      void clients.get(readCase.clerk)!.send(casePurposeGrant, { caseId: readCase.caseId }).then((answer) => {
        if (answer.kind === 'data' && answer.data.purposeGrant) readCase.grant = answer.data.purposeGrant.token;
        else onError(`grant for case ${readCase.caseId} not renewed: ${answer.kind === 'data' ? 'no grant' : answer.message}`);
      });
    }
  }, RENEW_EVERY_MS);
  return () => clearInterval(timer);
}
