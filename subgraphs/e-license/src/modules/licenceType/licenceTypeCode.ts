import { badUserInput, creditCodeProblem, requireBatch } from '@hub/kit';

const SEQUENCE = /^\d{3}$/;

/** Why a licence type code is not acceptable, or null: a credit code (GB 32100) plus a 3-digit sequence. */
export function licenceTypeCodeProblem(code: string): string | null {
  if (code.length !== 21 || !SEQUENCE.test(code.slice(18))) {
    return 'a licence type code is the defining authority’s 18-character credit code followed by a 3-digit sequence';
  }
  const problem = creditCodeProblem(code.slice(0, 18));
  return problem ? `its credit code part ${problem}` : null;
}

/** Normalises and checks a `types` filter argument; absent means every type. */
export function requireLicenceTypeCodes(values: readonly string[] | null | undefined, field = 'types'): string[] | null {
  if (values === null || values === undefined) return null;
  return requireBatch([...values], field, 100).map((value, i) => {
    const code = value.trim().toUpperCase();
    const problem = licenceTypeCodeProblem(code);
    if (problem) throw badUserInput(`${field}[${i}]`, problem);
    return code;
  });
}
