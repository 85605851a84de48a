import fc from 'fast-check';
import { hashSeed, rngFor } from './random';
import { Weighted } from './weighted';

describe('seeded random numbers', () => {
  it('gives the same sequence for the same (seed, stream, index) and another for any other key', () => {
    const draw = (seed: string, stream: number, index: number): number[] => {
      const rng = rngFor(hashSeed(seed), stream, index);
      return Array.from({ length: 8 }, () => rng.u32());
    };
    expect(draw('a', 1, 5)).toEqual(draw('a', 1, 5));
    expect(draw('a', 1, 5)).not.toEqual(draw('b', 1, 5));
    expect(draw('a', 1, 5)).not.toEqual(draw('a', 2, 5));
    expect(draw('a', 1, 5)).not.toEqual(draw('a', 1, 6));
  });

  it('tells a numeric seed from the same digits as text', () => {
    expect(hashSeed(42)).not.toBe(hashSeed('42'));
  });

  it('draws integers within their bounds and covers them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 20 }), (index, min, span) => {
        const rng = rngFor(1, 1, index);
        for (let i = 0; i < 20; i++) {
          const n = rng.int(min, min + span);
          if (n < min || n > min + span || !Number.isInteger(n)) return false;
        }
        return true;
      }),
    );
    const rng = rngFor(7, 7, 7);
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('draws a weighted table in proportion to its weights', () => {
    const table = new Weighted([['rare', 1], ['common', 9]] as const);
    const rng = rngFor(3, 3, 3);
    let common = 0;
    for (let i = 0; i < 10_000; i++) if (table.draw(rng) === 'common') common++;
    expect(common / 10_000).toBeGreaterThan(0.87);
    expect(common / 10_000).toBeLessThan(0.93);
  });
});
