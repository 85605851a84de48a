import { townName } from '@hub/kit';
import type { Household as HouseholdRow } from '../../__generated__/prisma/client';
import { Household } from './household.type';

export function householdFromRow(row: HouseholdRow): Household {
  return Object.assign(new Household(), {
    id: row.id,
    address: row.address,
    division: { code: row.divisionCode, name: townName(row.divisionCode) },
    headIdNumber: row.headIdNumber,
    registeredOn: row.registeredOn,
    asOf: row.asOf,
  });
}
