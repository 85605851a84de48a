import type {
  CaseApplicantEntityQuery,
  CaseApplicantPersonQuery,
  CaseDetailFragment,
  CaseStatus,
  CorrectPrefilledFieldMutation,
  MatterCatalogueQuery,
  PrefillFormMutation,
} from '@hub/sdk';
import type { Problem } from '../api/problems';
import type { ApplicantKind, EntityFacts, PersonFacts } from '../domain/subjectCheck';

/** What one intake at the window holds, from the applicant to the case accepted (or not). */
export type PrefilledForm = PrefillFormMutation['prefillForm'];
export type PrefilledField = PrefilledForm['fields'][number];
export type MaterialCheck = PrefilledForm['materials'][number];
export type Correction = CorrectPrefilledFieldMutation['correctPrefilledField'];
export type Catalogue = MatterCatalogueQuery;
export type Matter = Catalogue['matters'][number];
export type Bundle = Catalogue['lifeEventBundles'][number];
export type PersonCard = NonNullable<CaseApplicantPersonQuery['person']>;
export type EntityCard = NonNullable<CaseApplicantEntityQuery['marketEntity']>;
export type CaseDetail = CaseDetailFragment;

/**
 * What the register said about the applicant, read under the case's purpose grant once the
 * matter is chosen: before that the hub shares no personal data (按需共享).
 */
export type Lookup =
  | { status: 'person'; card: PersonCard; problems: Problem[] }
  | { status: 'entity'; card: EntityCard; problems: Problem[] }
  | { status: 'notFound' }
  | { status: 'failed'; problems: Problem[] };

/** Who applies, as the identifier itself says (the kit's checks): nothing read yet. */
export interface Applicant {
  kind: ApplicantKind;
  id: string;
  facts: PersonFacts | EntityFacts;
}

/** A matter (事项) or a life-event bundle (一件事) chosen from the catalogue. */
export interface Selection {
  type: 'matter' | 'bundle';
  code: string;
  name: string;
  englishName: string;
}

/** A purpose grant (用数凭证): the token for x-hub-purpose, until when, and the catalogue paths it lets be read. */
export interface Grant {
  token: string;
  expiresAt: string;
  paths: string[];
}

/** The case opened when the matter was chosen (登记): reads of the applicant's data are made under its grant. */
export interface OpenedCase {
  id: string;
  status: CaseStatus;
  version: number;
  grant: Grant;
  /** The idempotency key of its acceptance, so a retry after a lost answer changes nothing. */
  acceptKey: string;
}

/** How the clerk marked a paper material: received (original checked), or accepted missing (容缺). */
export type MaterialMark = 'received' | 'tolerated';

/** Whether the applicant's written commitment may replace the on-site inspection (承诺告知制), and for which matters. */
export interface AcceptanceTerms {
  commitmentMatters: Array<{ code: string; name: string }>;
}

export interface IntakeState {
  applicant: Applicant | null;
  selection: Selection | null;
  case: OpenedCase | null;
  /** The applicant as the registers hold them, read under the case's grant. */
  card: Lookup | null;
  form: PrefilledForm | null;
  /** What the gateway could not add to the form (e.g. a licence's details refused), shown for support. */
  formProblems: Problem[];
  /** Values the clerk typed for fields no department filled, by field key. */
  typed: Record<string, string>;
  /** Corrections of prefilled values, by field key (the latest wins). */
  corrections: Record<string, Correction>;
  marks: Record<string, MaterialMark>;
  /** 容缺: the day each material accepted missing will be brought by (year-month-day). */
  dueDates: Record<string, string>;
  /** 承诺书, where a matter allows 承诺告知制. */
  commitment: string;
  terms: AcceptanceTerms | null;
  /** The case as acceptance left it: accepted (a receipt) or not (a one-time notice). */
  outcome: CaseDetail | null;
  catalogue: Catalogue | null;
}
