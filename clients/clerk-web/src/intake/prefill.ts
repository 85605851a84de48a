import { prefillForm } from '@hub/sdk';
import type { Answer, Ask } from '../api/hub';
import type { Applicant, PrefilledForm, Selection } from './model';

/**
 * Asks intake to fill the form of a matter or bundle for the applicant (表单预填). Intake
 * reads only the items the matter declares, as this clerk, for this matter, and records it.
 */
export async function prefill(ask: Ask, applicant: Applicant, selection: Selection): Promise<Answer<PrefilledForm>> {
  const subject = applicant.kind === 'PERSON' ? { idNumber: applicant.id } : { creditCode: applicant.id };
  const which = selection.type === 'bundle' ? { bundleCode: selection.code } : { matterCode: selection.code };
  const answer = await ask(prefillForm, { subject, ...which });
  return { data: answer.data?.prefillForm ?? null, problems: answer.problems };
}
