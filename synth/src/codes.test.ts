import { CREDIT_CODE_ALPHABET } from '@hub/kit';
import fc from 'fast-check';
import { decimalSerial, marketOrganisationCode } from './codes';
import { HOUSEHOLD_SIZES, TEMPLATES } from './people/templates';
import { rngFor } from './random';

describe('serials unique by construction', () => {
  it('gives distinct organisation codes to distinct indexes, in the credit-code alphabet', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 2, maxLength: 200 }), (indexes) => {
        const codes = indexes.map((i) => marketOrganisationCode(i, 12345));
        return new Set(codes).size === codes.length && codes.every((c) => c.length === 9 && [...c].every((ch) => CREDIT_CODE_ALPHABET.includes(ch)));
      }),
    );
  });

  it('gives distinct decimal serials of a fixed width', () => {
    const serials = Array.from({ length: 100_000 }, (_, i) => decimalSerial(i, 8, 99));
    expect(new Set(serials).size).toBe(serials.length);
    expect(serials.every((s) => /^\d{8}$/.test(s))).toBe(true);
    expect(() => decimalSerial(1e8, 8, 0)).toThrow();
  });
});

describe('household templates', () => {
  it('have exactly the size they are drawn for', () => {
    for (let size = 1; size <= 6; size++) {
      const rng = rngFor(1, 1, size);
      for (let i = 0; i < 200; i++) {
        const t = TEMPLATES[size]!.draw(rng);
        expect(1 + Number(t.spouse) + t.parents + t.children + Number(t.childSpouse) + t.grandchildren).toBe(size);
      }
    }
    const rng = rngFor(2, 2, 2);
    for (let i = 0; i < 200; i++) expect(TEMPLATES[HOUSEHOLD_SIZES.draw(rng)]).toBeDefined();
  });
});
