import type { Problem } from '../api/problems';
import type { AcceptanceTerms, Applicant, CaseDetail, Catalogue, Correction, Grant, IntakeState, Lookup, MaterialMark, OpenedCase, PrefilledForm, Selection } from './model';

export type IntakeAction =
  | { type: 'applicantConfirmed'; applicant: Applicant }
  | { type: 'catalogueLoaded'; catalogue: Catalogue }
  | { type: 'caseOpened'; selection: Selection; opened: OpenedCase }
  | { type: 'prefilled'; form: PrefilledForm; problems: Problem[]; card: Lookup }
  | { type: 'grantRefreshed'; grant: Grant }
  | { type: 'fieldTyped'; key: string; value: string }
  | { type: 'fieldCorrected'; correction: Correction }
  | { type: 'materialMarked'; code: string; mark: MaterialMark | null }
  | { type: 'dueDateSet'; code: string; date: string }
  | { type: 'commitmentTyped'; text: string }
  | { type: 'termsLoaded'; terms: AcceptanceTerms }
  | { type: 'caseDecided'; outcome: CaseDetail }
  | { type: 'restarted' };

export const EMPTY_INTAKE: IntakeState = {
  applicant: null,
  selection: null,
  case: null,
  card: null,
  form: null,
  formProblems: [],
  typed: {},
  corrections: {},
  marks: {},
  dueDates: {},
  commitment: '',
  terms: null,
  outcome: null,
  catalogue: null,
};

/** Another applicant or matter drops what belonged to the previous case and its form. */
const freshCase: Omit<IntakeState, 'applicant' | 'selection' | 'catalogue'> = {
  case: null,
  card: null,
  form: null,
  formProblems: [],
  typed: {},
  corrections: {},
  marks: {},
  dueDates: {},
  commitment: '',
  terms: null,
  outcome: null,
};

export function intakeReducer(state: IntakeState, action: IntakeAction): IntakeState {
  switch (action.type) {
    case 'applicantConfirmed':
      return { ...state, ...freshCase, applicant: action.applicant, selection: null };
    case 'catalogueLoaded':
      return { ...state, catalogue: action.catalogue };
    case 'caseOpened':
      // The same case again (a retried prefill) keeps what was done on it.
      if (state.case?.id === action.opened.id) return { ...state, case: action.opened };
      return { ...state, ...freshCase, selection: action.selection, case: action.opened };
    case 'prefilled':
      return { ...state, form: action.form, formProblems: action.problems, card: action.card, typed: {}, corrections: {}, marks: {}, dueDates: {} };
    case 'grantRefreshed':
      return state.case ? { ...state, case: { ...state.case, grant: action.grant } } : state;
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
    case 'dueDateSet':
      return { ...state, dueDates: { ...state.dueDates, [action.code]: action.date } };
    case 'commitmentTyped':
      return { ...state, commitment: action.text };
    case 'termsLoaded':
      return { ...state, terms: action.terms };
    case 'caseDecided':
      return { ...state, outcome: action.outcome, case: state.case ? { ...state.case, status: action.outcome.status, version: action.outcome.version } : null };
    case 'restarted':
      return { ...EMPTY_INTAKE, catalogue: state.catalogue };
  }
}
