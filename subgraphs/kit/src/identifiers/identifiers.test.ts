import fc from 'fast-check';
import { citizenIdProblem, makeCitizenId, parseCitizenId } from './citizenId';
import { CREDIT_CODE_ALPHABET, creditCodeProblem, makeCreditCode } from './creditCode';
import { licenceIdProblem, makeLicenceId } from './licenceId';
import { SOURCE_DISTRICTS, townsOf } from './divisions';

const district = fc.constantFrom(...SOURCE_DISTRICTS);
const birthDate = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
const creditChar = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));

describe('citizen ID numbers (GB 11643)', () => {
  it('accepts published examples and rejects a wrong check digit', () => {
    expect(citizenIdProblem('11010519491231002X')).toBeNull();
    expect(citizenIdProblem('110105194912310021')).toMatch(/check digit/);
  });

  it('round-trips every generated number and reads gender from the sequence', () => {
    fc.assert(fc.property(district, birthDate, fc.integer({ min: 1, max: 999 }), (division, birth, seq) => {
      const id = makeCitizenId(division, birth, seq);
      expect(citizenIdProblem(id)).toBeNull();
      const parts = parseCitizenId(id);
      expect(parts.birthDate.getTime()).toBe(birth.getTime());
      expect(parts.gender).toBe(seq % 2 === 1 ? 'MALE' : 'FEMALE');
    }));
  });

  it('detects every single-character substitution', () => {
    fc.assert(fc.property(district, birthDate, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 9 }),
      (division, birth, seq, position, delta) => {
        const id = makeCitizenId(division, birth, seq);
        const digits = '0123456789X';
        const current = digits.indexOf(id[position]!);
        const replacement = digits[(current + delta) % (position === 17 ? 11 : 10)]!;
        const altered = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(citizenIdProblem(altered)).not.toBeNull();
      }));
  });

  it('rejects impossible dates and unknown divisions with a reason', () => {
    expect(citizenIdProblem(withCheck('37030419990231001'))).toMatch(/not a real date/);
    expect(citizenIdProblem(withCheck('99999919900101001'))).toMatch(/unknown administrative division/);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(typeof (citizenIdProblem(s) ?? '')).toBe('string');
    }));
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accepts a published example and rejects a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/check character/);
    expect(creditCodeProblem('91350100M000100YI3')).toMatch(/18 characters/);
  });

  it('detects every single-character substitution', () => {
    fc.assert(fc.property(fc.array(creditChar, { minLength: 9, maxLength: 9 }), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }),
      (org, position, delta) => {
        const code = makeCreditCode('92', '370304', org.join(''));
        expect(creditCodeProblem(code)).toBeNull();
        const replacement = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(code[position]!) + delta) % 31]!;
        expect(creditCodeProblem(code.slice(0, position) + replacement + code.slice(position + 1))).not.toBeNull();
      }));
  });
});

describe('e-licence identifiers (GB/T 36904, ISO/IEC 7064 MOD 37,36)', () => {
  const typeCode = makeCreditCode('11', '100000', '000013338') + '001';
  const issuer = makeCreditCode('11', '370304', '004181004');

  it('accepts generated identifiers and detects a changed serial', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9A-Z]{1,20}$/), (serial) => {
      const id = makeLicenceId({ typeCode, issuerCode: issuer, serial, version: '001' });
      expect(licenceIdProblem(id)).toBeNull();
      const last = serial.at(-1)!;
      const changed = last === '0' ? '1' : '0';
      const parts = id.split('.');
      parts[7] = serial.slice(0, -1) + changed;
      expect(licenceIdProblem(parts.join('.'))).not.toBeNull();
    }));
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => void licenceIdProblem(s)));
  });
});

describe('administrative divisions', () => {
  it('knows the towns of every district in the source documents', () => {
    for (const code of SOURCE_DISTRICTS) expect(townsOf(code).length).toBeGreaterThan(3);
  });
});

function withCheck(first17: string): string {
  // Valid check digit so that only the date or division is wrong.
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = first17.split('').reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}
