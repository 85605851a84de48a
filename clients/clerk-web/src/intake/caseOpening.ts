import { caseApplicantEntity, caseApplicantPerson, casePurposeGrant, openCase, prefillForm, withdrawCase } from '@hub/sdk';
import type { Answer, Ask, Purpose } from '../api/hub';
import type { Problem } from '../api/problems';
import type { ApplicantKind } from '../domain/subjectCheck';
import type { Applicant, Grant, IntakeState, Lookup, OpenedCase, PrefilledForm, Selection } from './model';

/**
 * Opening the case when the matter is chosen (登记), and every read of the applicant's data
 * under its purpose grant (用数凭证): the prefill, the applicant's card, the licences used
 * instead of paper. Before the case exists the hub shares nothing of the applicant.
 */

/** An idempotency key: a UUID, also where the page is not a secure context (no randomUUID there). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function subjectOf(applicant: Applicant) {
  return applicant.kind === 'PERSON' ? { idNumber: applicant.id } : { creditCode: applicant.id };
}

function targetOf(selection: Selection) {
  return selection.type === 'bundle' ? { bundleCode: selection.code } : { matterCode: selection.code };
}

/** The headers of a read for the case: its grant, and the case and matter it serves. */
export function purposeFor(caseId: string, grant: Grant, matter?: string): Purpose {
  return { caseId, grant: grant.token, ...(matter ? { matter } : {}) };
}

export async function openCaseFor(ask: Ask, applicant: Applicant, selection: Selection): Promise<Answer<OpenedCase>> {
  const answer = await ask(openCase, { subject: subjectOf(applicant), ...targetOf(selection), idempotencyKey: newKey() });
  const opened = answer.data?.openCase;
  if (!opened) return { data: null, problems: answer.problems };
  const { token, expiresAt, paths } = opened.purposeGrant;
  return { data: { id: opened.id, status: opened.status, version: opened.version, grant: { token, expiresAt, paths }, acceptKey: newKey() }, problems: answer.problems };
}

/** The form filled for the case (表单预填) and the applicant's card, both under its grant, at once. */
export async function prefillCase(ask: Ask, applicant: Applicant, selection: Selection, opened: OpenedCase): Promise<{ form: Answer<PrefilledForm>; card: Lookup }> {
  const purpose = purposeFor(opened.id, opened.grant, selection.code);
  const [form, card] = await Promise.all([
    ask(prefillForm, { subject: subjectOf(applicant), ...targetOf(selection), caseId: opened.id }, purpose),
    readApplicantCard(ask, applicant.kind, applicant.id, opened.grant, purpose),
  ]);
  return { form: { data: form.data?.prefillForm ?? null, problems: form.problems }, card };
}

/**
 * Who the applicant is, from the register that holds them, asking only for what the grant
 * declares (its paths), so nothing is refused as undeclared and nothing more is read.
 */
export async function readApplicantCard(ask: Ask, kind: ApplicantKind, id: string, grant: Grant, purpose: Purpose): Promise<Lookup> {
  const declared = (path: string) => grant.paths.includes(path);
  if (kind === 'PERSON') {
    const answer = await ask(caseApplicantPerson, {
      idNumber: id,
      name: declared('person.name'),
      gender: declared('person.gender'),
      birthDate: declared('person.birthDate'),
      asOf: declared('person.registryAsOf'),
    }, purpose);
    return answer.data?.person ? { status: 'person', card: answer.data.person, problems: answer.problems } : absent(answer.problems);
  }
  const answer = await ask(caseApplicantEntity, {
    creditCode: id,
    name: declared('marketEntity.name'),
    kind: declared('marketEntity.kind'),
    address: declared('marketEntity.registeredAddress'),
    representative: declared('marketEntity.legalRepresentative.name'),
    asOf: declared('marketEntity.asOf'),
  }, purpose);
  return answer.data?.marketEntity ? { status: 'entity', card: answer.data.marketEntity, problems: answer.problems } : absent(answer.problems);
}

function absent(problems: Problem[]): Lookup {
  return problems.length === 0 ? { status: 'notFound' } : { status: 'failed', problems };
}

/** A grant lasts minutes: a new one when less than a minute is left, or null once the case has closed. */
export async function freshGrant(ask: Ask, caseId: string, current: Grant | null): Promise<Answer<Grant>> {
  if (current && Date.parse(current.expiresAt) - Date.now() > 60_000) return { data: current, problems: [] };
  const answer = await ask(casePurposeGrant, { caseId });
  return { data: answer.data?.purposeGrant ?? null, problems: answer.problems };
}

/**
 * A case opened for a matter the applicant did not go on with (another matter chosen, or the
 * clerk started over) is ended at the window with the reason (退办), rather than left open
 * as a purpose for reading their data. Best effort: one left behind stays on the queue.
 */
export async function abandonDraft(ask: Ask, state: IntakeState, reasons: string): Promise<void> {
  if (!state.case || state.case.status !== 'DRAFT' || state.outcome) return;
  await ask(withdrawCase, { caseId: state.case.id, reasons, expectedVersion: state.case.version });
}
