import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import { ResidentService } from './modules/person/resident.service';
import { HouseholdService } from './modules/household/household.service';
import { MarriageService } from './modules/marriage/marriage.service';
import { BenefitService } from './modules/benefit/benefit.service';
import { AccessLogService } from './modules/access/access.service';

/** Per-request loaders over the department's batch-shaped services. */
export function civilAffairsLoaders({ prisma, loaders }: ContextInput<PrismaClient>) {
  const residents = new ResidentService(prisma);
  const households = new HouseholdService(prisma);
  const marriages = new MarriageService(prisma);
  const benefits = new BenefitService(prisma);
  const resident = loaders.one('resident', (ids: readonly string[]) => residents.findByIdNumbers(ids));
  return {
    resident,
    householdMembers: loaders.many('householdMembers', (ids: readonly string[]) => residents.findByHouseholds(ids)),
    household: loaders.one('household', (ids: readonly string[]) => households.findByIds(ids)),
    // Spouses' registry rows are read in the same batch, so a spouse's name never costs a
    // statement of its own whose timing would depend on which other loads finished first.
    marriages: loaders.many('marriages', async (ids: readonly string[]) => {
      const found = await marriages.findByParties(ids);
      const spouses = [...found.values()].flat().map((m) => m.spouse.idNumber);
      if (spouses.length) {
        // A spouse registered elsewhere is known to be absent here; cache that too.
        const rows = await residents.findByIdNumbers(spouses);
        for (const id of spouses) resident.prime(id, rows.get(id) ?? null);
      }
      return found;
    }),
    benefits: loaders.many('benefits', (ids: readonly string[]) => benefits.findByBeneficiaries(ids)),
    householdBenefits: loaders.many('householdBenefits', (ids: readonly string[]) => benefits.findByHouseholds(ids)),
    accessLog: new AccessLogService(prisma),
  };
}

export interface CivilAffairsContext extends SubgraphContext {
  data: ReturnType<typeof civilAffairsLoaders>;
}

export function createContext(input: ContextInput<PrismaClient>): CivilAffairsContext {
  return { ...input.hub, loaders: input.loaders, log: input.log, access: input.access, data: civilAffairsLoaders(input) };
}
