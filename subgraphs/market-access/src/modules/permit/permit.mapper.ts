import type { Permit as PermitRow } from '../../__generated__/prisma/client';
import { marketEntityRef } from '../market-entity/market-entity.type';
import { Permit } from './permit.type';

export function permitFromRow(row: PermitRow): Permit {
  return Object.assign(new Permit(), {
    kind: row.kind,
    number: row.number,
    scope: row.scope,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status: row.status,
    issuedBy: row.issuedBy,
    asOf: row.asOf,
    marketEntity: marketEntityRef(row.creditCode),
  });
}
