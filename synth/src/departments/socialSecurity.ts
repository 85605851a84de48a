import { confirmedAt, isoDate } from '../calendar';
import { STREAM } from '../random';
import type { Department } from './department';
import { defineTable } from './tables';

/** 人社: insurance enrolments, employment, cards, unemployment, employment certificates. */
interface InsuranceEnrolmentRow {
  id: string;
  idNumber: string;
  scheme: string;
  status: string;
  startDate: string;
  endDate: string | null;
  contributionMonths: number;
  monthlyBaseFen: number;
  employerCreditCode: string | null;
  asOf: string;
}
interface EmploymentRow {
  id: string;
  idNumber: string;
  employerCreditCode: string;
  employerName: string;
  position: string;
  startDate: string;
  endDate: string | null;
  monthlyWageFen: number;
  asOf: string;
}
interface SocialSecurityCardRow {
  cardNumber: string;
  idNumber: string;
  issuedOn: string;
  bank: string;
  status: string;
  asOf: string;
}
interface UnemploymentRegistrationRow {
  id: string;
  idNumber: string;
  registeredOn: string;
  endedOn: string | null;
  status: 'REGISTERED' | 'ENDED';
  asOf: string;
}
interface EmploymentCertificateRow {
  number: string;
  idNumber: string;
  issuedOn: string;
  issuedBy: string;
  asOf: string;
}

const TS = 'timestamptz';
const ENROLMENT = defineTable<InsuranceEnrolmentRow>('InsuranceEnrolment', [
  ['id', 'text'], ['idNumber', 'char(18)'], ['scheme', '"InsuranceScheme"'], ['status', '"EnrolmentStatus"'], ['startDate', 'date'],
  ['endDate', 'date'], ['contributionMonths', 'integer'], ['monthlyBaseFen', 'integer'], ['employerCreditCode', 'char(18)'], ['asOf', TS],
]);
const EMPLOYMENT = defineTable<EmploymentRow>('Employment', [
  ['id', 'text'], ['idNumber', 'char(18)'], ['employerCreditCode', 'char(18)'], ['employerName', 'text'], ['position', 'text'],
  ['startDate', 'date'], ['endDate', 'date'], ['monthlyWageFen', 'integer'], ['asOf', TS],
]);
const CARD = defineTable<SocialSecurityCardRow>('SocialSecurityCard', [
  ['cardNumber', 'text'], ['idNumber', 'char(18)'], ['issuedOn', 'date'], ['bank', 'text'], ['status', '"CardStatus"'], ['asOf', TS],
]);
const UNEMPLOYMENT = defineTable<UnemploymentRegistrationRow>('UnemploymentRegistration', [
  ['id', 'text'], ['idNumber', 'char(18)'], ['registeredOn', 'date'], ['endedOn', 'date'], ['status', '"UnemploymentStatus"'], ['asOf', TS],
]);
const CERTIFICATE = defineTable<EmploymentCertificateRow>('EmploymentCertificate', [
  ['number', 'text'], ['idNumber', 'char(18)'], ['issuedOn', 'date'], ['issuedBy', 'text'], ['asOf', TS],
]);

const optionalDate = (day: number | null): string | null => (day === null ? null : isoDate(day));

export const socialSecurity: Department = {
  name: 'social-security',
  needs: { work: true, licences: false },
  tables: [ENROLMENT, EMPLOYMENT, CARD, UNEMPLOYMENT, CERTIFICATE],
  clockStream: STREAM.confirmedSocialSecurity,
  addHousehold(set, { work }, clock) {
    for (const { person, enrolments, jobs, unemployment, card, certificate } of work ?? []) {
      const idNumber = person.idNumber;
      enrolments.forEach((e, i) => {
        set.add(ENROLMENT, {
          id: `SI${idNumber}-${i + 1}`, idNumber, scheme: e.scheme, status: e.status, startDate: isoDate(e.startDate), endDate: optionalDate(e.endDate),
          contributionMonths: e.contributionMonths, monthlyBaseFen: e.monthlyBaseFen, employerCreditCode: e.employer?.creditCode ?? null,
          asOf: confirmedAt(clock, e.endDate ?? e.startDate),
        });
      });
      jobs.forEach((j, i) => {
        set.add(EMPLOYMENT, {
          id: `EM${idNumber}-${i + 1}`, idNumber, employerCreditCode: j.employer.creditCode, employerName: j.employer.name, position: j.position,
          startDate: isoDate(j.startDate), endDate: optionalDate(j.endDate), monthlyWageFen: j.monthlyWageFen, asOf: confirmedAt(clock, j.endDate ?? j.startDate),
        });
      });
      if (card) set.add(CARD, { cardNumber: card.cardNumber, idNumber, issuedOn: isoDate(card.issuedOn), bank: card.bank, status: card.status, asOf: confirmedAt(clock, card.issuedOn) });
      unemployment.forEach((u, i) => {
        set.add(UNEMPLOYMENT, {
          id: `UR${idNumber}-${i + 1}`, idNumber, registeredOn: isoDate(u.registeredOn), endedOn: optionalDate(u.endedOn),
          status: u.endedOn === null ? 'REGISTERED' : 'ENDED', asOf: confirmedAt(clock, u.endedOn ?? u.registeredOn),
        });
      });
      if (certificate) {
        set.add(CERTIFICATE, { number: certificate.number, idNumber, issuedOn: isoDate(certificate.issuedOn), issuedBy: certificate.issuedBy, asOf: confirmedAt(clock, certificate.issuedOn) });
      }
    }
  },
};
