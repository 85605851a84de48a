import { citizenIdProblem } from '@hub/kit';
import { DEMO_PERSONS, DEMO_SEED, samplePeople } from '@hub/synth';
import { callerFromClaims } from '../src/auth/callerClaims';
import { demoAccounts } from '../src/auth/demoAccounts';

/** The token contract: which claims each kind of caller must carry, and which are kept. */
describe('callers from token claims', () => {
  it('binds a clerk to a service centre and its town division', () => {
    expect(callerFromClaims({ sub: 'c1', role: 'CLERK', centre: '博山区城东街道便民服务中心', division: '370304001', idNumber: '370304197611167182' })).toEqual({
      id: 'c1', role: 'CLERK', centre: '博山区城东街道便民服务中心', division: '370304001',
    });
  });

  it('binds an approver to a department, a department system to its department and grants, a citizen to an ID number', () => {
    expect(callerFromClaims({ sub: 'a', role: 'APPROVER', department: 'civil-affairs' })).toEqual({ id: 'a', role: 'APPROVER', department: 'civil-affairs' });
    expect(callerFromClaims({ sub: 's', role: 'DEPARTMENT_SYSTEM', department: 'social-security', grants: ['civil-affairs:person'] })).toEqual({
      id: 's', role: 'DEPARTMENT_SYSTEM', department: 'social-security', grants: ['civil-affairs:person'],
    });
    const { idNumber } = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED }).elderly80Plus;
    expect(callerFromClaims({ sub: 'p', role: 'CITIZEN', idNumber, name: '某' })).toEqual({ id: 'p', role: 'CITIZEN', idNumber, name: '某' });
  });

  it.each([
    ['no subject', { role: 'APPROVER', department: 'civil-affairs' }, '"sub" must be a non-empty string'],
    ['no role', { sub: 'x' }, /^"role" must be one of/],
    ['an anonymous role', { sub: 'x', role: 'ANONYMOUS' }, /^"role" must be one of/],
    ['a clerk without a centre', { sub: 'x', role: 'CLERK', division: '370304001' }, '"centre" must be a non-empty string'],
    ['a clerk with a county code for a division', { sub: 'x', role: 'CLERK', centre: 'c', division: '370304' }, /^"division" must be a 9-digit town code/],
    ['an approver of an unknown department', { sub: 'x', role: 'APPROVER', department: 'tax' }, /^"department" must be one of civil-affairs/],
    ['a department system without grants', { sub: 'x', role: 'DEPARTMENT_SYSTEM', department: 'social-security' }, '"grants" must be a list of strings'],
    ['a citizen without an ID number', { sub: 'x', role: 'CITIZEN' }, '"idNumber" must be a non-empty string'],
  ])('refuses %s', (_, claims, problem) => {
    expect(() => callerFromClaims(claims)).toThrow(problem);
  });
});

describe('demo accounts', () => {
  it('are two clerks of different centres, an approver per department, a department system and sample citizens', () => {
    const callers = demoAccounts().map((a) => callerFromClaims(a.claims));
    const clerks = callers.filter((c) => c.role === 'CLERK');
    expect(clerks.map((c) => c.division)).toEqual(['370304001', '370306001']);
    expect(clerks[0]!.centre).toBe('博山区城东街道便民服务中心');
    expect(callers.filter((c) => c.role === 'APPROVER').map((c) => c.department).sort()).toEqual(['civil-affairs', 'e-license', 'market-access', 'social-security']);
    expect(callers.filter((c) => c.role === 'DEPARTMENT_SYSTEM')).toHaveLength(1);
    const citizens = callers.filter((c) => c.role === 'CITIZEN');
    expect(citizens.length).toBeGreaterThanOrEqual(3);
    const samples = samplePeople({ persons: DEMO_PERSONS, seed: DEMO_SEED });
    expect(citizens[0]!.idNumber).toBe(samples.restaurantOwner.idNumber);
    for (const c of citizens) expect(citizenIdProblem(c.idNumber!)).toBeNull();
    expect(new Set(demoAccounts().map((a) => a.account)).size).toBe(demoAccounts().length);
  });
});
