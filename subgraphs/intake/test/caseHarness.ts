import { postGraphQL, PURPOSE_HEADER } from '@hub/kit';
import type { PrismaClient } from '../src/__generated__/prisma/client';
import type { TestHub } from '../../../gateway/test/testHub';

/**
 * What the case-flow tests do, as the workstation does it through the gateway: a clerk opens
 * a case, prefills it under its purpose grant, accepts it; approvers decide their tasks.
 * Results are checked against intake's own database.
 */
export type Subject = { idNumber: string } | { creditCode: string };
export type Target = { matterCode: string } | { bundleCode: string };

export const CASE_FIELDS = `id number status caseType version deadline remainingWorkingDays overdue closingReasons commitmentText
  tasks { id department matterCode step sequence status dueDate reasons }
  commitments { materialCode dueDate overdue fulfilledAt }
  notice { items { code name requirement } printable }
  events { action fromStatus toStatus actorId actorRole centre department }
  mandate { agentName station entrustedAt acceptedAt handledAt returnedAt }
  rating { score followUpOpen followUpResponse }
  resultLicences { id } deliveryMethod`;

export interface CaseView {
  id: string;
  number: string | null;
  status: string;
  caseType: string | null;
  version: number;
  deadline: string | null;
  remainingWorkingDays: number | null;
  overdue: boolean;
  closingReasons: string | null;
  commitmentText: string | null;
  tasks: Array<{ id: string; department: string; matterCode: string; step: string; sequence: number; status: string; dueDate: string; reasons: string | null }>;
  commitments: Array<{ materialCode: string; dueDate: string; overdue: boolean; fulfilledAt: string | null }>;
  notice: { items: Array<{ code: string; name: string; requirement: string }>; printable: string } | null;
  events: Array<{ action: string; fromStatus: string | null; toStatus: string; actorId: string; actorRole: string; centre: string | null; department: string | null }>;
  mandate: { agentName: string; station: string; entrustedAt: string; acceptedAt: string | null; handledAt: string | null; returnedAt: string | null } | null;
  rating: { score: number; followUpOpen: boolean; followUpResponse: string | null } | null;
  resultLicences: Array<{ id: string }>;
  deliveryMethod: string | null;
}

export interface Prefilled {
  caseId: string;
  materials: Array<{ code: string; status: string; required: boolean; tolerated: boolean }>;
}

export class CaseFlow {
  constructor(readonly hub: TestHub) {}

  get prisma(): PrismaClient {
    return this.hub.intake.prisma as PrismaClient;
  }

  async ask<T>(account: string, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) {
    return postGraphQL<T>(this.hub.gateway.url, query, variables, { ...(await this.hub.authHeaders(account)), ...extra });
  }

  /** Like ask, but fails the test on any error. */
  async must<T>(account: string, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}): Promise<T> {
    const { body } = await this.ask<T>(account, query, variables, extra);
    if (body.errors?.length || !body.data) throw new Error(`${account}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The clerk opens the case and prefills it under the case's purpose grant. */
  async openAndPrefill(subject: Subject, target: Target, options: { account?: string; mandate?: Record<string, string>; idempotencyKey?: string } = {}): Promise<Prefilled> {
    const account = options.account ?? 'clerk-boshan';
    const opened = await this.must<{ openCase: { id: string; purposeGrant: { token: string } } }>(account,
      'mutation($s: SubjectInput!, $m: String, $b: String, $k: String, $mandate: MandateInput) { openCase(subject: $s, matterCode: $m, bundleCode: $b, idempotencyKey: $k, mandate: $mandate) { id purposeGrant { token } } }',
      { s: subject, m: 'matterCode' in target ? target.matterCode : null, b: 'bundleCode' in target ? target.bundleCode : null, k: options.idempotencyKey ?? null, mandate: options.mandate ?? null });
    const { id, purposeGrant } = opened.openCase;
    const form = await this.must<{ prefillForm: { caseId: string; materials: Prefilled['materials'] } }>(account,
      'mutation($s: SubjectInput!, $m: String, $b: String, $c: String) { prefillForm(subject: $s, matterCode: $m, bundleCode: $b, caseId: $c) { caseId materials { code status required tolerated } } }',
      { s: subject, m: 'matterCode' in target ? target.matterCode : null, b: 'bundleCode' in target ? target.bundleCode : null, c: id },
      { [PURPOSE_HEADER]: purposeGrant.token });
    return { caseId: form.prefillForm.caseId, materials: form.prefillForm.materials };
  }

  /** Materials the applicant must still bring (the prefill could not satisfy them). */
  static toBring(form: Prefilled): string[] {
    return form.materials.filter((m) => m.required && (m.status === 'TO_SUBMIT' || m.status === 'PROVIDER_UNAVAILABLE')).map((m) => m.code);
  }

  async accept(caseId: string, input: Record<string, unknown> = {}, account = 'clerk-boshan') {
    return this.ask<{ acceptCase: CaseView }>(account, `mutation($i: AcceptCaseInput!) { acceptCase(input: $i) { ${CASE_FIELDS} } }`, { i: { caseId, ...input } });
  }

  async view(caseId: string, account = 'clerk-boshan'): Promise<CaseView> {
    return (await this.must<{ case: CaseView }>(account, `query($id: String!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: caseId })).case;
  }

  async decide(account: string, taskId: string, decision: string, reasons: string | null = null) {
    return this.ask<{ decideTask: CaseView }>(account, `mutation($t: String!, $d: String!, $r: String) { decideTask(taskId: $t, decision: $d, reasons: $r) { ${CASE_FIELDS} } }`, { t: taskId, d: decision, r: reasons });
  }

  /** Approves every pending task, department by department, until none is pending. */
  async approveAll(caseId: string): Promise<CaseView> {
    for (let round = 0; round < 10; round++) {
      const pending = (await this.view(caseId)).tasks.filter((t) => t.status === 'PENDING');
      if (!pending.length) break;
      for (const task of pending) {
        const { body } = await this.decide(`approver-${task.department}`, task.id, 'APPROVE');
        if (body.errors) throw new Error(JSON.stringify(body.errors));
      }
    }
    return this.view(caseId);
  }
}
