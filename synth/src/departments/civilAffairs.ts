import { confirmedAt, isoDate } from '../calendar';
import { STREAM } from '../random';
import type { Department } from './department';
import { defineTable } from './tables';

/** 民政: households, residents, marriage registrations, social assistance. */
interface HouseholdRow {
  id: string;
  divisionCode: string;
  address: string;
  headIdNumber: string;
  registeredOn: string;
  asOf: string;
}
interface ResidentRow {
  idNumber: string;
  name: string;
  gender: string;
  ethnicity: string;
  birthDate: string;
  maritalStatus: string;
  phone: string | null;
  householdId: string;
  relation: string;
  deceasedOn: string | null;
  asOf: string;
}
interface MarriageRegistrationRow {
  id: string;
  kind: 'MARRIAGE' | 'DIVORCE';
  partyAIdNumber: string;
  partyBIdNumber: string;
  registeredOn: string;
  registryOffice: string;
  certificateNumber: string;
  asOf: string;
}
interface BenefitRow {
  id: string;
  kind: string;
  beneficiaryIdNumber: string;
  householdId: string | null;
  monthlyAmountFen: number;
  startDate: string;
  endDate: string | null;
  status: string;
  asOf: string;
}

const TS = 'timestamptz';
const HOUSEHOLD = defineTable<HouseholdRow>('Household', [
  ['id', 'text'], ['divisionCode', 'char(9)'], ['address', 'text'], ['headIdNumber', 'char(18)'], ['registeredOn', 'date'], ['asOf', TS],
]);
const RESIDENT = defineTable<ResidentRow>('Resident', [
  ['idNumber', 'char(18)'], ['name', 'text'], ['gender', '"Gender"'], ['ethnicity', 'text'], ['birthDate', 'date'],
  ['maritalStatus', '"MaritalStatus"'], ['phone', 'text'], ['householdId', 'text'], ['relation', '"HouseholdRelation"'],
  ['deceasedOn', 'date'], ['asOf', TS],
]);
const MARRIAGE_REGISTRATION = defineTable<MarriageRegistrationRow>('MarriageRegistration', [
  ['id', 'text'], ['kind', '"MarriageRegistrationKind"'], ['partyAIdNumber', 'char(18)'], ['partyBIdNumber', 'char(18)'],
  ['registeredOn', 'date'], ['registryOffice', 'text'], ['certificateNumber', 'text'], ['asOf', TS],
]);
const BENEFIT = defineTable<BenefitRow>('Benefit', [
  ['id', 'text'], ['kind', '"BenefitKind"'], ['beneficiaryIdNumber', 'char(18)'], ['householdId', 'text'], ['monthlyAmountFen', 'integer'],
  ['startDate', 'date'], ['endDate', 'date'], ['status', '"BenefitStatus"'], ['asOf', TS],
]);

const optionalDate = (day: number | null): string | null => (day === null ? null : isoDate(day));

export const civilAffairs: Department = {
  name: 'civil-affairs',
  needs: { work: false, licences: false },
  tables: [HOUSEHOLD, RESIDENT, MARRIAGE_REGISTRATION, BENEFIT],
  clockStream: STREAM.confirmedCivilAffairs,
  addHousehold(set, { household, welfare }, clock) {
    const head = household.members[0]!;
    set.add(HOUSEHOLD, {
      id: household.id, divisionCode: household.village.townCode, address: household.address, headIdNumber: head.idNumber,
      registeredOn: isoDate(household.registeredOn), asOf: confirmedAt(clock, household.registeredOn),
    });
    for (const p of household.members) {
      set.add(RESIDENT, {
        idNumber: p.idNumber, name: p.name, gender: p.gender, ethnicity: p.ethnicity, birthDate: isoDate(p.birth),
        maritalStatus: p.maritalStatus, phone: p.phone, householdId: household.id, relation: p.relation,
        deceasedOn: optionalDate(p.deceasedOn), asOf: confirmedAt(clock, p.deceasedOn ?? p.birth),
      });
    }
    household.marriages.forEach((m, i) => {
      const parties = { partyAIdNumber: m.husbandIdNumber, partyBIdNumber: m.wifeIdNumber, registryOffice: m.registryOffice };
      set.add(MARRIAGE_REGISTRATION, {
        id: `${household.id}-M${i + 1}`, kind: 'MARRIAGE', ...parties, registeredOn: isoDate(m.registeredOn),
        certificateNumber: m.certificateNumber, asOf: confirmedAt(clock, m.registeredOn),
      });
      if (m.divorce) {
        set.add(MARRIAGE_REGISTRATION, {
          id: `${household.id}-D${i + 1}`, kind: 'DIVORCE', ...parties, registeredOn: isoDate(m.divorce.registeredOn),
          certificateNumber: m.divorce.certificateNumber, asOf: confirmedAt(clock, m.divorce.registeredOn),
        });
      }
    });
    for (const b of welfare.benefits) {
      set.add(BENEFIT, {
        id: b.id, kind: b.kind, beneficiaryIdNumber: b.beneficiary.idNumber, householdId: b.householdId, monthlyAmountFen: b.monthlyAmountFen,
        startDate: isoDate(b.startDate), endDate: optionalDate(b.endDate), status: b.status, asOf: confirmedAt(clock, b.endDate ?? b.startDate),
      });
    }
  },
};
