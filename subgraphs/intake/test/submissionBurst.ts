import { PURPOSE_HEADER } from '@hub/kit';
import type { Subject } from './caseHarness';

/**
 * A window's submissions as a client that retries does them: open the case with an
 * idempotency key, prefill it under its purpose grant, accept it with another key. What
 * each step acknowledged is kept, so a test can retry what was not and compare.
 */
export interface Submission {
  index: number;
  subject: Subject;
  matterCode: string;
  openKey: string;
  acceptKey: string;
  /** The case openCase answered with (the first answer; a retry must give the same). */
  opened?: string;
  /** What acceptCase answered with. */
  accepted?: { caseId: string; number: string | null; status: string; taskIds: string[] };
  /** Answers that contradicted an earlier acknowledgement (a second case for one key). */
  contradictions: string[];
  errors: string[];
}

const OPEN = 'mutation($s: SubjectInput!, $m: String, $k: String) { openCase(subject: $s, matterCode: $m, idempotencyKey: $k) { id purposeGrant { token } } }';
const PREFILL = 'mutation($s: SubjectInput!, $m: String, $c: String) { prefillForm(subject: $s, matterCode: $m, caseId: $c) { caseId materials { code status required } } }';
const ACCEPT = 'mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { id number status tasks { id } } }';
const REQUEST_TIMEOUT_MS = 20_000;

interface Answer<T> {
  data?: T;
  errors?: Array<{ message: string }>;
}

export class WindowClient {
  constructor(private readonly url: string, private readonly authorization: string) {}

  async post<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer<T>> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: this.authorization, ...headers },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      return (await response.json()) as Answer<T>;
    } catch (err) {
      return { errors: [{ message: `no answer: ${(err as Error).message}` }] };
    }
  }

  /** One attempt at the whole submission; true when acceptCase acknowledged it. */
  async submit(s: Submission): Promise<boolean> {
    const opened = await this.post<{ openCase: { id: string; purposeGrant: { token: string } } }>(OPEN, { s: s.subject, m: s.matterCode, k: s.openKey });
    if (!opened.data?.openCase) return this.failed(s, 'openCase', opened);
    const { id, purposeGrant } = opened.data.openCase;
    if (s.opened && s.opened !== id) s.contradictions.push(`openCase answered ${id}, earlier ${s.opened}`);
    s.opened ??= id;
    const form = await this.post<{ prefillForm: { materials: Array<{ code: string; status: string; required: boolean }> } }>(
      PREFILL, { s: s.subject, m: s.matterCode, c: id }, { [PURPOSE_HEADER]: purposeGrant.token });
    if (!form.data?.prefillForm) return this.failed(s, 'prefillForm', form);
    const toBring = form.data.prefillForm.materials.filter((m) => m.required && (m.status === 'TO_SUBMIT' || m.status === 'PROVIDER_UNAVAILABLE')).map((m) => m.code);
    const accepted = await this.post<{ acceptCase: { id: string; number: string | null; status: string; tasks: Array<{ id: string }> } }>(
      ACCEPT, { i: { caseId: id, broughtMaterials: toBring, idempotencyKey: s.acceptKey } });
    const answer = accepted.data?.acceptCase;
    if (!answer) return this.failed(s, 'acceptCase', accepted);
    const now = { caseId: answer.id, number: answer.number, status: answer.status, taskIds: answer.tasks.map((t) => t.id).sort() };
    if (s.accepted && JSON.stringify(s.accepted) !== JSON.stringify(now)) s.contradictions.push(`acceptCase answered ${JSON.stringify(now)}, earlier ${JSON.stringify(s.accepted)}`);
    s.accepted ??= now;
    return true;
  }

  private failed(s: Submission, step: string, answer: Answer<unknown>): false {
    s.errors.push(`${step}: ${answer.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    return false;
  }
}

/** Runs `work` over `items`, `concurrency` at a time, until done or `stop()` says to start no more. */
export async function pool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<unknown>, stop: () => boolean = () => false): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stop()) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
