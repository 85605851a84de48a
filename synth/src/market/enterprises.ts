import { makeCreditCode } from '@hub/kit';
import { type Day, REFERENCE_DAY, dayOf } from '../calendar';
import { marketOrganisationCode } from '../codes';
import { firmAddress } from '../places/addresses';
import { type County, sourceCounties } from '../places/counties';
import { type Rng, STREAM, rngFor } from '../random';
import { Weighted } from '../weighted';
import { INDUSTRIES, type Industry, TRADE_NAME_CHARS } from './industries';

/**
 * Enterprise k (企业, credit code type 91) as a pure function of (seed, k): anyone — an
 * employee in any chunk — can know its credit code, name and status without the others.
 * Its legal representative is the one thing it does not know: that person lives in the
 * household that founded it (see foundingHousehold), and the row is written with that
 * household's chunk.
 */
export type EntityStatus = 'ACTIVE' | 'REVOKED' | 'CANCELLED';

export interface EnterpriseProfile {
  index: number;
  creditCode: string;
  name: string;
  county: County;
  townCode: string;
  address: string;
  industry: Industry;
  establishedOn: Day;
  capitalFen: number;
  status: EntityStatus;
  /** Relative chance of being picked as an employer: big firms employ more. */
  hiringWeight: number;
}

/** One enterprise per 50 residents: ~2% (China has ~3.6% counting all firms, fewer in these towns). */
export function enterpriseCount(persons: number): number {
  return Math.max(5, Math.round(persons / 50));
}

const ENTERPRISE_SALT = 7_777_777;
const TRADE_CHARS = [...TRADE_NAME_CHARS];
const STATUSES = new Weighted<EntityStatus>([['ACTIVE', 88], ['CANCELLED', 8], ['REVOKED', 4]]);

function industryTable(county: County): Weighted<Industry> {
  return new Weighted(INDUSTRIES.map((i) => [i, i.weight * (i.affinity?.[county.code] ?? 1)] as const));
}
const industryTables = new Map<string, Weighted<Industry>>();

/** Capital and hiring weight by size: most firms are small, a few employ many. */
function sizeOf(rng: Rng): { capitalYuan: number; hiringWeight: number } {
  const r = rng.next();
  if (r < 0.1) return { capitalYuan: rng.int(1000, 10000) * 10000, hiringWeight: 1 };
  if (r < 0.4) return { capitalYuan: rng.int(100, 999) * 10000, hiringWeight: 0.35 };
  return { capitalYuan: rng.int(10, 99) * 10000, hiringWeight: 0.08 };
}

/** Founding day: 1996 onwards, most of them after the 2014 registration reform. */
function foundingDay(rng: Rng): Day {
  const yearsAgo = Math.floor(30 * rng.next() ** 1.6);
  return Math.min(REFERENCE_DAY - 60, dayOf(2026 - yearsAgo, rng.int(1, 12), rng.int(1, 28)));
}

function buildEnterprise(seedHash: number, index: number): EnterpriseProfile {
  const rng = rngFor(seedHash, STREAM.enterprise, index);
  const counties = sourceCounties();
  const county = counties[index % counties.length]!;
  let table = industryTables.get(county.code);
  if (!table) industryTables.set(county.code, (table = industryTable(county)));
  const industry = table.draw(rng);
  const seat = county.homes.draw(rng);
  const prefix = county.name.endsWith('县') ? county.name.replace(/县$/, '') : county.cityShort;
  const trade = rng.pick(TRADE_CHARS) + rng.pick(TRADE_CHARS);
  const size = sizeOf(rng);
  return {
    index,
    creditCode: makeCreditCode('91', county.code, marketOrganisationCode(index, ENTERPRISE_SALT)),
    name: `${prefix}${trade}${industry.word}有限公司`,
    county,
    townCode: seat.townCode,
    address: firmAddress(rng, county, seat),
    industry,
    establishedOn: foundingDay(rng),
    capitalFen: size.capitalYuan * 100,
    status: STATUSES.draw(rng),
    hiringWeight: size.hiringWeight,
  };
}

/**
 * Enterprises by index, computed on demand and kept in a bounded cache: employees look up
 * the same few hundred employers again and again.
 */
export class EnterpriseDirectory {
  private readonly cache = new Map<number, EnterpriseProfile>();

  constructor(
    private readonly seedHash: number,
    readonly count: number,
    private readonly households: number,
  ) {}

  at(index: number): EnterpriseProfile {
    let found = this.cache.get(index);
    if (!found) {
      if (this.cache.size >= 50_000) this.cache.clear();
      found = buildEnterprise(this.seedHash, index);
      this.cache.set(index, found);
    }
    return found;
  }

  /** Enterprises whose legal representative lives in household h: k with ⌊k·H/E⌋ = h. */
  foundedBy(household: number): number[] {
    const first = Math.ceil((household * this.count) / this.households);
    const end = Math.ceil(((household + 1) * this.count) / this.households);
    const out: number[] = [];
    for (let k = first; k < end; k++) out.push(k);
    return out;
  }

  /** Enterprise indexes of a county (k ≡ county index mod 5) number ⌈(E − c) / 5⌉. */
  countIn(countyIndex: number, counties: number): number {
    return Math.max(0, Math.ceil((this.count - countyIndex) / counties));
  }
}
