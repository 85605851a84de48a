import type { Day } from '../calendar';
import type { EnterpriseProfile } from '../market/enterprises';
import type { Person } from '../people/model';

/** The social-security enums, spelled as in the department's database. */
export type InsuranceScheme = 'ENTERPRISE_EMPLOYEE_PENSION' | 'URBAN_RURAL_RESIDENT_PENSION' | 'UNEMPLOYMENT' | 'WORK_INJURY';
export type EnrolmentStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
export type CardStatus = 'ACTIVE' | 'LOST' | 'CANCELLED';

/** Enrolment in one insurance scheme (参保登记). */
export interface Enrolment {
  scheme: InsuranceScheme;
  status: EnrolmentStatus;
  startDate: Day;
  endDate: Day | null;
  contributionMonths: number;
  monthlyBaseFen: number;
  employer: EnterpriseProfile | null;
}

/** An employment relationship (用工登记). */
export interface Job {
  employer: EnterpriseProfile;
  position: string;
  startDate: Day;
  endDate: Day | null;
  monthlyWageFen: number;
}

/** Unemployment registration (失业登记). */
export interface UnemploymentSpell {
  registeredOn: Day;
  endedOn: Day | null;
}

/** Social security card (社会保障卡). */
export interface Card {
  cardNumber: string;
  issuedOn: Day;
  bank: string;
  status: CardStatus;
}

/** Employment-and-entrepreneurship certificate (就业创业证). */
export interface Certificate {
  number: string;
  issuedOn: Day;
  issuedBy: string;
}

/** What social security knows about one person; empty lists for someone it never met. */
export interface WorkRecord {
  person: Person;
  enrolments: Enrolment[];
  jobs: Job[];
  unemployment: UnemploymentSpell[];
  card: Card | null;
  certificate: Certificate | null;
}

export const emptyRecord = (person: Person): WorkRecord => ({ person, enrolments: [], jobs: [], unemployment: [], card: null, certificate: null });
