import type { Employment as EmploymentRow } from '../../__generated__/prisma/client';
import { marketEntityRef } from '../market-entity/market-entity.type';
import { Employment } from './employment.type';

export function employmentFromRow(row: EmploymentRow): Employment {
  return Object.assign(new Employment(), {
    id: row.id,
    employer: marketEntityRef(row.employerCreditCode),
    employerName: row.employerName,
    position: row.position,
    startDate: row.startDate,
    endDate: row.endDate,
    current: row.endDate === null,
    monthlyWageFen: row.monthlyWageFen,
    asOf: row.asOf,
  });
}
