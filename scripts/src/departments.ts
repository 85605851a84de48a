import type { PrismaLike, SubgraphContext, SubgraphDefinition } from '@hub/kit';
import { civilAffairs } from '@hub/civil-affairs/dist/server';

/** Every department subgraph the hub runs, with its default port. */
export interface Department {
  name: string;
  port: number;
  definition: SubgraphDefinition<PrismaLike, SubgraphContext>;
}

// Each definition is generic in its own Prisma client and context; the scripts only use
// the parts every department shares.
const asDepartment = <P extends PrismaLike, C extends SubgraphContext>(name: string, port: number, definition: SubgraphDefinition<P, C>): Department => ({
  name,
  port,
  definition: definition as unknown as SubgraphDefinition<PrismaLike, SubgraphContext>,
});

export const DEPARTMENTS: Department[] = [
  asDepartment('civil-affairs', 4101, civilAffairs),
];
