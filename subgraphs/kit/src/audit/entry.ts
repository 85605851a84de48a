import type { HubContext } from '../hubContext';

/**
 * One department's answer to one request about one person (用数留痕): whose data, which
 * items, who asked, for what purpose, under which trace. Flat, in the shape of the table
 * row, so the hash, the insert and the verifier read the same fields.
 */
export interface DataAccessEntry {
  /** The data subject's citizen ID number. */
  subjectIdNumber: string;
  /** The items served, as paths from the person (`name`, `household.address`), sorted. */
  items: string[];
  callerId: string;
  callerRole: string;
  callerName: string | null;
  callerCentre: string | null;
  callerDivision: string | null;
  callerDepartment: string | null;
  purposeMatter: string | null;
  purposeCase: string | null;
  traceId: string;
}

/** An entry as stored: its place in the department's chain and the hashes that seal it. */
export interface ChainedDataAccess extends DataAccessEntry {
  seq: number;
  at: Date;
  prevHash: string;
  hash: string;
}

/** One entry per person read in a request, in a stable order (by ID number). */
export function entriesFor(hub: HubContext, reads: ReadonlyMap<string, ReadonlySet<string>>): DataAccessEntry[] {
  const { caller, purpose, traceId } = hub;
  return [...reads.keys()].sort().map((subject) => ({
    subjectIdNumber: subject,
    items: [...(reads.get(subject) ?? [])].sort(),
    callerId: caller.id,
    callerRole: caller.role,
    callerName: caller.name ?? null,
    callerCentre: caller.centre ?? null,
    callerDivision: caller.division ?? null,
    callerDepartment: caller.department ?? null,
    purposeMatter: purpose?.matter ?? null,
    purposeCase: purpose?.caseId ?? null,
    traceId,
  }));
}
