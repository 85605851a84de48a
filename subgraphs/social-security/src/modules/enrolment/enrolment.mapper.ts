import type { InsuranceEnrolment as EnrolmentRow } from '../../__generated__/prisma/client';
import { marketEntityRef } from '../market-entity/market-entity.type';
import { InsuranceEnrolment } from './enrolment.type';

export function enrolmentFromRow(row: EnrolmentRow): InsuranceEnrolment {
  return Object.assign(new InsuranceEnrolment(), {
    id: row.id,
    scheme: row.scheme,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    contributionMonths: row.contributionMonths,
    monthlyBaseFen: row.monthlyBaseFen,
    employer: row.employerCreditCode ? marketEntityRef(row.employerCreditCode) : null,
    asOf: row.asOf,
  });
}
