import type { CaseStatus } from '@hub/sdk';
import type { MessageKey } from '../i18n/zh';

/**
 * How the workstation names a case's states and steps (办件状态、审批环节、办件留痕) and
 * what it shows of the applicant's identifier where a case is listed rather than worked on.
 */
export type Tone = 'ok' | 'info' | 'warn' | 'down' | 'muted' | 'fix';

const STATUS_TONE: Record<CaseStatus, Tone> = {
  DRAFT: 'muted',
  ACCEPTED: 'info',
  IN_PROGRESS: 'info',
  CORRECTION_REQUESTED: 'warn',
  APPROVED: 'ok',
  DELIVERED: 'ok',
  NOT_ACCEPTED: 'down',
  REFUSED: 'down',
  WITHDRAWN: 'muted',
};

export function statusKey(status: CaseStatus): MessageKey {
  return `caseStatus.${status}`;
}

export function statusTone(status: CaseStatus): Tone {
  return STATUS_TONE[status];
}

/** Still being worked on: a purpose for reading the applicant's data, and on the queue. */
export function isOpen(status: CaseStatus): boolean {
  return status === 'DRAFT' || status === 'ACCEPTED' || status === 'IN_PROGRESS' || status === 'CORRECTION_REQUESTED' || status === 'APPROVED';
}

const STEPS = new Set(['INSPECTION', 'REVIEW', 'TOWNSHIP_REVIEW', 'COUNTY_DECISION']);
const TASK_STATUSES = new Set(['WAITING', 'PENDING', 'CORRECTION_REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED']);
const ACTIONS = new Set([
  'OPEN', 'NOT_ACCEPTED', 'ACCEPT', 'APPROVE_TASK', 'APPROVE', 'REFUSE', 'REQUEST_CORRECTION', 'SUBMIT_CORRECTION', 'WITHDRAW',
  'ISSUE_RESULT', 'DELIVER', 'FULFIL_COMMITMENT', 'RATE', 'RATE_BAD', 'CLOSE_FOLLOW_UP',
]);
export const DELIVERY_METHODS = ['WINDOW', 'MAIL', 'ELECTRONIC', 'AGENT'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The name of a back-office step (现场核查, 审批 …), or null for one the workstation does not know (shown as sent). */
export function stepKey(step: string): MessageKey | null {
  return STEPS.has(step) ? (`taskStep.${step}` as MessageKey) : null;
}

export function taskStatusKey(status: string): MessageKey | null {
  return TASK_STATUSES.has(status) ? (`taskStatus.${status}` as MessageKey) : null;
}

export function taskStatusTone(status: string): Tone {
  if (status === 'APPROVED') return 'ok';
  if (status === 'REFUSED') return 'down';
  if (status === 'CORRECTION_REQUESTED') return 'warn';
  if (status === 'PENDING') return 'info';
  return 'muted';
}

export function actionKey(action: string): MessageKey | null {
  return ACTIONS.has(action) ? (`caseEvent.${action}` as MessageKey) : null;
}

export function deliveryKey(method: string): MessageKey | null {
  return (DELIVERY_METHODS as readonly string[]).includes(method) ? (`delivery.${method}` as MessageKey) : null;
}

/**
 * A citizen ID number as a list shows it (370304********7182, as the departments mask it);
 * a credit code is public and shown whole.
 */
export function maskSubject(kind: 'PERSON' | 'MARKET_ENTITY', code: string): string {
  if (kind !== 'PERSON' || code.length < 11) return code;
  return `${code.slice(0, 6)}${'*'.repeat(code.length - 10)}${code.slice(-4)}`;
}

/** 容缺 materials not brought by their due date. */
export function overdueCommitments(commitments: ReadonlyArray<{ overdue: boolean }>): number {
  return commitments.filter((c) => c.overdue).length;
}
