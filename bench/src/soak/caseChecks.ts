import { Pool } from 'pg';
import { halfWritten } from './caseIntegrity';
import type { LoadReport, SubmissionRecord } from './soakPlan';

/**
 * The soak's verdict on cases, from intake's own database (not from anything the load
 * process or intake reported): as many accepted cases as acknowledged submissions, no key
 * behind two cases, every acknowledged case there once with one acceptance, nothing
 * half-written. Cases that existed before the load (the baseline) are left out.
 */
export interface Check {
  name: string;
  passed: boolean;
  detail: string;
  /** What broke the rule, a few examples. */
  problems: string[];
}

/** A case as intake's database has it, with the number of its ACCEPT events. */
export interface CaseRow {
  id: string;
  number: string | null;
  status: string;
  accepts: number;
}

/** An idempotency key as intake stored it: `<caller>:<key>`, the operation, the case it made. */
export interface KeyRow {
  key: string;
  operation: string;
  caseId: string;
}

const EXAMPLES = 5;

export async function caseIdsIn(intakeUrl: string): Promise<Set<string>> {
  const db = new Pool({ connectionString: intakeUrl, max: 1 });
  try {
    return new Set((await db.query<{ id: string }>('SELECT "id"::text AS id FROM "Case"')).rows.map((r) => r.id));
  } finally {
    await db.end();
  }
}

export async function checkCases(intakeUrl: string, report: LoadReport, baseline: Set<string>): Promise<Check[]> {
  const db = new Pool({ connectionString: intakeUrl, max: 1 });
  try {
    const cases = (await db.query<CaseRow>(`
      SELECT c."id"::text AS id, c."number", c."status"::text AS status,
             (SELECT count(*)::int FROM "CaseEvent" e WHERE e."caseId" = c."id" AND e."action" = 'ACCEPT') AS accepts
      FROM "Case" c`)).rows.filter((c) => !baseline.has(c.id));
    const keys = (await db.query<KeyRow>(
      `SELECT "key", "operation", "caseId"::text AS "caseId" FROM "CaseSubmission"`)).rows.filter((k) => !baseline.has(k.caseId));
    return [
      ...judgeCases(cases, keys, report),
      check('nothing half-written (tasks, events, outbox, submission keys)', await halfWritten(db), 'every rule holds for every case'),
    ];
  } finally {
    await db.end();
  }
}

/** The checks that compare the database's cases and keys with what the clients were told. */
export function judgeCases(cases: CaseRow[], keys: KeyRow[], report: LoadReport): Check[] {
  return [countCheck(cases, report.submissions), keyCheck(cases, keys, report), onceCheck(cases, report.submissions)];
}

function acknowledged(submissions: SubmissionRecord[]): SubmissionRecord[] {
  return submissions.filter((s) => s.acknowledged);
}

function countCheck(cases: CaseRow[], submissions: SubmissionRecord[]): Check {
  const accepted = cases.filter((c) => c.number !== null).length;
  const acks = new Set(acknowledged(submissions).map((s) => `${s.clerk}:${s.acceptKey}`)).size;
  return { name: 'accepted cases = acknowledged submissions', passed: accepted === acks, detail: `${accepted} accepted in intake's database, ${acks} acknowledged to the clients`, problems: [] };
}

/** Each case traces back to exactly one opening key the load sent, and its acceptance to the same submission's key. */
function keyCheck(cases: CaseRow[], keys: KeyRow[], report: LoadReport): Check {
  const problems: string[] = [];
  const bySubmission = new Map<string, SubmissionRecord>();
  for (const s of report.submissions) bySubmission.set(`${s.clerk}:${s.openKey}`, s);
  const acceptKeyOf = new Map(report.submissions.map((s) => [`${s.clerk}:${s.acceptKey}`, s]));
  const readCases = new Set(report.readCaseIds);
  const openedBy = new Map<string, string[]>();
  for (const k of keys.filter((k) => k.operation === 'openCase')) openedBy.set(k.caseId, [...(openedBy.get(k.caseId) ?? []), k.key]);
  for (const c of cases) {
    const opening = openedBy.get(c.id) ?? [];
    if (opening.length !== 1) problems.push(`case ${c.id} has ${opening.length} opening keys (a case opened without its key is a second case)`);
    const submission = bySubmission.get(opening[0] ?? '');
    if (!submission && !readCases.has(c.id)) problems.push(`case ${c.id} was opened with a key the load never sent: ${opening.join(', ')}`);
    if (submission?.caseId && submission.caseId !== c.id) problems.push(`key ${submission.openKey} was answered with case ${submission.caseId}, but opened ${c.id}`);
  }
  for (const k of keys.filter((k) => k.operation === 'acceptCase')) {
    const submission = acceptKeyOf.get(k.key);
    const opening = openedBy.get(k.caseId) ?? [];
    if (!submission || !opening.includes(`${submission.clerk}:${submission.openKey}`)) problems.push(`acceptance key ${k.key} accepted case ${k.caseId}, not the case its submission opened`);
  }
  problems.push(...report.submissions.flatMap((s) => s.contradictions));
  const sent = report.submissions.length + report.readCaseIds.length;
  if (cases.length > sent) problems.push(`${cases.length} cases for ${sent} opening keys`);
  return check('no idempotency key made two cases', problems, `${cases.length} cases created for ${sent} opening keys (${report.readCaseIds.length} of them left open for the reads); every answer to a key named the same case`);
}

function onceCheck(cases: CaseRow[], submissions: SubmissionRecord[]): Check {
  const problems: string[] = [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  const numbers = new Map<string, number>();
  for (const s of acknowledged(submissions)) {
    const ack = s.acknowledged!;
    numbers.set(ack.number, (numbers.get(ack.number) ?? 0) + 1);
    const stored = byId.get(ack.caseId);
    if (!stored) problems.push(`acknowledged case ${ack.caseId} (${ack.number}) is not in intake's database`);
    else if (stored.number !== ack.number || stored.status !== ack.status || stored.accepts !== 1) {
      problems.push(`acknowledged ${ack.number} ${ack.status}, stored ${stored.number ?? '-'} ${stored.status} with ${stored.accepts} ACCEPT events`);
    }
  }
  for (const [number, count] of numbers) if (count > 1) problems.push(`number ${number} acknowledged to ${count} submissions`);
  return check('every acknowledged case exists once, with one ACCEPT', problems, `${acknowledged(submissions).length} acknowledged cases found with their numbers and statuses`);
}

function check(name: string, problems: string[], detail: string): Check {
  return { name, passed: problems.length === 0, detail: problems.length ? `${problems.length} problems` : detail, problems: problems.slice(0, EXAMPLES) };
}
