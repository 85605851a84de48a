import { citizenIdCheckChar } from '@hub/kit';
import { type Day, REFERENCE_DAY, compactDate } from '../calendar';
import { mix32 } from '../random';

/**
 * Hands out citizen ID numbers (GB 11643) that are unique by construction.
 *
 * Two people collide only when they share county, birth date and sequence, so the
 * allocator counts, per (county, birth date, gender), how many numbers it has issued and
 * turns the n-th into a distinct sequence through a fixed permutation of 0…498:
 * men get the odd sequences 001–997, women the even 002–998. The counts live in one
 * typed array (counties × days since 1900 × 2, about 2 MB) whatever the population size.
 *
 * This is the one piece of state carried from household to household: a person's number
 * depends on how many people with the same county and birthday came before, so households
 * must be generated in index order — which every generator here does, chunked or not.
 */
const FIRST_DAY: Day = -25567; // 1900-01-01
const DAYS = REFERENCE_DAY - FIRST_DAY + 1;
const SLOTS = 499; // prime: c ↦ (c·211 + offset) mod 499 is a permutation
const STRIDE = 211;

export class CitizenIdAllocator {
  private readonly counts: Uint16Array;
  private readonly countyIndex = new Map<string, number>();

  constructor(
    counties: readonly string[],
    private readonly seedHash: number,
  ) {
    counties.forEach((code, i) => this.countyIndex.set(code, i));
    this.counts = new Uint16Array(counties.length * DAYS * 2);
  }

  allocate(county: string, birth: Day, gender: 'MALE' | 'FEMALE'): string {
    const c = this.countyIndex.get(county);
    if (c === undefined) throw new Error(`county ${county} is not served by this allocator`);
    if (birth < FIRST_DAY || birth > REFERENCE_DAY) throw new Error(`birth day ${birth} is out of range`);
    const male = gender === 'MALE' ? 1 : 0;
    const cell = (c * DAYS + (birth - FIRST_DAY)) * 2 + male;
    const issued = this.counts[cell]!;
    if (issued >= SLOTS) throw new Error(`more than ${SLOTS} people born on day ${birth} in ${county}`);
    this.counts[cell] = issued + 1;
    // The offset spreads sequences over the range, as real police-station prefixes do.
    const offset = mix32(this.seedHash ^ cell) % SLOTS;
    const slot = (issued * STRIDE + offset) % SLOTS;
    // makeCitizenId's result, built from a day number without a Date object (it runs per person).
    const sequence = male ? 2 * slot + 1 : 2 * slot + 2;
    const first17 = `${county}${compactDate(birth)}${sequence < 10 ? '00' : sequence < 100 ? '0' : ''}${sequence}`;
    return first17 + citizenIdCheckChar(first17);
  }
}
