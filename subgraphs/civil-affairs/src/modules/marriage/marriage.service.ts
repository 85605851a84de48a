import type { MarriageRegistration as MarriageRow, PrismaClient } from '../../__generated__/prisma/client';
import { MarriageRegistration } from './marriage.type';
import { Person } from '../person/person.type';

export class MarriageService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Registrations of each person, oldest first, seen from that person's side. */
  async findByParties(idNumbers: readonly string[]): Promise<Map<string, MarriageRegistration[]>> {
    const ids = [...idNumbers];
    const rows = await this.prisma.marriageRegistration.findMany({
      where: { OR: [{ partyAIdNumber: { in: ids } }, { partyBIdNumber: { in: ids } }] },
      orderBy: { registeredOn: 'asc' },
    });
    const wanted = new Set(ids);
    const byParty = new Map<string, MarriageRegistration[]>();
    for (const row of rows) {
      for (const [self, other] of [[row.partyAIdNumber, row.partyBIdNumber], [row.partyBIdNumber, row.partyAIdNumber]] as const) {
        if (!wanted.has(self)) continue;
        const list = byParty.get(self) ?? [];
        list.push(registrationSeenBy(row, other));
        byParty.set(self, list);
      }
    }
    return byParty;
  }
}

function registrationSeenBy(row: MarriageRow, otherParty: string): MarriageRegistration {
  return Object.assign(new MarriageRegistration(), {
    id: row.id,
    kind: row.kind,
    registeredOn: row.registeredOn,
    registryOffice: row.registryOffice,
    certificateNumber: row.certificateNumber,
    spouse: Object.assign(new Person(), { idNumber: otherParty }),
    asOf: row.asOf,
  });
}
