import fc from 'fast-check';
import { addYears, ageOn, civil, dayOf, isoDate, isoInstant, monthsBetween } from './calendar';

describe('calendar arithmetic on day numbers', () => {
  it('agrees with Date for every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) }), (day) => {
        const date = new Date(day * 86_400_000);
        const [y, m, d] = civil(day);
        return y === date.getUTCFullYear() && m === date.getUTCMonth() + 1 && d === date.getUTCDate() && isoDate(day) === date.toISOString().slice(0, 10);
      }),
    );
  });

  it('formats instants exactly as toISOString does', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => isoInstant(ms) === new Date(ms).toISOString()));
  });

  it('counts completed years and months', () => {
    const birth = dayOf(1946, 11, 2);
    expect(ageOn(birth, dayOf(2026, 11, 1))).toBe(79);
    expect(ageOn(birth, dayOf(2026, 11, 2))).toBe(80);
    expect(addYears(dayOf(2000, 2, 29), 1)).toBe(dayOf(2001, 3, 1));
    expect(monthsBetween(dayOf(2020, 1, 31), dayOf(2020, 3, 30))).toBe(1);
    expect(monthsBetween(dayOf(2020, 1, 31), dayOf(2020, 3, 31))).toBe(2);
  });
});
