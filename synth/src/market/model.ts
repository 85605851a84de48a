import type { Day } from '../calendar';
import type { County } from '../places/counties';
import type { Organ } from '../places/organs';
import type { Person } from '../people/model';
import type { EnterpriseProfile, EntityStatus } from './enterprises';
import type { ShopKind } from './shops';

/** The market-access enums, spelled as in the department's database. */
export type EntityKind = 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'FARMER_COOPERATIVE';
export type PermitKind = 'FOOD_BUSINESS' | 'FOOD_PRODUCTION' | 'INDUSTRY_COMPREHENSIVE';
export type PermitStatus = 'VALID' | 'EXPIRED' | 'REVOKED';

/** An administrative permit (行政许可) held by a market entity. */
export interface Permit {
  id: string;
  kind: PermitKind;
  number: string;
  scope: string;
  issuedOn: Day;
  validUntil: Day;
  status: PermitStatus;
  issuer: Organ;
}

/** A registered market entity (市场主体) with its legal representative or operator. */
export interface MarketEntity {
  creditCode: string;
  name: string;
  kind: EntityKind;
  representative: Person;
  registeredAddress: string;
  county: County;
  townCode: string;
  businessScope: string;
  capitalFen: number;
  establishedOn: Day;
  status: EntityStatus;
  registrationAuthority: Organ;
  permits: Permit[];
  /** What kind of shop an individual business is (null for the other kinds). */
  shop: ShopKind | null;
  /** The enterprise profile shared with employers' lookups (null for the other kinds). */
  enterprise: EnterpriseProfile | null;
}

export { type EntityStatus };
