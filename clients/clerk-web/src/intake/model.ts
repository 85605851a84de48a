import type {
  ApplicantEntityCardQuery,
  ApplicantPersonCardQuery,
  CorrectPrefilledFieldMutation,
  MatterCatalogueQuery,
  PrefillFormMutation,
} from '@hub/sdk';
import type { Problem } from '../api/problems';
import type { ApplicantKind, EntityFacts, PersonFacts } from '../domain/subjectCheck';

/** What one intake at the window holds, from the applicant to the materials checklist. */
export type PrefilledForm = PrefillFormMutation['prefillForm'];
export type PrefilledField = PrefilledForm['fields'][number];
export type MaterialCheck = PrefilledForm['materials'][number];
export type Correction = CorrectPrefilledFieldMutation['correctPrefilledField'];
export type Catalogue = MatterCatalogueQuery;
export type Matter = Catalogue['matters'][number];
export type Bundle = Catalogue['lifeEventBundles'][number];
export type PersonCard = NonNullable<ApplicantPersonCardQuery['person']>;
export type EntityCard = NonNullable<ApplicantEntityCardQuery['marketEntity']>;

/** What the register said when the applicant was looked up. */
export type Lookup =
  | { status: 'person'; card: PersonCard }
  | { status: 'entity'; card: EntityCard }
  | { status: 'notFound' }
  /** Personal data is read only for a matter (按需共享): the prefill reads it, not the lookup. */
  | { status: 'withheld'; problems: Problem[] }
  | { status: 'failed'; problems: Problem[] };

export interface Applicant {
  kind: ApplicantKind;
  id: string;
  facts: PersonFacts | EntityFacts;
  lookup: Lookup;
}

/** A matter (事项) or a life-event bundle (一件事) chosen from the catalogue. */
export interface Selection {
  type: 'matter' | 'bundle';
  code: string;
  name: string;
  englishName: string;
}

/** How the clerk marked a paper material: received (original checked), or accepted missing (容缺). */
export type MaterialMark = 'received' | 'tolerated';

export interface IntakeState {
  applicant: Applicant | null;
  selection: Selection | null;
  form: PrefilledForm | null;
  /** What the gateway could not add to the form (e.g. a licence's details refused), shown for support. */
  formProblems: Problem[];
  /** Values the clerk typed for fields no department filled, by field key. */
  typed: Record<string, string>;
  /** Corrections of prefilled values, by field key (the latest wins). */
  corrections: Record<string, Correction>;
  marks: Record<string, MaterialMark>;
  catalogue: Catalogue | null;
}
