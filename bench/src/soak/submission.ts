import { acceptCase, openCase, prefillForm, type AcceptCaseMutation } from '@hub/sdk';
import type { Answer, WindowClient } from './windowClient';
import { between } from './random';
import type { Application, SubmissionRecord, Target } from './soakPlan';

/**
 * One case submission as the clerk's workstation does it: 登记 openCase with an idempotency
 * key, 预填 prefillForm under the case's purpose grant, 受理 acceptCase with the materials the
 * prefill says the applicant brought and a second key. The client's behaviour is the one
 * drawn for the submission — each but `plain` sends a key more than once:
 *  - timeoutRetry: the first openCase and acceptCase give up after a few milliseconds (the
 *    request goes on at the server) and are sent again, as after a browser timeout;
 *  - doubleClick: openCase and acceptCase are each sent twice at once;
 *  - resend: once acknowledged, both are sent again (a clerk clicking again after the answer).
 * Every failure without a final refusal is retried with the same key, as a client should.
 * Every answer for a key must name the same case; one that does not is a contradiction.
 */
const MAX_ATTEMPTS = 6;
const PROVOKED_TIMEOUT_MS: [number, number] = [2, 60];
const MISSING = new Set(['TO_SUBMIT', 'PROVIDER_UNAVAILABLE']);
const MAX_NOTES = 5;

interface Opened {
  caseId: string;
  grant: string;
}

export class Submitter {
  constructor(private readonly client: WindowClient, private readonly random: () => number) {}

  /** Runs the submission until acknowledged or given up; what happened is in `record`. */
  async submit(record: SubmissionRecord, application: Application): Promise<void> {
    const opened = await this.open(record, application);
    if (!opened) return;
    const toBring = await this.prefill(record, application, opened);
    if (!toBring) return;
    const commitment = this.random() < 0.5 ? '本人承诺所填信息真实有效，经营场所符合要求。' : null;
    await this.accept(record, opened.caseId, toBring, commitment, true);
    if (record.acknowledged && record.behaviour === 'resend') {
      await this.open(record, application, false);
      await this.accept(record, opened.caseId, toBring, commitment, false);
    }
  }

  private async open(record: SubmissionRecord, application: Application, asDrawn = true): Promise<Opened | null> {
    const variables = { subject: application.subject, ...targetVariables(application.target), idempotencyKey: record.openKey };
    const answers = await this.sendAsDrawn(record, asDrawn, (attempt, provoke) =>
      this.client.send(openCase, variables, provoke && attempt === 0 ? { timeoutMs: this.provokedTimeout() } : {}));
    let opened: Opened | null = null;
    for (const answer of answers) {
      if (!answer) continue;
      const { id, purposeGrant } = answer.openCase;
      if (record.caseId && record.caseId !== id) record.contradictions.push(`openCase ${record.openKey} answered case ${id}, earlier ${record.caseId}`);
      record.caseId ??= id;
      opened ??= { caseId: id, grant: purposeGrant.token };
    }
    return opened;
  }

  /** The materials still to bring: required ones the prefill could not satisfy from data or e-licences. */
  private async prefill(record: SubmissionRecord, application: Application, opened: Opened): Promise<string[] | null> {
    const variables = { subject: application.subject, ...targetVariables(application.target), caseId: opened.caseId };
    const answer = await this.withRetries(record, false, () => this.client.send(prefillForm, variables, { purpose: opened.grant }));
    return answer ? answer.prefillForm.materials.filter((m) => m.required && MISSING.has(m.status)).map((m) => m.code) : null;
  }

  private async accept(record: SubmissionRecord, caseId: string, toBring: string[], commitment: string | null, asDrawn: boolean): Promise<void> {
    const input = { caseId, broughtMaterials: toBring, commitment, idempotencyKey: record.acceptKey };
    const answers = await this.sendAsDrawn(record, asDrawn, (attempt, provoke) =>
      this.client.send(acceptCase, { input }, provoke && attempt === 0 ? { timeoutMs: this.provokedTimeout() } : {}));
    for (const answer of answers) if (answer) this.noteAcceptance(record, answer.acceptCase);
  }

  private noteAcceptance(record: SubmissionRecord, answered: AcceptCaseMutation['acceptCase']): void {
    if (!answered.number) {
      note(record, `acceptCase answered ${answered.status} without a number: ${answered.closingReasons ?? ''}`);
      return;
    }
    const now = { caseId: answered.id, number: answered.number, status: answered.status };
    const before = record.acknowledged;
    if (before && (before.caseId !== now.caseId || before.number !== now.number)) {
      record.contradictions.push(`acceptCase ${record.acceptKey} answered ${JSON.stringify(now)}, earlier ${JSON.stringify(before)}`);
    }
    record.acknowledged ??= now;
  }

  /** Sends once, or twice at once for a double click; each send retried on its own. */
  private async sendAsDrawn<T>(record: SubmissionRecord, asDrawn: boolean, send: (attempt: number, provoke: boolean) => Promise<Answer<T>>): Promise<Array<T | null>> {
    const provoke = asDrawn && record.behaviour === 'timeoutRetry';
    const once = () => this.withRetries(record, provoke, (attempt) => send(attempt, provoke));
    return asDrawn && record.behaviour === 'doubleClick' ? Promise.all([once(), once()]) : [await once()];
  }

  private async withRetries<T>(record: SubmissionRecord, provoked: boolean, send: (attempt: number) => Promise<Answer<T>>): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      record.requests++;
      const answer = await send(attempt);
      if (answer.kind === 'data') return answer.data;
      // The timeout this client provoked on purpose is not a failure of the hub.
      if (provoked && attempt === 0) record.abandoned++;
      else note(record, answer.message);
      if (answer.kind === 'refused' || attempt + 1 >= MAX_ATTEMPTS) return null;
      await new Promise((resolve) => setTimeout(resolve, Math.min(4_000, 250 * 2 ** attempt) * (0.5 + this.random())));
    }
  }

  private provokedTimeout(): number {
    return between(this.random, ...PROVOKED_TIMEOUT_MS);
  }
}

/** A target as the operations' two optional variables. */
export function targetVariables(target: Target): { matterCode: string | null; bundleCode: string | null } {
  return 'matterCode' in target ? { matterCode: target.matterCode, bundleCode: null } : { matterCode: null, bundleCode: target.bundleCode };
}

function note(record: SubmissionRecord, message: string): void {
  if (record.errors.length < MAX_NOTES) record.errors.push(message);
}
