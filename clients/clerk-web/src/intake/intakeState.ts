import type { Problem } from '../api/problems';
import type { Applicant, Catalogue, Correction, IntakeState, MaterialMark, PrefilledForm, Selection } from './model';

export type IntakeAction =
  | { type: 'applicantConfirmed'; applicant: Applicant }
  | { type: 'catalogueLoaded'; catalogue: Catalogue }
  | { type: 'prefilled'; selection: Selection; form: PrefilledForm; problems: Problem[] }
  | { type: 'fieldTyped'; key: string; value: string }
  | { type: 'fieldCorrected'; correction: Correction }
  | { type: 'materialMarked'; code: string; mark: MaterialMark | null }
  | { type: 'restarted' };

export const EMPTY_INTAKE: IntakeState = { applicant: null, selection: null, form: null, formProblems: [], typed: {}, corrections: {}, marks: {}, catalogue: null };

/** Starting over with another applicant or matter drops what belonged to the previous form. */
const freshForm: Pick<IntakeState, 'form' | 'formProblems' | 'typed' | 'corrections' | 'marks'> = { form: null, formProblems: [], typed: {}, corrections: {}, marks: {} };

export function intakeReducer(state: IntakeState, action: IntakeAction): IntakeState {
  switch (action.type) {
    case 'applicantConfirmed':
      return { ...state, ...freshForm, applicant: action.applicant, selection: null };
    case 'catalogueLoaded':
      return { ...state, catalogue: action.catalogue };
    case 'prefilled':
      return { ...state, ...freshForm, selection: action.selection, form: action.form, formProblems: action.problems };
    case 'fieldTyped':
      return { ...state, typed: { ...state.typed, [action.key]: action.value } };
    case 'fieldCorrected':
      return { ...state, corrections: { ...state.corrections, [action.correction.key]: action.correction } };
    case 'materialMarked': {
      const marks = { ...state.marks };
      if (action.mark) marks[action.code] = action.mark;
      else delete marks[action.code];
      return { ...state, marks };
    }
    case 'restarted':
      return { ...EMPTY_INTAKE, catalogue: state.catalogue };
  }
}
