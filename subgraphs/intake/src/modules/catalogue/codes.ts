import { badUserInput } from '@hub/kit';

/** The department systems a catalogue entry may name. */
export const DEPARTMENT_NAMES = ['civil-affairs', 'social-security', 'market-access', 'e-license'] as const;

const CODE = /^[A-Za-z0-9.-]{1,40}$/;

/** A catalogue code argument: letters, digits, dots and dashes, trimmed and upper-cased when `upper`. */
export function requireCode(value: string, field: string, upper = true): string {
  const code = upper ? value.trim().toUpperCase() : value.trim();
  if (!CODE.test(code)) throw badUserInput(field, 'a catalogue code is 1–40 letters, digits, dots or dashes');
  return code;
}

export function requireDepartment(value: string, field: string): string {
  const name = value.trim().toLowerCase();
  if (!(DEPARTMENT_NAMES as readonly string[]).includes(name)) throw badUserInput(field, `one of ${DEPARTMENT_NAMES.join(', ')}`);
  return name;
}
