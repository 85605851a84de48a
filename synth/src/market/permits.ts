import { type Day, REFERENCE_DAY, addYears, dayOf, yearOf } from '../calendar';
import { decimalCheck, decimalSerial } from '../codes';
import { organ } from '../places/organs';
import type { Rng } from '../random';
import type { MarketEntity, Permit, PermitKind, PermitStatus } from './model';

/**
 * Permits of a market entity, issued by the county's administrative approval bureau
 * (行政审批服务局). Numbers follow the published shapes; their check digits are
 * illustrative (the real algorithms are not public):
 * - food business licence: JY + 业态 (1 food sales, 2 catering, 3 canteen) + county + 6 + check;
 * - food production licence: SC + category (3) + county + 4 + check;
 * - industry comprehensive licence (一业一证): ZH + county + year + 6.
 * Serials are unique by construction within (kind, 业态, county), so numbers never repeat;
 * the six-digit serials run out at about 1.3 million residents (500,000 households), the
 * four-digit SC serials at 2.5 million, and generation then stops with an error rather
 * than repeat a number.
 */
const PERMIT_YEARS = 5;
/** Food business and production licences replaced the older permits from October 2015. */
const FOOD_LICENCES_SINCE = dayOf(2015, 10, 1);

interface Term {
  issuedOn: Day;
  validUntil: Day;
  status: PermitStatus;
}

/**
 * Issued soon after founding (older businesses converted from 2015), renewed every five
 * years — except by some whose licence ran out in the last three years and who have not
 * renewed yet.
 */
function term(rng: Rng, entity: MarketEntity): Term {
  const converted = FOOD_LICENCES_SINCE + rng.int(0, 400);
  let issued = Math.min(REFERENCE_DAY - 1, Math.max(converted, entity.establishedOn + rng.int(3, 45)));
  for (;;) {
    const expiry = addYears(issued, PERMIT_YEARS);
    if (expiry >= REFERENCE_DAY || (expiry >= REFERENCE_DAY - 3 * 365 && rng.chance(0.3))) break;
    issued = Math.min(REFERENCE_DAY - 1, expiry - rng.int(0, 30));
  }
  const validUntil = addYears(issued, PERMIT_YEARS) - 1;
  const status: PermitStatus = entity.status === 'REVOKED' ? 'REVOKED' : validUntil < REFERENCE_DAY ? 'EXPIRED' : 'VALID';
  return { issuedOn: issued, validUntil, status };
}

function permit(entity: MarketEntity, kind: PermitKind, number: string, scope: string, t: Term): Permit {
  const id = `${entity.creditCode}-${kind === 'FOOD_BUSINESS' ? 'JY' : kind === 'FOOD_PRODUCTION' ? 'SC' : 'ZH'}`;
  return { id, kind, number, scope, ...t, issuer: organ(entity.county, 'approval') };
}

/** 食品经营许可证 for a shop (业态 1 or 2) or a canteen operator (3); `serialIndex` < 10^6 per county. */
export function foodBusinessPermit(rng: Rng, entity: MarketEntity, form: 1 | 2 | 3, serialIndex: number, scope: string): Permit {
  const body = `${form}${entity.county.code}${decimalSerial(serialIndex, 6, form * 7919)}`;
  return permit(entity, 'FOOD_BUSINESS', `JY${body}${decimalCheck(body)}`, scope, term(rng, entity));
}

/** 食品生产许可证 for a food manufacturer; `serialIndex` < 10^4 per county. */
export function foodProductionPermit(rng: Rng, entity: MarketEntity, serialIndex: number): Permit {
  const body = `${rng.pick(['101', '103', '114', '124'])}${entity.county.code}${decimalSerial(serialIndex, 4, 31)}`;
  return permit(entity, 'FOOD_PRODUCTION', `SC${body}${decimalCheck(body)}`, '食品生产', term(rng, entity));
}

/**
 * 行业综合许可证 (一业一证) for a restaurant opened since the 2021 reform: one licence in place
 * of the food business licence and the public-place hygiene permit, valid as long as it.
 */
export function industryComprehensivePermit(entity: MarketEntity, food: Permit, serialIndex: number): Permit {
  const number = `ZH${entity.county.code}${yearOf(food.issuedOn)}${decimalSerial(serialIndex, 6, 4099)}`;
  const scope = '开办餐馆（食品经营许可、公共场所卫生许可）';
  return permit(entity, 'INDUSTRY_COMPREHENSIVE', number, scope, { issuedOn: food.issuedOn, validUntil: food.validUntil, status: food.status });
}
