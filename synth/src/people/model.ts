import type { Day } from '../calendar';
import type { County } from '../places/counties';
import type { Village } from '../places/villages';

/** The civil-affairs enums, spelled as in the department's database. */
export type Gender = 'MALE' | 'FEMALE';
export type Relation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'GRANDCHILD' | 'OTHER';
export type MaritalStatus = 'UNMARRIED' | 'MARRIED' | 'DIVORCED' | 'WIDOWED';

/** A registered resident (户籍人口) as the synthetic world knows them. */
export interface Person {
  /** Unique in the population: household index × 8 + position in the household. */
  key: number;
  idNumber: string;
  name: string;
  surname: string;
  gender: Gender;
  ethnicity: string;
  birth: Day;
  /** Completed years on the reference day (or at death). */
  age: number;
  relation: Relation;
  maritalStatus: MaritalStatus;
  phone: string | null;
  deceasedOn: Day | null;
}

/** A marriage registration and, when it ended in divorce, the divorce registration. */
export interface Marriage {
  husbandIdNumber: string;
  wifeIdNumber: string;
  registeredOn: Day;
  registryOffice: string;
  certificateNumber: string;
  divorce: { registeredOn: Day; certificateNumber: string } | null;
  /** Both spouses are living residents of this household and still married. */
  current: boolean;
}

/** A household register (户口簿): where it is, who is in it, and their marriages. */
export interface Household {
  index: number;
  id: string;
  county: County;
  village: Village;
  address: string;
  registeredOn: Day;
  /** The head first, then spouse, parents, children, a child's spouse, grandchildren. */
  members: Person[];
  marriages: Marriage[];
}

export const isLiving = (p: Person): boolean => p.deceasedOn === null;
