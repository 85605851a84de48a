import { REFERENCE_DAY, ageOn, dayFromIso } from './calendar';
import { DEMO_PERSONS, DEMO_SEED, REFERENCE_DATE } from './index';
import { Dataset, type Row, text } from './samples/dataset';

/** The four departments describe the same people, households and businesses. */
describe.each([
  { persons: DEMO_PERSONS, seed: DEMO_SEED },
  { persons: 1500, seed: 7 },
])('cross-department consistency ($persons persons, seed $seed)', (options) => {
  const data = new Dataset(options);
  const residents = new Map(data.rows('Resident').map((r) => [text(r, 'idNumber'), r]));
  const entities = new Map(data.rows('MarketEntity').map((e) => [text(e, 'creditCode'), e]));
  const age = (r: Row): number => ageOn(dayFromIso(text(r, 'birthDate')), REFERENCE_DAY);
  const resident = (id: string): Row => {
    const r = residents.get(id);
    if (!r) throw new Error(`${id} is not a resident`);
    return r;
  };

  it('knows everyone social security knows', () => {
    for (const table of ['InsuranceEnrolment', 'Employment', 'SocialSecurityCard', 'UnemploymentRegistration', 'EmploymentCertificate']) {
      for (const row of data.rows(table)) expect(residents.has(text(row, 'idNumber'))).toBe(true);
    }
  });

  it('gives every market entity a living adult resident as legal representative, under the same name', () => {
    for (const e of entities.values()) {
      const rep = resident(text(e, 'legalRepresentativeIdNumber'));
      expect(rep['name']).toBe(e['legalRepresentativeName']);
      expect(rep['deceasedOn']).toBeNull();
      expect(age(rep)).toBeGreaterThanOrEqual(18);
    }
  });

  it('only names employers that are enterprises in market access, under their registered name', () => {
    for (const job of data.rows('Employment')) {
      const employer = entities.get(text(job, 'employerCreditCode'));
      expect(employer?.['kind']).toBe('ENTERPRISE');
      expect(employer?.['name']).toBe(job['employerName']);
      expect(text(job, 'startDate') >= text(employer!, 'establishedOn')).toBe(true);
      if (job['endDate'] === null) expect(employer?.['status']).toBe('ACTIVE');
    }
    for (const e of data.rows('InsuranceEnrolment')) {
      if (e['employerCreditCode'] !== null) expect(entities.get(text(e, 'employerCreditCode'))?.['kind']).toBe('ENTERPRISE');
    }
  });

  it('has a holder for every licence, under the same name, with the surface fields of its type', () => {
    const fields = new Map(data.rows('LicenceType').map((t) => [text(t, 'code'), (t['surfaceFields'] as Array<{ key: string }>).map((f) => f.key)]));
    for (const l of data.rows('Licence')) {
      const holder = l['holderCodeType'] === 'CITIZEN_ID' ? residents.get(text(l, 'holderCode')) : entities.get(text(l, 'holderCode'));
      expect(holder).toBeDefined();
      expect(l['holderName']).toBe(holder!['name'] ?? holder!['legalRepresentativeName']);
      expect(Object.keys(l['surfaceData'] as object).sort()).toEqual([...fields.get(text(l, 'typeCode'))!].sort());
    }
  });

  it('holds the e-licences the other departments imply', () => {
    const numbers = new Set(data.rows('Licence').map((l) => `${text(l, 'holderCode')}|${text(l, 'number')}`));
    const has = (holder: string, number: string): boolean => numbers.has(`${holder}|${number}`);
    for (const e of entities.values()) expect(has(text(e, 'creditCode'), text(e, 'creditCode'))).toBe(true);
    for (const p of data.rows('Permit')) if (p['kind'] !== 'FOOD_PRODUCTION') expect(has(text(p, 'creditCode'), text(p, 'number'))).toBe(true);
    for (const c of data.rows('SocialSecurityCard')) expect(has(text(c, 'idNumber'), text(c, 'cardNumber'))).toBe(true);
    for (const c of data.rows('EmploymentCertificate')) expect(has(text(c, 'idNumber'), text(c, 'number'))).toBe(true);
    for (const r of residents.values()) if (r['deceasedOn'] === null && age(r) >= 16) expect(has(text(r, 'idNumber'), text(r, 'idNumber'))).toBe(true);
  });

  it('keeps marital statuses and marriage registrations consistent', () => {
    const byParty = new Map<string, Row[]>();
    for (const m of data.rows('MarriageRegistration')) {
      for (const side of ['partyAIdNumber', 'partyBIdNumber']) byParty.set(text(m, side), [...(byParty.get(text(m, side)) ?? []), m]);
    }
    for (const r of residents.values()) {
      if (r['deceasedOn'] !== null) continue;
      const regs = byParty.get(text(r, 'idNumber')) ?? [];
      const partner = (m: Row): string => text(m, m['partyAIdNumber'] === r['idNumber'] ? 'partyBIdNumber' : 'partyAIdNumber');
      const divorcedFrom = new Set(regs.filter((m) => m['kind'] === 'DIVORCE').map(partner));
      const current = regs.filter((m) => m['kind'] === 'MARRIAGE' && !divorcedFrom.has(partner(m)));
      switch (r['maritalStatus']) {
        case 'UNMARRIED':
          expect(regs).toHaveLength(0);
          break;
        case 'MARRIED': {
          expect(current).toHaveLength(1);
          const spouse = resident(partner(current[0]!));
          expect([spouse['maritalStatus'], spouse['householdId'], spouse['deceasedOn']]).toEqual(['MARRIED', r['householdId'], null]);
          break;
        }
        case 'DIVORCED':
          expect(divorcedFrom.size).toBeGreaterThan(0);
          expect(current).toHaveLength(0);
          break;
        case 'WIDOWED':
          expect(current).toHaveLength(1);
          expect(residents.get(partner(current[0]!))?.['deceasedOn'] ?? 'not a resident').not.toBeNull();
      }
    }
  });

  it('keeps households and relations plausible', () => {
    const members = data.groupBy('Resident', 'householdId');
    for (const h of data.rows('Household')) {
      const list = members.get(text(h, 'id'))!;
      const heads = list.filter((m) => m['relation'] === 'HEAD');
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(6);
      expect(heads.map((m) => m['idNumber'])).toEqual([h['headIdNumber']]);
      const head = heads[0]!;
      expect(head['deceasedOn']).toBeNull();
      for (const m of list) {
        const gap = age(head) - age(m);
        if (m['relation'] === 'CHILD') expect(gap).toBeGreaterThanOrEqual(18);
        if (m['relation'] === 'PARENT') expect(gap).toBeLessThanOrEqual(-18);
        if (m['relation'] === 'GRANDCHILD') expect(gap).toBeGreaterThanOrEqual(36);
      }
    }
  });

  it('grants benefits that fit their beneficiaries', () => {
    for (const b of data.rows('Benefit')) {
      const r = resident(text(b, 'beneficiaryIdNumber'));
      expect(b['monthlyAmountFen']).toBeGreaterThan(0);
      if (b['kind'] === 'SUBSISTENCE_ALLOWANCE') expect(b['householdId']).toBe(r['householdId']);
      else expect(b['householdId']).toBeNull();
      if (b['kind'] === 'OLD_AGE_ALLOWANCE') expect(age(r)).toBeGreaterThanOrEqual(80);
      if (b['status'] !== 'ENDED') expect(r['deceasedOn']).toBeNull();
    }
  });

  it('dates every row in the 90 days before the reference date, after what it records', () => {
    const from = new Date(Date.parse(REFERENCE_DATE) - 90 * 86_400_000).toISOString();
    const to = new Date(Date.parse(REFERENCE_DATE)).toISOString();
    for (const table of ['Household', 'Resident', 'MarriageRegistration', 'Benefit', 'InsuranceEnrolment', 'Employment', 'MarketEntity', 'Permit', 'Licence', 'LicenceType']) {
      for (const row of data.rows(table)) {
        const asOf = text(row, 'asOf');
        expect(asOf >= from && asOf < to).toBe(true);
        for (const [column, value] of Object.entries(row)) {
          if (column !== 'asOf' && column !== 'validUntil' && typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)) expect(value < asOf).toBe(true);
        }
      }
    }
  });
});
