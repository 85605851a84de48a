import { badUserInput, forbidden, requireCitizenId, requireCreditCode, type Caller } from '@hub/kit';
import { SubjectKind } from '../../enums';
import type { CatalogueRecords } from '../catalogue/catalogue.records';
import { requireCode } from '../catalogue/codes';
import type { SubjectInput } from './prefill.type';

/** A prefill request, checked: who, which matter or bundle, which situations, which case. */
export interface PrefillRequest {
  subject: { kind: SubjectKind; code: string };
  target: { kind: 'MATTER' | 'BUNDLE'; code: string; name: string };
  situations: string[];
  caseId: string | null;
}

export interface PrefillArgs {
  subject: SubjectInput;
  matterCode?: string | null;
  bundleCode?: string | null;
  situations?: string[] | null;
  caseId?: string | null;
}

const CASE_ID = /^[\w-]{1,64}$/;

function subjectOf(input: SubjectInput): PrefillRequest['subject'] {
  if (!input.idNumber === !input.creditCode) throw badUserInput('subject', 'give exactly one of idNumber and creditCode');
  return input.idNumber
    ? { kind: SubjectKind.PERSON, code: requireCitizenId(input.idNumber, 'subject.idNumber') }
    : { kind: SubjectKind.MARKET_ENTITY, code: requireCreditCode(input.creditCode!, 'subject.creditCode') };
}

function targetOf(args: PrefillArgs, records: CatalogueRecords): PrefillRequest['target'] & { applicant: SubjectKind } {
  if (!args.matterCode === !args.bundleCode) throw badUserInput('matterCode', 'give exactly one of matterCode and bundleCode');
  if (args.matterCode) {
    const matter = records.matters.get(requireCode(args.matterCode, 'matterCode'));
    if (!matter) throw badUserInput('matterCode', `no matter ${args.matterCode} in the matter catalogue (事项清单)`);
    return { kind: 'MATTER', code: matter.code, name: matter.name, applicant: matter.applicantType };
  }
  const bundle = records.bundles.get(requireCode(args.bundleCode!, 'bundleCode'));
  if (!bundle) throw badUserInput('bundleCode', `no life-event bundle ${args.bundleCode} in the catalogue`);
  return { kind: 'BUNDLE', code: bundle.code, name: bundle.name, applicant: bundle.subjectKind };
}

function situationsOf(values: readonly string[], codes: Set<string>): string[] {
  return values.map((value, i) => {
    const code = value.trim().toUpperCase();
    if (!codes.has(code)) throw badUserInput(`situations[${i}]`, `not a situation of this form: one of ${[...codes].join(', ') || 'none'}`);
    return code;
  });
}

export function checkPrefillRequest(args: PrefillArgs, records: CatalogueRecords): PrefillRequest {
  const subject = subjectOf(args.subject);
  const { applicant, ...target } = targetOf(args, records);
  if (applicant !== subject.kind) {
    throw badUserInput('subject', `${target.code} is applied for by ${applicant === SubjectKind.PERSON ? 'a person (idNumber)' : 'a market entity (creditCode)'}`);
  }
  const matterCodes = target.kind === 'MATTER' ? [target.code] : records.bundles.get(target.code)!.matterCodes;
  const known = new Set(matterCodes.flatMap((c) => records.matters.get(c)!.situations.map((s) => s.code)));
  if (args.caseId && !CASE_ID.test(args.caseId)) throw badUserInput('caseId', 'a case number is 1–64 letters, digits, dashes or underscores');
  return { subject, target, situations: [...new Set(situationsOf(args.situations ?? [], known))], caseId: args.caseId ?? null };
}

/** Clerks prefill for anyone who is at their window; a citizen only for themselves. */
export function requireMayPrefill(caller: Caller, subject: PrefillRequest['subject']): void {
  if (caller.role === 'CLERK') return;
  if (caller.role === 'CITIZEN' && subject.kind === SubjectKind.PERSON && caller.idNumber === subject.code) return;
  throw forbidden('only a window clerk, or citizens for themselves, may prefill a form', { role: caller.role });
}
