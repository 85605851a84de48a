import { REFERENCE_DAY, addYears, dayBetween, dayOf } from '../calendar';
import { decimalSerial } from '../codes';
import type { County } from '../places/counties';
import type { Household, Person } from '../people/model';
import type { Rng } from '../random';
import { Weighted } from '../weighted';
import type { Card, WorkRecord } from './model';

/**
 * Social security cards and employment certificates. Card numbers (卡号) are a letter and
 * eight digits, certificate numbers the county code and eight digits; both are unique by
 * construction from the person's key (see codes.ts).
 */
const CARD_SALT = 11_213;
const CERTIFICATE_SALT = 86_243;
const CARD_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Third-generation cards were issued from 2012 here. */
const CARDS_SINCE = dayOf(2012, 1, 1);

/** Cooperating banks: the national ones, the rural credit co-operatives, and the city's own bank. */
function banks(county: County): Weighted<string> {
  const cityBank = county.cityShort === '枣庄' ? '枣庄银行' : '齐商银行';
  return new Weighted([
    ['中国工商银行', 14], ['中国农业银行', 16], ['中国建设银行', 12], ['中国银行', 8],
    ['中国邮政储蓄银行', 10], ['山东省农村信用社', 18], [cityBank, 12],
  ]);
}
const bankTables = new Map<string, Weighted<string>>();

function bankFor(rng: Rng, county: County): string {
  let table = bankTables.get(county.code);
  if (!table) bankTables.set(county.code, (table = banks(county)));
  return table.draw(rng);
}

/**
 * Most insured people hold a card; fewer of the uninsured and of children do. With `force`
 * a card is issued regardless (a deceased pensioner's, which the caller then cancels).
 */
export function issueCard(rng: Rng, household: Household, record: WorkRecord, force = false): Card | null {
  const person = record.person;
  const chance = record.enrolments.length > 0 ? 0.94 : person.age >= 18 ? 0.45 : person.age >= 1 ? 0.35 : 0;
  if (!force && !rng.chance(chance)) return null;
  const until = (person.deceasedOn ?? REFERENCE_DAY) - 10;
  const issuedOn = dayBetween(rng, Math.min(until, Math.max(CARDS_SINCE, addYears(person.birth, 1))), until);
  return {
    cardNumber: CARD_LETTERS[rng.int(0, CARD_LETTERS.length - 1)]! + decimalSerial(person.key, 8, CARD_SALT),
    issuedOn,
    bank: bankFor(rng, household.county),
    status: rng.chance(0.03) ? 'LOST' : 'ACTIVE',
  };
}

export function certificateNumber(county: County, person: Person): string {
  return `${county.code}${decimalSerial(person.key, 8, CERTIFICATE_SALT)}`;
}
