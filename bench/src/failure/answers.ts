/**
 * The two questions failure injection asks, as a citizen reading their own data (no purpose
 * grant needed), and how an answer is judged. Social security is the department that fails:
 * its fields here are nullable, so when it does not answer the person still comes back from
 * civil affairs, with an error naming social security — a partial answer.
 */
export const FAILING_DEPARTMENT = 'social-security';

/** Civil affairs alone: what a failing social security must not slow down. */
export const UNAFFECTED_QUERY = 'query($id: String!) { person(idNumber: $id) { name maritalStatus household { address } } }';

/** Civil affairs and social security. */
export const AFFECTED_QUERY = 'query($id: String!) { person(idNumber: $id) { name maritalStatus insured } }';

/**
 *   complete  every field, no error
 *   partial   civil affairs' fields, social security's missing, every error naming social security
 *   failed    anything else (no person, an error about something else, not GraphQL)
 * `circuitOpen` when social security was not even called (reason CIRCUIT_OPEN).
 */
export type AnswerKind = 'complete' | 'partial' | 'failed';

export interface Judged {
  kind: AnswerKind;
  circuitOpen: boolean;
}

interface Body {
  data?: { person?: { name?: unknown; insured?: unknown } | null } | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown; serviceName?: unknown; reason?: unknown } }>;
}

/** Judges an answer to either query; `affected` says whether social security's `insured` was asked. */
export function judgeAnswer(status: number, text: string, affected: boolean): Judged {
  let body: Body;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    return { kind: 'failed', circuitOpen: false };
  }
  const person = body.data?.person;
  const errors = body.errors ?? [];
  const circuitOpen = errors.some((e) => e.extensions?.reason === 'CIRCUIT_OPEN');
  if (status !== 200 || typeof person?.name !== 'string') return { kind: 'failed', circuitOpen };
  if (errors.length === 0) return { kind: !affected || typeof person.insured === 'boolean' ? 'complete' : 'failed', circuitOpen };
  const namesDepartment = errors.every((e) => e.extensions?.serviceName === FAILING_DEPARTMENT);
  return { kind: affected && namesDepartment && person.insured == null ? 'partial' : 'failed', circuitOpen };
}
