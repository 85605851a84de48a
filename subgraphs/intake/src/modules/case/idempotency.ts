import { badUserInput, type Caller } from '@hub/kit';
import type { Tx } from './caseTransaction';

/**
 * Idempotency keys (幂等键): a client sends one with a submission and the same key with every
 * retry; the first submission's effect is kept, the retries change nothing and get the same
 * case back. Keys are per caller, so two clerks can never collide.
 */
const KEY = /^[\w.:-]{8,128}$/;

export function submissionKey(caller: Caller, key: string | null | undefined, field = 'idempotencyKey'): string | null {
  if (key === null || key === undefined) return null;
  if (!KEY.test(key)) throw badUserInput(field, '8–128 letters, digits, dots, colons, dashes or underscores (a UUID will do)');
  return `${caller.id}:${key}`;
}

export async function submittedCase(tx: Pick<Tx, 'caseSubmission'>, key: string, operation: string): Promise<string | null> {
  const found = await tx.caseSubmission.findUnique({ where: { key } });
  if (!found) return null;
  if (found.operation !== operation) throw badUserInput('idempotencyKey', `this key was used for ${found.operation}; use a new key for each submission`);
  return found.caseId;
}

/** A unique-constraint violation: another submission with the same key committed first. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2002';
}
