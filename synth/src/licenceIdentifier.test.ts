import { CREDIT_CODE_ALPHABET, makeLicenceId } from '@hub/kit';
import fc from 'fast-check';
import { licenceIdentifier } from './licences/identifier';

describe('licence identifiers', () => {
  const chars = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
    fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));

  it('are exactly what the kit’s makeLicenceId builds', () => {
    fc.assert(
      fc.property(
        chars(CREDIT_CODE_ALPHABET, 21, 21),
        chars(CREDIT_CODE_ALPHABET, 18, 18),
        chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1, 40),
        chars('0123456789', 3, 3),
        (typeCode, issuerCode, serial, version) => licenceIdentifier(typeCode, issuerCode, serial, version) === makeLicenceId({ typeCode, issuerCode, serial, version }),
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses characters outside 0-9 and A-Z', () => {
    expect(() => licenceIdentifier('1'.repeat(21), '2'.repeat(18), 'J370304-2023', '001')).toThrow(/not allowed/);
  });
});
