import type { PrismaLike, SubgraphContext, SubgraphDefinition } from '@hub/kit';
import * as civilAffairs from '@hub/civil-affairs/dist/server';
import * as socialSecurity from '@hub/social-security/dist/server';
import * as marketAccess from '@hub/market-access/dist/server';
import * as eLicense from '@hub/e-license/dist/server';
import * as intake from '@hub/intake/dist/server';

/** Every department subgraph the hub runs, with its default port. */
export interface Department {
  name: string;
  port: number;
  definition: SubgraphDefinition<PrismaLike, SubgraphContext>;
}

// Each definition is generic in its own Prisma client and context; the scripts only use
// the parts every department shares.
const asDepartment = <P extends PrismaLike, C extends SubgraphContext>(
  module: { NAME: string; DEFAULT_PORT: number },
  definition: SubgraphDefinition<P, C>,
): Department => ({
  name: module.NAME,
  port: module.DEFAULT_PORT,
  definition: definition as unknown as SubgraphDefinition<PrismaLike, SubgraphContext>,
});

export const DEPARTMENTS: Department[] = [
  asDepartment(civilAffairs, civilAffairs.civilAffairs),
  asDepartment(socialSecurity, socialSecurity.socialSecurity),
  asDepartment(marketAccess, marketAccess.marketAccess),
  asDepartment(eLicense, eLicense.eLicense),
  asDepartment(intake, intake.intake),
];
