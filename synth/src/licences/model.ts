import type { Day } from '../calendar';
import type { Organ } from '../places/organs';
import type { LicenceType } from './catalogue';
import { licenceIdentifier } from './identifier';

/** The e-licence enums, spelled as in the department's database. */
export type LicenceStatus = 'VALID' | 'REVOKED' | 'CANCELLED' | 'EXPIRED' | 'WITHDRAWN';

/** One permit an industry comprehensive licence carries (一证制). */
export interface CarriedPermit {
  名称: string;
  /** The permit's own number, or '' when it has none besides this licence's. */
  编号: string;
  有效期至: string;
}

/** A surface item's value: text, or the permits of an industry comprehensive licence. */
export type SurfaceValue = string | CarriedPermit[];

/** An issued e-licence with its core metadata (GB/T 36903) and surface data. */
export interface Licence {
  id: string;
  type: LicenceType;
  number: string;
  holderName: string;
  holderCode: string;
  issuer: Organ;
  issuedOn: Day;
  validFrom: Day;
  validUntil: Day | null;
  jurisdiction: string;
  status: LicenceStatus;
  surfaceData: Record<string, SurfaceValue>;
  /** The latest event the licence reflects: its department cannot have confirmed it earlier. */
  lastChange: Day;
}

export interface LicenceDraft {
  type: LicenceType;
  /** The issuer's own serial for it: unique per type, only 0-9 and A-Z. */
  serial: string;
  number: string;
  holderName: string;
  holderCode: string;
  issuer: Organ;
  issuedOn: Day;
  validUntil: Day | null;
  jurisdiction: string;
  status: LicenceStatus;
  surfaceData: Record<string, SurfaceValue>;
}

/** Gives a draft its identifier: 1.2.156.3005.2.<type>.<issuer>.<serial>.001.<check>. */
export function issue(draft: LicenceDraft, lastChange: Day = draft.issuedOn): Licence {
  // Spelled out rather than spread: this runs for millions of licences at scale.
  return {
    id: licenceIdentifier(draft.type.code, draft.issuer.creditCode, draft.serial, '001'),
    type: draft.type,
    number: draft.number,
    holderName: draft.holderName,
    holderCode: draft.holderCode,
    issuer: draft.issuer,
    issuedOn: draft.issuedOn,
    validFrom: draft.issuedOn,
    validUntil: draft.validUntil,
    jurisdiction: draft.jurisdiction,
    status: draft.status,
    surfaceData: draft.surfaceData,
    lastChange,
  };
}
