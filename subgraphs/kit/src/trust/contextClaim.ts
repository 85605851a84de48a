import { CALLER_ROLES, type Caller, type HubContext, type Purpose } from '../hubContext';

/**
 * Reads the `ctx` claim of a verified context token into a HubContext, field by field.
 * The signature says the gateway wrote it; this says it is well-formed, so a department
 * never works with a caller of unknown shape. Throws with the first problem found.
 */
export function hubContextFromClaim(claim: unknown): HubContext {
  const ctx = record(claim, 'ctx');
  if (typeof ctx.traceId !== 'string' || !ctx.traceId) throw new Error('ctx.traceId must be a non-empty string');
  return { caller: callerFrom(record(ctx.caller, 'ctx.caller')), purpose: purposeFrom(ctx.purpose), traceId: ctx.traceId };
}

const CALLER_TEXT = ['name', 'centre', 'division', 'department', 'idNumber'] as const;
const PURPOSE_TEXT = ['matter', 'caseId', 'description', 'token'] as const;

function callerFrom(raw: Record<string, unknown>): Caller {
  if (typeof raw.id !== 'string' || !raw.id) throw new Error('ctx.caller.id must be a non-empty string');
  const role = raw.role;
  if (!CALLER_ROLES.some((r) => r === role)) throw new Error(`ctx.caller.role must be one of ${CALLER_ROLES.join(', ')}`);
  const caller: Caller = { id: raw.id, role: role as Caller['role'] };
  for (const key of CALLER_TEXT) {
    const value = optionalText(raw[key], `ctx.caller.${key}`);
    if (value !== undefined) caller[key] = value;
  }
  if (raw.grants !== undefined) {
    if (!Array.isArray(raw.grants) || !raw.grants.every((g) => typeof g === 'string')) throw new Error('ctx.caller.grants must be a list of strings');
    caller.grants = raw.grants as string[];
  }
  return caller;
}

function purposeFrom(value: unknown): Purpose | null {
  if (value === null || value === undefined) return null;
  const raw = record(value, 'ctx.purpose');
  const purpose: Purpose = {};
  for (const key of PURPOSE_TEXT) {
    const text = optionalText(raw[key], `ctx.purpose.${key}`);
    if (text !== undefined) purpose[key] = text;
  }
  return purpose;
}

function record(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${name} must be an object`);
  return value as Record<string, unknown>;
}

function optionalText(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`${name} must be a string`);
  return value;
}
