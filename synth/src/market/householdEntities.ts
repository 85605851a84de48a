import { makeCreditCode } from '@hub/kit';
import { REFERENCE_DAY, addYears, ageOn, dayOf } from '../calendar';
import { marketOrganisationCode } from '../codes';
import { shopAddress } from '../places/addresses';
import { townOf } from '../places/counties';
import { organ } from '../places/organs';
import type { Household, Person } from '../people/model';
import type { Rng } from '../random';
import { Weighted } from '../weighted';
import type { EnterpriseDirectory, EntityStatus } from './enterprises';
import { TRADE_NAME_CHARS } from './industries';
import type { MarketEntity } from './model';
import { foodBusinessPermit, foodProductionPermit, industryComprehensivePermit } from './permits';
import { COOPERATIVE_PRODUCTS, SHOP_KINDS, type ShopKind } from './shops';

/**
 * The market entities a household's members represent: enterprises founded by the household
 * (fixed by the enterprise directory), individual businesses run by a member, and now and
 * then a village farmer cooperative. Each person represents at most one entity when the
 * household has enough adults.
 */
const SHOP_SALT = 3_141_593;
const COOPERATIVE_SALT = 2_718_281;
const SMALL_STATUSES = new Weighted<EntityStatus>([['ACTIVE', 85], ['CANCELLED', 12], ['REVOKED', 3]]);
const TRADE_CHARS = [...TRADE_NAME_CHARS];

export function householdEntities(rng: Rng, household: Household, directory: EnterpriseDirectory, poor: boolean): MarketEntity[] {
  const taken = new Set<number>();
  const entities = directory.foundedBy(household.index).map((k) => enterprise(rng, household, directory, k, taken));
  const size = household.members.length;
  const shopChance = poor ? (size >= 3 ? 0.45 : 0.15) : household.village.urban ? 0.13 : 0.1;
  for (let j = 0; j < 2 && rng.chance(j === 0 ? shopChance : 0.08); j++) {
    const operator = representative(rng, household, taken, (p) => p.age >= 20 && p.age <= 62);
    if (operator) entities.push(shop(rng, household, operator, j));
  }
  if (!household.village.urban && rng.chance(0.012)) {
    const chair = representative(rng, household, taken, (p) => p.age >= 30 && p.age <= 65);
    if (chair) entities.push(cooperative(rng, household, chair));
  }
  return entities;
}

/**
 * A living member who fits and does not represent anything yet; with `anyAdult`, failing
 * that, any living adult who is free.
 */
function representative(rng: Rng, household: Household, taken: Set<number>, fits: (p: Person) => boolean, anyAdult = false): Person | undefined {
  const living = household.members.filter((p) => p.deceasedOn === null && p.age >= 18);
  const fit = living.filter((p) => fits(p) && !taken.has(p.key));
  const chosen = fit.length > 0 ? rng.pick(fit) : anyAdult ? living.find((p) => !taken.has(p.key)) : undefined;
  if (chosen) taken.add(chosen.key);
  return chosen;
}

function enterprise(rng: Rng, household: Household, directory: EnterpriseDirectory, k: number, taken: Set<number>): MarketEntity {
  const profile = directory.at(k);
  // Preferably a founder (20+ when the firm was set up); else a successor (法定代表人变更).
  // The head is always a living adult, so a representative always exists.
  const founder = (p: Person): boolean => ageOn(p.birth, profile.establishedOn) >= 20 && p.age <= 75;
  const rep = representative(rng, household, taken, founder, true) ?? household.members[0]!;
  const entity: MarketEntity = {
    creditCode: profile.creditCode, name: profile.name, kind: 'ENTERPRISE', representative: rep,
    registeredAddress: profile.address, county: profile.county, townCode: profile.townCode,
    businessScope: profile.industry.scope, capitalFen: profile.capitalFen, establishedOn: profile.establishedOn,
    status: profile.status, registrationAuthority: organ(profile.county, 'marketRegulation'),
    permits: [], shop: null, enterprise: profile,
  };
  const serial = Math.floor(k / 5);
  if (profile.industry.food === 'PRODUCTION' && profile.status !== 'CANCELLED') entity.permits.push(foodProductionPermit(rng, entity, serial));
  if (profile.industry.food === 'CANTEEN' && profile.status !== 'CANCELLED') entity.permits.push(foodBusinessPermit(rng, entity, 3, serial, '单位食堂'));
  return entity;
}

