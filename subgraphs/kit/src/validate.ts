import { citizenIdProblem, creditCodeProblem, licenceIdProblem } from './identifiers';
import { badUserInput } from './errors';

/**
 * Boundary checks for identifiers arriving as arguments. Each returns the normalised value
 * or throws BAD_USER_INPUT naming the argument and the reason.
 */
export function requireCitizenId(value: string, field = 'idNumber'): string {
  const normalised = value.trim().toUpperCase();
  const problem = citizenIdProblem(normalised);
  if (problem) throw badUserInput(field, problem);
  return normalised;
}

export function requireCreditCode(value: string, field = 'creditCode'): string {
  const normalised = value.trim().toUpperCase();
  const problem = creditCodeProblem(normalised);
  if (problem) throw badUserInput(field, problem);
  return normalised;
}

export function requireLicenceId(value: string, field = 'id'): string {
  const normalised = value.trim().toUpperCase();
  const problem = licenceIdProblem(normalised);
  if (problem) throw badUserInput(field, problem);
  return normalised;
}

/** Bounded list arguments: a batch lookup is not a way to dump a department's data. */
export function requireBatch<T>(values: T[], field: string, max = 500): T[] {
  if (values.length > max) throw badUserInput(field, `at most ${max} values per request, got ${values.length}`);
  return values;
}
