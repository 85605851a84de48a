import { confirmedAt, isoDate } from '../calendar';
import { STREAM } from '../random';
import type { Department } from './department';
import { defineTable } from './tables';

/** 市场监管: market entities and their permits. */
interface MarketEntityRow {
  creditCode: string;
  name: string;
  kind: string;
  legalRepresentativeIdNumber: string;
  legalRepresentativeName: string;
  registeredAddress: string;
  divisionCode: string;
  businessScope: string;
  registeredCapitalFen: number;
  establishedOn: string;
  status: string;
  registrationAuthority: string;
  asOf: string;
}
interface PermitRow {
  id: string;
  creditCode: string;
  kind: string;
  number: string;
  scope: string;
  issuedOn: string;
  validUntil: string;
  status: string;
  issuedBy: string;
  asOf: string;
}

const TS = 'timestamptz';
const MARKET_ENTITY = defineTable<MarketEntityRow>('MarketEntity', [
  ['creditCode', 'char(18)'], ['name', 'text'], ['kind', '"MarketEntityKind"'], ['legalRepresentativeIdNumber', 'char(18)'],
  ['legalRepresentativeName', 'text'], ['registeredAddress', 'text'], ['divisionCode', 'char(9)'], ['businessScope', 'text'],
  ['registeredCapitalFen', 'bigint'], ['establishedOn', 'date'], ['status', '"MarketEntityStatus"'], ['registrationAuthority', 'text'], ['asOf', TS],
]);
const PERMIT = defineTable<PermitRow>('Permit', [
  ['id', 'text'], ['creditCode', 'char(18)'], ['kind', '"PermitKind"'], ['number', 'text'], ['scope', 'text'], ['issuedOn', 'date'],
  ['validUntil', 'date'], ['status', '"PermitStatus"'], ['issuedBy', 'text'], ['asOf', TS],
]);

export const marketAccess: Department = {
  name: 'market-access',
  needs: { work: false, licences: false },
  tables: [MARKET_ENTITY, PERMIT],
  clockStream: STREAM.confirmedMarketAccess,
  addHousehold(set, { entities }, clock) {
    for (const e of entities) {
      set.add(MARKET_ENTITY, {
        creditCode: e.creditCode, name: e.name, kind: e.kind, legalRepresentativeIdNumber: e.representative.idNumber,
        legalRepresentativeName: e.representative.name, registeredAddress: e.registeredAddress, divisionCode: e.townCode,
        businessScope: e.businessScope, registeredCapitalFen: e.capitalFen, establishedOn: isoDate(e.establishedOn), status: e.status,
        registrationAuthority: e.registrationAuthority.name, asOf: confirmedAt(clock, e.establishedOn),
      });
      for (const p of e.permits) {
        set.add(PERMIT, {
          id: p.id, creditCode: e.creditCode, kind: p.kind, number: p.number, scope: p.scope, issuedOn: isoDate(p.issuedOn),
          validUntil: isoDate(p.validUntil), status: p.status, issuedBy: p.issuer.name, asOf: confirmedAt(clock, p.issuedOn),
        });
      }
    }
  },
};