function shopName(rng: Rng, household: Household, operator: Person, kind: ShopKind): string {
  const prefix = household.county.organPrefix;
  const r = rng.next();
  if (r < 0.35) return `${prefix}${operator.surname}记${kind.word}`;
  // "红梅便利店" with a two-character given name; a one-character one needs the surname ("王婷…").
  const given = operator.name.slice(operator.surname.length);
  if (r < 0.6) return `${prefix}${given.length > 1 ? given : operator.name}${kind.word}`;
  if (r < 0.75 && kind.food === 'CATERING') return `${prefix}老${operator.surname}家${kind.word}`;
  return `${prefix}${townOf(household.village)}${rng.pick(TRADE_CHARS)}${rng.pick(TRADE_CHARS)}${kind.word}`;
}

/** An individual business (个体工商户) run by a member, opened some time since they turned 20. */
function shop(rng: Rng, household: Household, operator: Person, j: number): MarketEntity {
  const kind = SHOP_KINDS.draw(rng);
  const earliest = Math.max(addYears(operator.birth, 20), dayOf(1995, 1, 1));
  const openedOn = Math.max(earliest, REFERENCE_DAY - 30 - Math.floor((REFERENCE_DAY - 30 - earliest) * rng.next() ** 1.5));
  const index = household.index * 2 + j;
  const entity: MarketEntity = {
    creditCode: makeCreditCode('92', household.county.code, marketOrganisationCode(index, SHOP_SALT)),
    name: shopName(rng, household, operator, kind), kind: 'INDIVIDUAL_BUSINESS', representative: operator,
    registeredAddress: shopAddress(rng, household.county, household.village), county: household.county,
    townCode: household.village.townCode, businessScope: kind.scope, capitalFen: rng.int(kind.capital[0], kind.capital[1]) * 100,
    establishedOn: openedOn, status: SMALL_STATUSES.draw(rng), registrationAuthority: organ(household.county, 'marketRegulation'),
    permits: [], shop: kind, enterprise: null,
  };
  // Some shops trade without a permit yet (or sell only what needs none): a realistic gap.
  if (kind.food && entity.status !== 'CANCELLED' && rng.chance(0.92)) {
    const food = foodBusinessPermit(rng, entity, kind.food === 'CATERING' ? 2 : 1, index, kind.scope);
    entity.permits.push(food);
    if (kind.food === 'CATERING' && food.issuedOn >= dayOf(2021, 1, 1) && rng.chance(0.4)) {
      entity.permits.push(industryComprehensivePermit(entity, food, index));
    }
  }
  return entity;
}

/** A farmer cooperative (农民专业合作社) chaired by a member, named after the village and its crop. */
function cooperative(rng: Rng, household: Household, chair: Person): MarketEntity {
  const product = rng.pick(COOPERATIVE_PRODUCTS[household.county.code] ?? ['蔬菜种植']);
  const { county, village } = household;
  return {
    creditCode: makeCreditCode('93', county.code, marketOrganisationCode(household.index, COOPERATIVE_SALT)),
    name: `${county.organPrefix}${townOf(village)}${village.name}${product}专业合作社`, kind: 'FARMER_COOPERATIVE',
    representative: chair, registeredAddress: household.address, county, townCode: village.townCode,
    businessScope: `组织成员${product}；组织收购、销售成员的产品；提供农业生产资料购买服务`,
    capitalFen: rng.int(10, 200) * 1_000_000, establishedOn: Math.min(REFERENCE_DAY - 60, dayOf(rng.int(2008, 2025), rng.int(1, 12), rng.int(1, 28))),
    status: SMALL_STATUSES.draw(rng), registrationAuthority: organ(county, 'marketRegulation'), permits: [], shop: null, enterprise: null,
  };
}
