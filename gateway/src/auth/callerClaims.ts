import type { JWTPayload } from 'jose';
import { CALLER_ROLES, citizenIdProblem, type Caller, type CallerRole } from '@hub/kit';
import { DEPARTMENTS } from '../config';

/**
 * The hub's token contract: the claims a caller token carries besides iss, aud, exp and iat.
 * `sub` is the account; `role` says which other claims must be present.
 *   CLERK              centre, division (9-digit town code)
 *   APPROVER           department
 *   DEPARTMENT_SYSTEM  department, grants
 *   CITIZEN            idNumber (GB 11643)
 */
export type CallerClaims = {
  sub: string;
  role: CallerRole;
  name?: string;
  centre?: string;
  division?: string;
  department?: string;
  idNumber?: string;
  grants?: string[];
};

/**
 * The caller a verified token speaks for. Only the claims of the token's role are kept, so
 * a clerk's token cannot also carry a citizen's ID number into the context. Throws with the
 * first problem found.
 */
export function callerFromClaims(claims: JWTPayload): Caller {
  const sub = text(claims.sub, 'sub');
  const role = claims.role;
  if (!CALLER_ROLES.some((r) => r === role)) throw new Error(`"role" must be one of ${CALLER_ROLES.join(', ')}`);
  const name = claims.name === undefined ? {} : { name: text(claims.name, 'name') };
  const base = { id: sub, ...name };
  switch (role as CallerRole) {
    case 'CLERK':
      return { ...base, role: 'CLERK', centre: text(claims.centre, 'centre'), division: division(claims.division) };
    case 'APPROVER':
      return { ...base, role: 'APPROVER', department: department(claims.department) };
    case 'DEPARTMENT_SYSTEM':
      return { ...base, role: 'DEPARTMENT_SYSTEM', department: department(claims.department), grants: grants(claims.grants) };
    case 'CITIZEN':
      return { ...base, role: 'CITIZEN', idNumber: idNumber(claims.idNumber) };
  }
}

function text(value: unknown, claim: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`"${claim}" must be a non-empty string`);
  return value;
}

function division(value: unknown): string {
  const code = text(value, 'division');
  if (!/^\d{9}$/.test(code)) throw new Error('"division" must be a 9-digit town code (乡镇/街道)');
  return code;
}

function department(value: unknown): string {
  const name = text(value, 'department');
  if (!DEPARTMENTS.some((d) => d.name === name)) throw new Error(`"department" must be one of ${DEPARTMENTS.map((d) => d.name).join(', ')}`);
  return name;
}

function grants(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((g) => typeof g === 'string' && g.length > 0)) throw new Error('"grants" must be a list of strings');
  return value as string[];
}

function idNumber(value: unknown): string {
  const id = text(value, 'idNumber');
  const problem = citizenIdProblem(id);
  if (problem) throw new Error(`"idNumber" is not a citizen ID number: ${problem}`);
  return id;
}
