/**
 * Seeded pseudo-random numbers. Every entity (household h, enterprise k, …) draws from its
 * own generator keyed by (global seed, stream, index), so its values are a pure function of
 * those three: a chunk can generate household 812,345 without generating the ones before
 * it, and adding draws to one facet never shifts the values of another.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic, from PractRand): four
 * 32-bit words of state, passes PractRand, and costs a handful of integer operations.
 */
export type Seed = string | number;

/** murmur3's 32-bit finaliser: spreads every input bit over the whole word. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of a seed (FNV-1a over the UTF-16 units, then mixed). */
export function hashSeed(seed: Seed): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
    // The first outputs of a freshly keyed sfc32 are correlated with the key: discard them.
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** Uniform unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('cannot pick from an empty list');
    return item;
  }

  /** Decimal digits, e.g. for serial numbers that carry no meaning. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.u32() % 10);
    return out;
  }
}

/** The generator of entity `index` in `stream`, under a seed already hashed with hashSeed. */
export function rngFor(seedHash: number, stream: number, index: number): Rng {
  const key = mix32(seedHash ^ Math.imul(stream + 1, 0x9e3779b1));
  const a = mix32(key + Math.imul(index, 0x85ebca77));
  const b = mix32(a ^ 0x6a09e667);
  const c = mix32(b + index);
  return new Rng(a, b, c, index ^ key);
}

/**
 * Independent streams: one per kind of entity or facet. Numbers, not names, so that keying
 * a generator costs nothing; never renumber them (that would change every seed's output).
 */
export const STREAM = {
  householdSize: 1,
  household: 2,
  welfare: 3,
  market: 4,
  enterprise: 5,
  work: 6,
  licence: 7,
  catalogue: 9,
  /** When each department last confirmed a household's rows (asOf). */
  confirmedCivilAffairs: 10,
  confirmedSocialSecurity: 11,
  confirmedMarketAccess: 12,
  confirmedELicense: 13,
} as const;
