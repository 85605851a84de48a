import { startTestSubgraph, townName, type TestSubgraph } from '@hub/kit';
import type { MarketEntity as MarketEntityRow, Permit as PermitRow, PrismaClient } from '../src/__generated__/prisma/client';
import { marketAccess } from '../src/server';

export type MarketAccessTest = TestSubgraph<PrismaClient>;

/** The department on port 0 with a fresh database holding the demo population's register (synth). */
export function startMarketAccess(): Promise<MarketAccessTest> {
  return startTestSubgraph(marketAccess);
}

export const PERMIT_FIELDS = 'kind number scope issuedOn validUntil status issuedBy asOf marketEntity { creditCode }';

export const ENTITY_FIELDS = `creditCode name kind status legalRepresentative { idNumber } legalRepresentativeName
  registeredAddress divisionCode divisionName businessScope registeredCapitalFen establishedOn
  registrationAuthority asOf permits { ${PERMIT_FIELDS} }`;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What GraphQL must answer for a row of the register (ENTITY_FIELDS), computed from the database. */
export function expectedEntity(row: MarketEntityRow & { permits: PermitRow[] }) {
  return {
    creditCode: row.creditCode,
    name: row.name,
    kind: row.kind,
    status: row.status,
    legalRepresentative: { idNumber: row.legalRepresentativeIdNumber },
    legalRepresentativeName: row.legalRepresentativeName,
    registeredAddress: row.registeredAddress,
    divisionCode: row.divisionCode,
    divisionName: townName(row.divisionCode) ?? null,
    businessScope: row.businessScope,
    registeredCapitalFen: Number(row.registeredCapitalFen),
    establishedOn: day(row.establishedOn),
    registrationAuthority: row.registrationAuthority,
    asOf: row.asOf.toISOString(),
    permits: [...row.permits]
      .sort((a, b) => a.issuedOn.getTime() - b.issuedOn.getTime() || a.number.localeCompare(b.number))
      .map((p) => ({
        kind: p.kind,
        number: p.number,
        scope: p.scope,
        issuedOn: day(p.issuedOn),
        validUntil: day(p.validUntil),
        status: p.status,
        issuedBy: p.issuedBy,
        asOf: p.asOf.toISOString(),
        marketEntity: { creditCode: row.creditCode },
      })),
  };
}
