import { REFERENCE_DAY, ageOn, dayFromIso } from './calendar';
import { DEMO_PERSONS, DEMO_SEED, REFERENCE_DATE } from './index';
import { Dataset, type Row, text } from './samples/dataset';

/**
 * The four departments describe the same people, households and businesses. Each check
 * collects every violation and asserts once, so a failure lists them all (and thousands of
 * rows cost one expect, not thousands).
 */
describe.each([
  { persons: DEMO_PERSONS, seed: DEMO_SEED },
  { persons: 1000, seed: 7 },
])('cross-department consistency ($persons persons, seed $seed)', (options) => {
  const data = new Dataset(options);
  const residents = new Map(data.rows('Resident').map((r) => [text(r, 'idNumber'), r]));
  const entities = new Map(data.rows('MarketEntity').map((e) => [text(e, 'creditCode'), e]));
  const age = (r: Row): number => ageOn(dayFromIso(text(r, 'birthDate')), REFERENCE_DAY);
  const violations = (rows: Row[], check: (row: Row) => string | null): string[] =>
    rows.map(check).filter((problem): problem is string => problem !== null);

  it('knows everyone social security knows', () => {
    for (const table of ['InsuranceEnrolment', 'Employment', 'SocialSecurityCard', 'UnemploymentRegistration', 'EmploymentCertificate']) {
      expect(violations(data.rows(table), (r) => (residents.has(text(r, 'idNumber')) ? null : `${table} ${text(r, 'idNumber')}`))).toEqual([]);
    }
  });

  it('gives every market entity a living adult resident as legal representative, under the same name', () => {
    expect(
      violations([...entities.values()], (e) => {
        const rep = residents.get(text(e, 'legalRepresentativeIdNumber'));
        const ok = rep && rep['name'] === e['legalRepresentativeName'] && rep['deceasedOn'] === null && age(rep) >= 18;
        return ok ? null : `${text(e, 'creditCode')} represented by ${text(e, 'legalRepresentativeIdNumber')}`;
      }),
    ).toEqual([]);
  });

  it('only names employers that are enterprises in market access, under their registered name', () => {
    expect(
      violations(data.rows('Employment'), (job) => {
        const employer = entities.get(text(job, 'employerCreditCode'));
        const ok = employer?.['kind'] === 'ENTERPRISE' && employer['name'] === job['employerName'] && text(job, 'startDate') >= text(employer, 'establishedOn');
        return ok && (job['endDate'] !== null || employer['status'] === 'ACTIVE') ? null : `${text(job, 'id')} at ${text(job, 'employerCreditCode')}`;
      }),
    ).toEqual([]);
    expect(
      violations(data.rows('InsuranceEnrolment'), (e) =>
        e['employerCreditCode'] === null || entities.get(text(e, 'employerCreditCode'))?.['kind'] === 'ENTERPRISE' ? null : text(e, 'id'),
      ),
    ).toEqual([]);
  });

  it('has a holder for every licence, under the same name, with the surface fields of its type', () => {
    const fields = new Map(data.rows('LicenceType').map((t) => [text(t, 'code'), (t['surfaceFields'] as Array<{ key: string }>).map((f) => f.key).sort().join()]));
    expect(
      violations(data.rows('Licence'), (l) => {
        const holder = l['holderCodeType'] === 'CITIZEN_ID' ? residents.get(text(l, 'holderCode')) : entities.get(text(l, 'holderCode'));
        const surface = Object.keys(l['surfaceData'] as object).sort().join();
        return holder?.['name'] === l['holderName'] && surface === fields.get(text(l, 'typeCode')) ? null : text(l, 'id');
      }),
    ).toEqual([]);
  });

  it('holds the e-licences the other departments imply', () => {
    const held = new Set(data.rows('Licence').map((l) => `${text(l, 'holderCode')}|${text(l, 'number')}`));
    const missing = (holder: string, number: string): string | null => (held.has(`${holder}|${number}`) ? null : `${holder} ${number}`);
    expect(violations([...entities.values()], (e) => missing(text(e, 'creditCode'), text(e, 'creditCode')))).toEqual([]);
    expect(violations(data.rows('Permit'), (p) => (p['kind'] === 'FOOD_PRODUCTION' ? null : missing(text(p, 'creditCode'), text(p, 'number'))))).toEqual([]);
    expect(violations(data.rows('SocialSecurityCard'), (c) => missing(text(c, 'idNumber'), text(c, 'cardNumber')))).toEqual([]);
    expect(violations(data.rows('EmploymentCertificate'), (c) => missing(text(c, 'idNumber'), text(c, 'number')))).toEqual([]);
    expect(violations([...residents.values()], (r) => (r['deceasedOn'] === null && age(r) >= 16 ? missing(text(r, 'idNumber'), text(r, 'idNumber')) : null))).toEqual([]);
  });

  it('keeps marital statuses and marriage registrations consistent', () => {
    const byParty = new Map<string, Row[]>();
    for (const m of data.rows('MarriageRegistration')) {
      for (const side of ['partyAIdNumber', 'partyBIdNumber']) byParty.set(text(m, side), [...(byParty.get(text(m, side)) ?? []), m]);
    }
    const check = (r: Row): string | null => {
      const regs = byParty.get(text(r, 'idNumber')) ?? [];
      const partner = (m: Row): string => text(m, m['partyAIdNumber'] === r['idNumber'] ? 'partyBIdNumber' : 'partyAIdNumber');
      const divorcedFrom = new Set(regs.filter((m) => m['kind'] === 'DIVORCE').map(partner));
      const current = regs.filter((m) => m['kind'] === 'MARRIAGE' && !divorcedFrom.has(partner(m)));
      const spouse = current.length === 1 ? residents.get(partner(current[0]!)) : undefined;
      const ok: Record<string, boolean> = {
        UNMARRIED: regs.length === 0,
        MARRIED: spouse?.['maritalStatus'] === 'MARRIED' && spouse['householdId'] === r['householdId'] && spouse['deceasedOn'] === null,
        DIVORCED: divorcedFrom.size > 0 && current.length === 0,
        WIDOWED: current.length === 1 && (spouse === undefined || spouse['deceasedOn'] !== null),
      };
      return ok[text(r, 'maritalStatus')] ? null : `${text(r, 'idNumber')} ${text(r, 'maritalStatus')}`;
    };
    expect(violations([...residents.values()].filter((r) => r['deceasedOn'] === null), check)).toEqual([]);
  });

  it('keeps households and relations plausible', () => {
    const members = data.groupBy('Resident', 'householdId');
    const minimumGap: Record<string, number> = { CHILD: 18, GRANDCHILD: 36, PARENT: -Infinity };
    expect(
      violations(data.rows('Household'), (h) => {
        const list = members.get(text(h, 'id')) ?? [];
        const heads = list.filter((m) => m['relation'] === 'HEAD');
        const head = heads[0];
        if (list.length < 1 || list.length > 6 || heads.length !== 1 || head!['idNumber'] !== h['headIdNumber'] || head!['deceasedOn'] !== null) return text(h, 'id');
        const implausible = list.find((m) => {
          const gap = age(head!) - age(m);
          return gap < (minimumGap[text(m, 'relation')] ?? -Infinity) || (m['relation'] === 'PARENT' && gap > -18);
        });
        return implausible ? `${text(h, 'id')}: ${text(implausible, 'relation')}` : null;
      }),
    ).toEqual([]);
  });

  it('grants benefits that fit their beneficiaries', () => {
    expect(
      violations(data.rows('Benefit'), (b) => {
        const r = residents.get(text(b, 'beneficiaryIdNumber'));
        const ok =
          r !== undefined &&
          Number(b['monthlyAmountFen']) > 0 &&
          (b['kind'] === 'SUBSISTENCE_ALLOWANCE' ? b['householdId'] === r['householdId'] : b['householdId'] === null) &&
          (b['kind'] !== 'OLD_AGE_ALLOWANCE' || age(r) >= 80) &&
          (b['status'] === 'ENDED' || r['deceasedOn'] === null);
        return ok ? null : text(b, 'id');
      }),
    ).toEqual([]);
  });

  it('dates every row in the 90 days before the reference date, after what it records', () => {
    const from = new Date(Date.parse(REFERENCE_DATE) - 90 * 86_400_000).toISOString();
    const to = new Date(Date.parse(REFERENCE_DATE)).toISOString();
    const dates = ['registeredOn', 'birthDate', 'deceasedOn', 'startDate', 'endDate', 'issuedOn', 'endedOn', 'establishedOn', 'validFrom'];
    for (const table of ['Household', 'Resident', 'MarriageRegistration', 'Benefit', 'InsuranceEnrolment', 'Employment', 'SocialSecurityCard', 'UnemploymentRegistration', 'EmploymentCertificate', 'MarketEntity', 'Permit', 'Licence', 'LicenceType']) {
      const problems = violations(data.rows(table), (row) => {
        const asOf = text(row, 'asOf');
        const late = dates.find((column) => typeof row[column] === 'string' && text(row, column) >= asOf);
        return asOf >= from && asOf < to && !late ? null : `${table} ${asOf} ${late ?? ''}`;
      });
      expect(problems).toEqual([]);
    }
  });
});
