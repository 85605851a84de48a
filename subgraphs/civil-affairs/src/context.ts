import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import { ResidentService } from './modules/person/resident.service';
import { HouseholdService } from './modules/household/household.service';
import { MarriageService } from './modules/marriage/marriage.service';
import { BenefitService } from './modules/benefit/benefit.service';

/** Per-request loaders over the department's batch-shaped services. */
export function civilAffairsLoaders({ prisma, loaders }: ContextInput<PrismaClient>) {
  const residents = new ResidentService(prisma);
  const households = new HouseholdService(prisma);
  const marriages = new MarriageService(prisma);
  const benefits = new BenefitService(prisma);
  return {
    resident: loaders.one('resident', (ids: readonly string[]) => residents.findByIdNumbers(ids)),
    householdMembers: loaders.many('householdMembers', (ids: readonly string[]) => residents.findByHouseholds(ids)),
    household: loaders.one('household', (ids: readonly string[]) => households.findByIds(ids)),
    marriages: loaders.many('marriages', (ids: readonly string[]) => marriages.findByParties(ids)),
    benefits: loaders.many('benefits', (ids: readonly string[]) => benefits.findByBeneficiaries(ids)),
    householdBenefits: loaders.many('householdBenefits', (ids: readonly string[]) => benefits.findByHouseholds(ids)),
  };
}

export interface CivilAffairsContext extends SubgraphContext {
  data: ReturnType<typeof civilAffairsLoaders>;
}

export function createContext(input: ContextInput<PrismaClient>): CivilAffairsContext {
  return { ...input.hub, loaders: input.loaders, log: input.log, data: civilAffairsLoaders(input) };
}
