import type { HubContext } from '@hub/kit';
import { InflightRequests } from '../src/transport/inflightRequests';
import { mergeKey } from '../src/transport/mergeKey';

const clerk = (id: string, token: string | null, caseId = 'case-1'): HubContext => ({
  caller: { id, role: 'CLERK', centre: '博山区城东街道便民服务中心', division: '370304001' },
  purpose: { matter: 'YJS-003', caseId, ...(token ? { token } : {}) },
  traceId: `trace-${Math.random()}`,
});
const read = JSON.stringify({ query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on Person{name}}}', variables: { representations: [{ __typename: 'Person', idNumber: '370304197611167182' }] } });

describe('merging identical department reads in flight', () => {
  it('merges only within one caller and one purpose, whatever the trace id', () => {
    const a = mergeKey(clerk('clerk-boshan', 'grant-1'), read);
    expect(a).not.toBeNull();
    expect(mergeKey(clerk('clerk-boshan', 'grant-1'), read)).toBe(a);
    expect(mergeKey(clerk('clerk-zhoucun', 'grant-1'), read)).not.toBe(a);
    expect(mergeKey(clerk('clerk-boshan', 'grant-2'), read)).not.toBe(a);
    expect(mergeKey(clerk('clerk-boshan', null), read)).not.toBe(a);
    expect(mergeKey(clerk('clerk-boshan', 'grant-1', 'case-2'), read)).not.toBe(a);
    const citizen: HubContext = { caller: { id: 'clerk-boshan', role: 'CITIZEN', idNumber: '370304197611167182' }, purpose: null, traceId: 't' };
    expect(mergeKey(citizen, read)).not.toBe(a);
  });

  it('never merges writes, or calls without an authenticated caller', () => {
    expect(mergeKey(clerk('clerk-boshan', 'grant-1'), JSON.stringify({ query: 'mutation { openCase }' }))).toBeNull();
    expect(mergeKey(undefined, read)).toBeNull();
  });

  it('answers callers of one key from one call, and calls again once it has settled', async () => {
    const inflight = new InflightRequests<string>();
    let calls = 0;
    let release!: (value: string) => void;
    const start = () => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = inflight.run('k', start);
    const second = inflight.run('k', start);
    const other = inflight.run('other', () => Promise.resolve('other answer'));
    release('answer');
    await expect(Promise.all([first, second, other])).resolves.toEqual(['answer', 'answer', 'other answer']);
    expect(calls).toBe(1);
    expect(inflight.merged).toBe(1);
    expect(inflight.size).toBe(0);
    const third = inflight.run('k', start);
    release('again');
    await expect(third).resolves.toBe('again');
    expect(calls).toBe(2);
  });

  it('gives a failure to every merged caller and forgets it', async () => {
    const inflight = new InflightRequests<string>();
    const failing = () => Promise.reject(new Error('department down'));
    await expect(Promise.all([inflight.run('k', failing), inflight.run('k', failing)])).rejects.toThrow('department down');
    await expect(inflight.run('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
