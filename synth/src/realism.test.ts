import { REFERENCE_DAY, ageOn, dayFromIso } from './calendar';
import { DEMO_PERSONS, DEMO_SEED } from './index';
import { samplePeopleIn } from './samples/samplePeople';
import { Dataset, type Row, text } from './samples/dataset';

/** The population looks like a Shandong county's, gaps included. */
describe('realism', () => {
  const data = new Dataset({ persons: DEMO_PERSONS, seed: DEMO_SEED });
  const residents = data.rows('Resident');
  const living = residents.filter((r) => r['deceasedOn'] === null);
  const age = (r: Row): number => ageOn(dayFromIso(text(r, 'birthDate')), REFERENCE_DAY);
  const share = (rows: Row[], test: (r: Row) => boolean): number => rows.filter(test).length / rows.length;

  it('has households of one to six in the five source districts', () => {
    const counties = new Set(data.rows('Household').map((h) => text(h, 'divisionCode').slice(0, 6)));
    expect([...counties].sort()).toEqual(['370304', '370306', '370323', '370402', '370406']);
    const sizes = new Set([...data.groupBy('Resident', 'householdId').values()].map((m) => m.length));
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data.rows('Household').every((h) => /^山东省(淄博|枣庄)市.+(街道|镇|开发区).+(社区|村).*号/.test(text(h, 'address')))).toBe(true);
  });

  it('has mostly 汉族 with some 回族, common surnames, and a few deceased', () => {
    expect(share(residents, (r) => r['ethnicity'] === '汉族')).toBeGreaterThan(0.93);
    expect(residents.some((r) => r['ethnicity'] === '回族')).toBe(true);
    const topFour = share(residents, (r) => '王李张刘'.includes(text(r, 'name')[0]!));
    expect(topFour).toBeGreaterThan(0.2);
    expect(topFour).toBeLessThan(0.5);
    expect(residents.every((r) => [2, 3].includes(text(r, 'name').length))).toBe(true);
    const deceased = residents.length - living.length;
    expect(deceased).toBeGreaterThan(0);
    expect(deceased / residents.length).toBeLessThan(0.03);
  });

  it('gives phones to most adults and to no child', () => {
    expect(share(living.filter((r) => age(r) >= 18), (r) => r['phone'] !== null)).toBeGreaterThan(0.85);
    expect(living.filter((r) => age(r) < 18).every((r) => r['phone'] === null)).toBe(true);
  });

  it('leaves realistic gaps: uninsured adults, adults without a card, expired licences and permits', () => {
    const insured = new Set(data.rows('InsuranceEnrolment').map((e) => text(e, 'idNumber')));
    const workingAge = living.filter((r) => age(r) >= 25 && age(r) < 55);
    const uninsured = share(workingAge, (r) => !insured.has(text(r, 'idNumber')));
    expect(uninsured).toBeGreaterThan(0.02);
    expect(uninsured).toBeLessThan(0.25);
    const carded = new Set(data.rows('SocialSecurityCard').map((c) => text(c, 'idNumber')));
    expect(living.some((r) => age(r) >= 18 && !carded.has(text(r, 'idNumber')))).toBe(true);
    expect(data.rows('Licence').some((l) => l['status'] === 'EXPIRED')).toBe(true);
    expect(data.rows('Permit').some((p) => p['status'] === 'EXPIRED')).toBe(true);
    expect(data.rows('MarketEntity').some((e) => e['status'] !== 'ACTIVE')).toBe(true);
  });

  it('has all three kinds of market entity, and restaurants among the individual businesses', () => {
    const kinds = new Set(data.rows('MarketEntity').map((e) => e['kind']));
    expect([...kinds].sort()).toEqual(['ENTERPRISE', 'FARMER_COOPERATIVE', 'INDIVIDUAL_BUSINESS']);
    expect(data.rows('Permit').some((p) => text(p, 'number').startsWith('JY2'))).toBe(true);
    const employers = new Set(data.rows('Employment').map((j) => text(j, 'employerCreditCode')));
    expect(employers.size).toBeGreaterThan(5);
  });
});

describe('sample people', () => {
  it.each([
    [DEMO_PERSONS, DEMO_SEED],
    [1500, 2026],
  ])('are found in %p persons with seed %p and are what they claim', (persons, seed) => {
    const data = new Dataset({ persons, seed });
    const samples = samplePeopleIn(data);
    const resident = new Map(data.rows('Resident').map((r) => [text(r, 'idNumber'), r]));
    const { restaurantOwner, subsistenceHousehold, elderly80Plus, uninsuredAdult } = samples;
    expect(resident.get(restaurantOwner.idNumber)?.['maritalStatus']).toBe('MARRIED');
    expect(data.rows('MarketEntity').find((e) => e['creditCode'] === restaurantOwner.creditCode)?.['legalRepresentativeIdNumber']).toBe(restaurantOwner.idNumber);
    expect(restaurantOwner.permitNumber).toMatch(/^JY2\d{13}$/);
    expect(subsistenceHousehold.memberIdNumbers.length).toBeGreaterThanOrEqual(3);
    expect(subsistenceHousehold.memberIdNumbers).toContain(subsistenceHousehold.businessOperatorIdNumber);
    expect(subsistenceHousehold.insuredIdNumbers.length).toBeGreaterThan(0);
    expect(elderly80Plus.age).toBeGreaterThanOrEqual(80);
    expect(data.rows('InsuranceEnrolment').some((e) => e['idNumber'] === uninsuredAdult.idNumber)).toBe(false);
  });
});
