import { parsePath, readPath } from '../src/modules/prefill/paths';

describe('paths into the federated graph', () => {
  it('parses plain steps, list steps and filters', () => {
    expect(parsePath('person.household.address')).toEqual({ root: 'person', steps: [{ name: 'household' }, { name: 'address' }] });
    expect(parsePath('person.household.members[].person.name').steps.map((s) => s.name)).toEqual(['household', 'members', 'person', 'name']);
    expect(parsePath('person.insuranceEnrolments[status=ACTIVE].scheme').steps[0]).toEqual({ name: 'insuranceEnrolments', filter: { field: 'status', value: 'ACTIVE' } });
  });

  it('refuses paths that do not start at a subject or cannot be read', () => {
    expect(() => parsePath('household.address')).toThrow(/person or marketEntity/);
    expect(() => parsePath('person')).toThrow(/names no field/);
    expect(() => parsePath('person.a[b]')).toThrow(/cannot read step/);
  });

  it('reads values through objects and lists, filtering and dropping nulls', () => {
    const person = {
      household: { address: '博山区城东街道', members: [{ person: { name: '张三' } }, { person: { name: null } }, { person: { name: '李四' } }] },
      insuranceEnrolments: [{ status: 'ACTIVE', scheme: 'A' }, { status: 'TERMINATED', scheme: 'B' }, { status: 'ACTIVE', scheme: 'C' }],
      employments: [{ current: true, employerName: '甲厂' }, { current: false, employerName: '乙厂' }],
      socialSecurityCard: null,
    };
    const read = (path: string) => readPath(person, parsePath(path).steps);
    expect(read('person.household.address')).toEqual(['博山区城东街道']);
    expect(read('person.household.members[].person.name')).toEqual(['张三', '李四']);
    expect(read('person.insuranceEnrolments[status=ACTIVE].scheme')).toEqual(['A', 'C']);
    expect(read('person.employments[current=true].employerName')).toEqual(['甲厂']);
    expect(read('person.socialSecurityCard.cardNumber')).toEqual([]);
    expect(readPath(null, parsePath('person.name').steps)).toEqual([]);
  });
});
