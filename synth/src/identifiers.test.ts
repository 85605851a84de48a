import { citizenIdProblem, creditCodeProblem, licenceIdProblem, parseCitizenId } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED } from './index';
import { Dataset, type Row, text } from './samples/dataset';

/** Every identifier the generator writes is valid (GB 11643, GB 32100, GB/T 36904) and unique. */
describe('identifiers', () => {
  const data = new Dataset({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  const column = (table: string, name: string): string[] => data.rows(table).map((r) => text(r, name));
  const duplicates = (values: string[]): string[] => {
    const seen = new Set<string>();
    return values.filter((v) => seen.size === seen.add(v).size);
  };
  const violations = (rows: Row[], check: (row: Row) => string | null): string[] =>
    rows.map(check).filter((problem): problem is string => problem !== null);

  it('gives every resident a valid, unique citizen ID number that matches gender, birth date and county', () => {
    const households = new Map(data.rows('Household').map((h) => [text(h, 'id'), text(h, 'divisionCode')]));
    expect(duplicates(column('Resident', 'idNumber'))).toEqual([]);
    expect(
      violations(data.rows('Resident'), (r) => {
        const id = text(r, 'idNumber');
        const problem = citizenIdProblem(id);
        if (problem) return `${id}: ${problem}`;
        const parts = parseCitizenId(id);
        const ok = parts.gender === r['gender'] && parts.birthDate.toISOString().slice(0, 10) === r['birthDate'] && households.get(text(r, 'householdId'))?.startsWith(parts.division);
        return ok ? null : `${id} does not match its resident`;
      }),
    ).toEqual([]);
  });

  it('gives every party to a marriage, resident or not, a valid ID number of the right gender', () => {
    const residents = new Map(data.rows('Resident').map((r) => [text(r, 'idNumber'), r]));
    const parties = data.rows('MarriageRegistration').flatMap((m) => [
      { id: text(m, 'partyAIdNumber'), gender: 'MALE' },
      { id: text(m, 'partyBIdNumber'), gender: 'FEMALE' },
    ]);
    const wrong = parties.filter(({ id, gender }) => citizenIdProblem(id) !== null || parseCitizenId(id).gender !== gender || (residents.get(id)?.['gender'] ?? gender) !== gender);
    expect(wrong).toEqual([]);
    // A party who is not a resident is nobody else either: their number is theirs alone.
    const outsiders = [...new Set(parties.filter(({ id }) => !residents.has(id)).map(({ id }) => id))];
    expect(outsiders.length).toBeGreaterThan(0);
  });

  it('gives every market entity a valid, unique credit code of its kind and county', () => {
    const prefix: Record<string, string> = { ENTERPRISE: '91', INDIVIDUAL_BUSINESS: '92', FARMER_COOPERATIVE: '93' };
    expect(duplicates(column('MarketEntity', 'creditCode'))).toEqual([]);
    expect(
      violations(data.rows('MarketEntity'), (e) => {
        const code = text(e, 'creditCode');
        const ok = creditCodeProblem(code) === null && code.slice(0, 2) === prefix[text(e, 'kind')] && code.slice(2, 8) === text(e, 'divisionCode').slice(0, 6);
        return ok ? null : code;
      }),
    ).toEqual([]);
  });

  it('gives every licence a valid, unique identifier built from its type and issuer codes', () => {
    const types = new Set(column('LicenceType', 'code'));
    expect(duplicates(column('Licence', 'id'))).toEqual([]);
    expect(
      violations(data.rows('Licence'), (l) => {
        const id = text(l, 'id');
        const ok = licenceIdProblem(id) === null && id.includes(`.${text(l, 'typeCode')}.${text(l, 'issuerCode')}.`) && types.has(text(l, 'typeCode')) && creditCodeProblem(text(l, 'issuerCode')) === null;
        return ok ? null : id;
      }),
    ).toEqual([]);
    expect([...types].filter((code) => creditCodeProblem(code.slice(0, 18)) !== null || !/^\d{3}$/.test(code.slice(18)))).toEqual([]);
  });

  it('keeps every unique column unique', () => {
    const unique: Array<[string, string]> = [
      ['Household', 'id'], ['MarriageRegistration', 'id'], ['Benefit', 'id'], ['InsuranceEnrolment', 'id'], ['Employment', 'id'],
      ['SocialSecurityCard', 'cardNumber'], ['SocialSecurityCard', 'idNumber'], ['UnemploymentRegistration', 'id'],
      ['EmploymentCertificate', 'number'], ['EmploymentCertificate', 'idNumber'], ['Permit', 'id'], ['Permit', 'number'],
    ];
    for (const [table, name] of unique) expect(duplicates(column(table, name))).toEqual([]);
    expect(duplicates(data.rows('MarriageRegistration').filter((m) => m['kind'] === 'MARRIAGE').map((m) => text(m, 'certificateNumber')))).toEqual([]);
  });
});
