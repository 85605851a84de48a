import type { SocialSecurityCard as CardRow } from '../../__generated__/prisma/client';
import { SocialSecurityCard } from './card.type';

export function cardFromRow(row: CardRow): SocialSecurityCard {
  return Object.assign(new SocialSecurityCard(), {
    cardNumber: row.cardNumber,
    issuedOn: row.issuedOn,
    bank: row.bank,
    status: row.status,
    asOf: row.asOf,
  });
}
