import { citizenIdProblem, creditCodeProblem, licenceIdProblem, parseCitizenId } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED } from './index';
import { Dataset, type Row, text } from './samples/dataset';

/** Every identifier the generator writes is valid (GB 11643, GB 32100, GB/T 36904) and unique. */
describe('identifiers', () => {
  const data = new Dataset({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  const column = (table: string, name: string): string[] => data.rows(table).map((r) => text(r, name));
  const unique = (values: string[]): void => expect(new Set(values).size).toBe(values.length);

  it('gives every resident a valid, unique citizen ID number that matches gender and birth date', () => {
    const residents = data.rows('Resident');
    unique(column('Resident', 'idNumber'));
    for (const r of residents) {
      const id = text(r, 'idNumber');
      expect(citizenIdProblem(id)).toBeNull();
      const parts = parseCitizenId(id);
      expect(parts.gender).toBe(r['gender']);
      expect(parts.birthDate.toISOString().slice(0, 10)).toBe(r['birthDate']);
    }
  });

  it('places every resident’s ID number in the county of their household', () => {
    const households = new Map(data.rows('Household').map((h) => [text(h, 'id'), h]));
    for (const r of data.rows('Resident')) {
      expect(text(r, 'idNumber').slice(0, 6)).toBe(text(households.get(text(r, 'householdId'))!, 'divisionCode').slice(0, 6));
    }
  });

  it('gives every party to a marriage, resident or not, a valid ID number, never shared by two people', () => {
    const residents = new Map(data.rows('Resident').map((r) => [text(r, 'idNumber'), r]));
    const parties = data.rows('MarriageRegistration').flatMap((m) => [m, m].map((row, i) => ({ id: text(row, i ? 'partyBIdNumber' : 'partyAIdNumber'), male: !i })));
    for (const { id, male } of parties) {
      expect(citizenIdProblem(id)).toBeNull();
      expect(parseCitizenId(id).gender).toBe(male ? 'MALE' : 'FEMALE');
      const resident = residents.get(id);
      if (resident) expect(resident['gender']).toBe(male ? 'MALE' : 'FEMALE');
    }
  });

  it('gives every market entity a valid, unique credit code of its kind', () => {
    unique(column('MarketEntity', 'creditCode'));
    const prefix: Record<string, string> = { ENTERPRISE: '91', INDIVIDUAL_BUSINESS: '92', FARMER_COOPERATIVE: '93' };
    for (const e of data.rows('MarketEntity')) {
      const code = text(e, 'creditCode');
      expect(creditCodeProblem(code)).toBeNull();
      expect(code.slice(0, 2)).toBe(prefix[text(e, 'kind')]);
      expect(code.slice(2, 8)).toBe(text(e, 'divisionCode').slice(0, 6));
    }
  });

  it('gives every licence a valid, unique identifier built from its type and issuer codes', () => {
    const types = new Set(column('LicenceType', 'code'));
    unique(column('Licence', 'id'));
    for (const l of data.rows('Licence')) {
      const id = text(l, 'id');
      expect(licenceIdProblem(id)).toBeNull();
      expect(id).toContain(`.${text(l, 'typeCode')}.${text(l, 'issuerCode')}.`);
      expect(types.has(text(l, 'typeCode'))).toBe(true);
      expect(creditCodeProblem(text(l, 'issuerCode'))).toBeNull();
    }
    for (const code of types) expect(creditCodeProblem(code.slice(0, 18))).toBeNull();
  });

  it('keeps every unique column unique', () => {
    unique(column('Household', 'id'));
    unique(column('MarriageRegistration', 'id'));
    unique(column('Benefit', 'id'));
    unique(column('InsuranceEnrolment', 'id'));
    unique(column('Employment', 'id'));
    unique(column('SocialSecurityCard', 'cardNumber'));
    unique(column('SocialSecurityCard', 'idNumber'));
    unique(column('EmploymentCertificate', 'number'));
    unique(column('EmploymentCertificate', 'idNumber'));
    unique(column('Permit', 'id'));
    unique(column('Permit', 'number'));
    unique(data.rows('MarriageRegistration').filter((m: Row) => m['kind'] === 'MARRIAGE').map((m) => text(m, 'certificateNumber')));
  });
});
