import { createHash } from 'node:crypto';
import { CHAIN_HASH, canonicalRecord, genesisHash, recordHash } from './chain';
import type { ChainedDataAccess } from './entry';

const record: Omit<ChainedDataAccess, 'hash'> = {
  seq: 7, at: new Date('2026-11-23T10:00:00.123Z'), subjectIdNumber: '370304198001010012', items: ['household.address', 'name'],
  callerId: 'clerk-7', callerRole: 'CLERK', callerName: '李四', callerCentre: '城东街道便民服务中心', callerDivision: '370304001',
  callerDepartment: null, purposeMatter: '370304-GTGSH-001', purposeCase: null, traceId: 'trace-0001', prevHash: 'a'.repeat(64),
};

describe('the data-access hash chain', () => {
  it('uses SM3 (GB/T 32905), checked against the standard’s example', () => {
    expect(CHAIN_HASH).toBe('sm3');
    expect(createHash(CHAIN_HASH).update('abc').digest('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(recordHash(record)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('starts each department’s chain from its own genesis value', () => {
    expect(genesisHash('civil-affairs')).not.toBe(genesisHash('social-security'));
    expect(genesisHash('civil-affairs')).toBe(genesisHash('civil-affairs'));
  });

  it('serialises every field, in a fixed order, so changing any one changes the hash', () => {
    expect(canonicalRecord(record)).toBe(canonicalRecord({ ...record, items: [...record.items] }));
    const changes: Array<Partial<Omit<ChainedDataAccess, 'hash'>>> = [
      { seq: 8 }, { at: new Date('2026-11-23T10:00:00.124Z') }, { subjectIdNumber: '370304201001010024' }, { items: ['name'] },
      { callerId: 'clerk-8' }, { callerRole: 'APPROVER' }, { callerName: null }, { callerCentre: null }, { callerDivision: '370304002' },
      { callerDepartment: 'civil-affairs' }, { purposeMatter: null }, { purposeCase: 'C1' }, { traceId: 'trace-0002' }, { prevHash: 'b'.repeat(64) },
    ];
    const hashes = new Set(changes.map((change) => recordHash({ ...record, ...change })));
    expect(hashes.size).toBe(changes.length);
    expect(hashes.has(recordHash(record))).toBe(false);
  });

  it('tells an absent value from an empty one', () => {
    expect(recordHash({ ...record, callerDepartment: '' })).not.toBe(recordHash(record));
  });
});
