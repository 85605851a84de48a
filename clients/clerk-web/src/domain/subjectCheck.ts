import { citizenIdProblem, countyName, creditCodeProblem, isKnownDivision, parseCitizenId } from '@hub/identifiers';
import type { MessageKey } from '../i18n/zh';

/**
 * The applicant's identifier checked as the clerk types it, with the hub's own checks
 * (GB 11643 for citizen ID numbers, GB 32100 for credit codes, from the kit), so that a
 * typo is caught at the window with a message in Chinese, not by a department later.
 */
export type ApplicantKind = 'PERSON' | 'MARKET_ENTITY';

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface PersonFacts {
  kind: 'PERSON';
  division: string;
  county: string | null;
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
}

export interface EntityFacts {
  kind: 'MARKET_ENTITY';
  division: string;
  county: string | null;
  /** 91 enterprise, 92 individual business, 93 farmer cooperative (market regulation); other authorities otherwise. */
  entityType: 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'FARMER_COOPERATIVE' | 'OTHER';
}

export type SubjectCheck =
  | { state: 'empty' }
  | { state: 'incomplete'; value: string; message: Message }
  | { state: 'invalid'; value: string; message: Message }
  | { state: 'valid'; value: string; facts: PersonFacts | EntityFacts };

const LENGTH = 18;

/** What a clerk types, as the checks read it: no spaces, upper case (a lower-case x is an X). */
export function normaliseIdentifier(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function checkSubject(kind: ApplicantKind, text: string): SubjectCheck {
  const value = normaliseIdentifier(text);
  if (value === '') return { state: 'empty' };
  return kind === 'PERSON' ? checkCitizenId(value) : checkCreditCode(value);
}

function invalid(value: string, key: MessageKey, params?: Message['params']): SubjectCheck {
  return { state: 'invalid', value, message: { key, ...(params ? { params } : {}) } };
}

function checkCitizenId(value: string): SubjectCheck {
  if (/[^0-9X]/.test(value)) return invalid(value, 'check.id.characters');
  if (value.slice(0, LENGTH - 1).includes('X')) return invalid(value, 'check.id.xOnlyLast');
  if (value.length > LENGTH) return invalid(value, 'check.tooLong', { n: value.length - LENGTH });
  // The division is known once six digits are in: say so early rather than at the 18th.
  if (value.length >= 6 && !isKnownDivision(value.slice(0, 6))) return invalid(value, 'check.id.division', { code: value.slice(0, 6) });
  if (value.length < LENGTH) return { state: 'incomplete', value, message: { key: 'check.progress', params: { n: value.length } } };
  const problem = citizenIdProblem(value);
  if (problem) return invalid(value, ...citizenIdMessage(problem, value));
  const parts = parseCitizenId(value);
  return {
    state: 'valid',
    value,
    facts: { kind: 'PERSON', division: parts.division, county: countyName(parts.division) ?? null, birthDate: parts.birthDate.toISOString().slice(0, 10), gender: parts.gender },
  };
}

/** The kit says why in English; the window says it in Chinese (the English kept for anything new). */
function citizenIdMessage(problem: string, value: string): [MessageKey, Message['params']] {
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (problem.includes('check digit')) return ['check.id.checkDigit', undefined];
  if (problem.includes('administrative division')) return ['check.id.division', { code: value.slice(0, 6) }];
  if (problem.includes('not a real date')) return ['check.id.birthDate', { date: birth }];
  if (problem.includes('out of range')) return ['check.id.birthRange', { date: birth }];
  return ['check.other', { detail: problem }];
}

const CREDIT_ALPHABET = /^[0-9ABCDEFGHJKLMNPQRTUWXY]*$/;

function checkCreditCode(value: string): SubjectCheck {
  const excluded = /[IOZSV]/.exec(value);
  if (excluded) return invalid(value, 'check.credit.letters', { char: excluded[0] });
  if (!CREDIT_ALPHABET.test(value)) return invalid(value, 'check.credit.characters');
  if (value.length > LENGTH) return invalid(value, 'check.tooLong', { n: value.length - LENGTH });
  if (value.length < LENGTH) return { state: 'incomplete', value, message: { key: 'check.progress', params: { n: value.length } } };
  const problem = creditCodeProblem(value);
  if (problem) return problem.includes('check character') ? invalid(value, 'check.credit.checkChar') : invalid(value, 'check.other', { detail: problem });
  const division = value.slice(2, 8);
  return { state: 'valid', value, facts: { kind: 'MARKET_ENTITY', division, county: countyName(division) ?? null, entityType: entityTypeOf(value.slice(0, 2)) } };
}

function entityTypeOf(prefix: string): EntityFacts['entityType'] {
  if (prefix === '91') return 'ENTERPRISE';
  if (prefix === '92') return 'INDIVIDUAL_BUSINESS';
  if (prefix === '93') return 'FARMER_COOPERATIVE';
  return 'OTHER';
}
