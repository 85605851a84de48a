import { DEMO_PERSONS, DEMO_SEED, DEPARTMENTS, type TableRows, departmentChunks, generateDepartment } from './index';

/** Same seed and size → byte-identical rows; chunking never changes them. */
describe('determinism', () => {
  const options = { persons: 600, seed: 'determinism' };

  it.each(DEPARTMENTS)('%s: the same seed gives byte-identical rows', (department) => {
    expect(JSON.stringify(generateDepartment(department, options))).toBe(JSON.stringify(generateDepartment(department, options)));
  });

  it.each(DEPARTMENTS)('%s: another seed gives other rows', (department) => {
    const other = generateDepartment(department, { ...options, seed: 'determinism-2' });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(generateDepartment(department, options)));
  });

  it.each(DEPARTMENTS)('%s: chunks of 7 households concatenate to the whole', (department) => {
    const merged = new Map<string, TableRows['rows']>();
    for (const chunk of departmentChunks(department, { ...options, chunkHouseholds: 7 })) {
      for (const t of chunk) merged.set(t.table, [...(merged.get(t.table) ?? []), ...t.rows]);
    }
    for (const t of generateDepartment(department, options)) expect(merged.get(t.table)).toEqual(t.rows);
  });

  it('generates exactly the requested number of residents', () => {
    for (const persons of [1, 2, 7, 600, DEMO_PERSONS]) {
      const residents = generateDepartment('civil-affairs', { persons, seed: DEMO_SEED }).find((t) => t.table === 'Resident')!;
      expect(residents.rows).toHaveLength(persons);
    }
  });

  it('refuses a population that is not a positive integer', () => {
    expect(() => generateDepartment('civil-affairs', { persons: 0, seed: 1 })).toThrow(/positive integer/);
  });
});
