import { chinaToday, effectiveStatus } from '../src/modules/licence/licenceStatus';

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('effectiveStatus', () => {
  test('a VALID licence is EXPIRED only after its last valid day', () => {
    expect(effectiveStatus('VALID', date('2026-11-22'), '2026-11-23')).toBe('EXPIRED');
    expect(effectiveStatus('VALID', date('2026-11-23'), '2026-11-23')).toBe('VALID');
    expect(effectiveStatus('VALID', null, '2026-11-23')).toBe('VALID');
  });

  test('any other recorded status is reported as recorded', () => {
    for (const status of ['REVOKED', 'CANCELLED', 'WITHDRAWN', 'EXPIRED'] as const) {
      expect(effectiveStatus(status, date('2000-01-01'), '2026-11-23')).toBe(status);
    }
  });
});

describe('chinaToday', () => {
  test('is the calendar date in China Standard Time (UTC+8)', () => {
    expect(chinaToday(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(chinaToday(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
  });
});
