import { B, CATALOGUE, M } from '../src/catalogue';
import { parsePath } from '../src/modules/prefill/paths';

/** The published catalogue holds together: every code it names exists and every path can be read. */
const items = new Map(CATALOGUE.dataItems.map((i) => [i.code, i]));
const fields = new Map(CATALOGUE.fields.map((f) => [f.key, f]));
const materials = new Map(CATALOGUE.materials.map((m) => [m.code, m]));
const matters = new Map(CATALOGUE.matters.map((m) => [m.code, m]));

describe('the matter catalogue (事项清单)', () => {
  it('has at least 12 matters across all four departments, with the standard elements', () => {
    expect(CATALOGUE.matters.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CATALOGUE.matters.map((m) => m.department))).toEqual(new Set(['civil-affairs', 'social-security', 'market-access', 'e-license']));
    for (const m of CATALOGUE.matters) {
      expect(m.name).toMatch(/\p{Script=Han}/u);
      expect(m.conditions.length).toBeGreaterThan(0);
      expect(m.legalTimeLimitDays).toBeGreaterThanOrEqual(m.promisedTimeLimitDays);
      expect(m.materials.length).toBeGreaterThan(0);
      expect(m.fields.length).toBeGreaterThan(0);
    }
    expect(new Set(CATALOGUE.matters.map((m) => m.code)).size).toBe(CATALOGUE.matters.length);
  });

  it('includes every example of DOMAIN.md with its case type', () => {
    expect(matters.get(M.INDIVIDUAL_BUSINESS_REGISTRATION)).toMatchObject({ name: '个体工商户设立登记', caseType: 'IMMEDIATE' });
    expect(matters.get(M.FOOD_BUSINESS_LICENCE)).toMatchObject({ name: '食品经营许可', caseType: 'PROMISED', commitmentReplacesInspection: true });
    expect(matters.get(M.RESIDENT_PENSION_ENROLMENT)).toMatchObject({ name: '城乡居民基本养老保险参保登记', caseType: 'IMMEDIATE' });
    expect(matters.get(M.EMPLOYMENT_CERTIFICATE)).toMatchObject({ name: '就业创业证申领', caseType: 'IMMEDIATE' });
    expect(matters.get(M.SUBSISTENCE_ALLOWANCE)).toMatchObject({ name: '最低生活保障申请', caseType: 'REPORTED' });
    expect(matters.get(M.OLD_AGE_ALLOWANCE)).toMatchObject({ name: '高龄津贴申请', caseType: 'IMMEDIATE' });
    expect(matters.get(M.EMPLOYEE_INSURANCE_REGISTRATION)).toMatchObject({ department: 'social-security', applicantType: 'MARKET_ENTITY' });
  });

  it('names only fields, materials, items and situations that exist', () => {
    for (const m of CATALOGUE.matters) {
      for (const key of m.fields) expect(fields.has(key.replace(/\?$/, ''))).toBe(true);
      for (const x of m.materials) {
        expect(materials.has(x.code)).toBe(true);
        if (x.situation) expect(m.situations.map((s) => s.code)).toContain(x.situation);
      }
      for (const code of m.dataItems) expect(items.has(code)).toBe(true);
      if (m.produces) expect(materials.has(m.produces)).toBe(true);
    }
  });
});

describe('the data-sharing catalogue (数据共享清单)', () => {
  it('gives every item a provider, readable paths, an as-of path and purposes that are matters', () => {
    for (const item of CATALOGUE.dataItems) {
      for (const path of [...item.fields, item.asOfPath]) expect(parsePath(path).root).toBe(item.subjectKind === 'PERSON' ? 'person' : 'marketEntity');
      expect(item.purposes.length).toBeGreaterThan(0);
      for (const purpose of item.purposes) expect(matters.has(purpose)).toBe(true);
      if (item.method === 'E_LICENCE') expect(item.licence?.typeCode).toMatch(/^[0-9A-Z]{18}\d{3}$/);
    }
  });

  it('binds every field to a path its item covers, for the right kind of subject', () => {
    for (const field of CATALOGUE.fields) {
      for (const [kind, binding] of [['PERSON', field.person], ['MARKET_ENTITY', field.entity]] as const) {
        if (!binding) continue;
        const item = items.get(binding.item);
        expect(item?.subjectKind).toBe(kind);
        expect(item?.fields).toContain(binding.path);
      }
    }
  });

  it('lets materials be replaced only by items of the right kind of subject', () => {
    for (const material of CATALOGUE.materials) {
      if (material.person) expect(items.get(material.person)?.subjectKind).toBe('PERSON');
      if (material.entity) expect(items.get(material.entity)?.subjectKind).toBe('MARKET_ENTITY');
    }
  });
});

describe('life-event bundles (一件事)', () => {
  it('has the restaurant, retirement and hardship bundles, each across several departments', () => {
    expect(CATALOGUE.bundles.map((b) => b.code)).toEqual(expect.arrayContaining([B.OPEN_RESTAURANT, B.RETIREMENT, B.HARDSHIP_ASSISTANCE]));
    for (const bundle of CATALOGUE.bundles) {
      const departments = new Set(bundle.matters.map((code) => matters.get(code)!.department));
      expect(departments.size).toBeGreaterThanOrEqual(2);
    }
    const restaurant = CATALOGUE.bundles.find((b) => b.code === B.OPEN_RESTAURANT)!;
    expect(restaurant.matters).toEqual([M.INDIVIDUAL_BUSINESS_REGISTRATION, M.FOOD_BUSINESS_LICENCE, M.EMPLOYEE_INSURANCE_REGISTRATION]);
    expect(restaurant.result).toBe('行业综合许可证');
  });
});
