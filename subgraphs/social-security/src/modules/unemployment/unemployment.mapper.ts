import type { UnemploymentRegistration as RegistrationRow } from '../../__generated__/prisma/client';
import { UnemploymentRegistration } from './unemployment.type';

export function unemploymentFromRow(row: RegistrationRow): UnemploymentRegistration {
  return Object.assign(new UnemploymentRegistration(), {
    id: row.id,
    registeredOn: row.registeredOn,
    endedOn: row.endedOn,
    status: row.status,
    asOf: row.asOf,
  });
}
