/**
 * A purpose grant (用数凭证): what the one-window intake service signs when a clerk or an
 * approver may read a subject's data for a case, or a citizen has authorised a centre
 * (用数授权). Departments trust it because intake signed it (purposeToken.ts) and check it
 * against the caller the gateway vouches for. It lists the subjects and, per subject kind,
 * the paths of the data-sharing catalogue's items the matter declares — nothing else may be
 * read under it.
 */
export const PURPOSE_BASES = ['CASE', 'AUTHORISATION'] as const;
export type PurposeBasis = (typeof PURPOSE_BASES)[number];

export interface PurposeGrant {
  /** An open case (办件) at a centre, or the subject's own authorisation (用数授权). */
  basis: PurposeBasis;
  /** The case id or the authorisation id. */
  id: string;
  /** The matter or life-event bundle code the reads serve. */
  matter: string;
  /** Its name, for messages and records, e.g. 开办餐馆. */
  matterName: string;
  /** The service centre whose clerks may use the grant. */
  centre?: string;
  /** Departments whose approvers may use the grant (their back office has a task in the case). */
  departments?: string[];
  /** Citizen ID numbers or credit codes whose data may be read. */
  subjects: string[];
  /**
   * Catalogue paths that may be read, from the subject, e.g. person.household.address;
   * list filters are dropped (person.benefits[status=ACTIVE].kind → person.benefits.kind).
   */
  paths: string[];
  /** Licence type codes whose licences may be read (e-licence items of the matter). */
  licenceTypes: string[];
  /** When a subject's authorisation ends (ISO instant), for a clear message once it has. */
  authorisationExpiresAt?: string;
}
