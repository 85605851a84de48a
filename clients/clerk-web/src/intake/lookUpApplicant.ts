import { applicantEntityCard, applicantPersonCard } from '@hub/sdk';
import type { Ask } from '../api/hub';
import type { Problem } from '../api/problems';
import type { ApplicantKind } from '../domain/subjectCheck';
import type { Lookup } from './model';

/**
 * Confirms who applies from the register that holds them: civil affairs for a person,
 * market regulation for a market entity. A read refused for want of a purpose is not an
 * error at the window: the prefill reads the applicant's data for the matter chosen.
 */
export async function lookUpApplicant(ask: Ask, kind: ApplicantKind, id: string): Promise<Lookup> {
  if (kind === 'PERSON') {
    const answer = await ask(applicantPersonCard, { idNumber: id });
    return answer.data?.person ? { status: 'person', card: answer.data.person } : absent(answer.problems);
  }
  const answer = await ask(applicantEntityCard, { creditCode: id });
  return answer.data?.marketEntity ? { status: 'entity', card: answer.data.marketEntity } : absent(answer.problems);
}

function absent(problems: Problem[]): Lookup {
  if (problems.length === 0) return { status: 'notFound' };
  return problems.every((p) => p.kind === 'noPurpose') ? { status: 'withheld', problems } : { status: 'failed', problems };
}
