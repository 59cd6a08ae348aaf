// @vitest-environment node

// isoDate (lib/platforms/dom.ts) keeps a datetime as written only when a Date round trip would
// give it back: every value here is checked against the round trip itself.
import { isoDate } from '@/lib/platforms/dom';

/** The long way: what isoDate gave before it kept any value as written. */
function roundTrip(value: string | number | null): string | null {
  if (value === null || value === '') return null;
  const d = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

describe('isoDate', () => {
  it('agrees with the Date round trip, in range and rolled over (24:00, 30 February, 29 February 1900)', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const values: (string | number | null)[] = [
      null,
      '',
      'soon',
      '2024-01-01',
      '2024-01-01T00:00:00Z',
      0,
      1.7e9,
    ];
    for (const y of [0, 1900, 2000, 2023, 2024, 9999]) {
      for (let mo = 0; mo <= 13; mo++) {
        for (let d = 0; d <= 32; d++) {
          for (const time of ['00:00:00', '23:59:59', '24:00:00', '12:60:00', '12:00:60']) {
            values.push(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${time}.123Z`);
          }
        }
      }
    }
    for (const v of values) expect(isoDate(v), String(v)).toBe(roundTrip(v));
  });

  it.each([
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
    ['1900-02-29T00:00:00.000Z', '1900-03-01T00:00:00.000Z'],
    ['2025-10-28T24:00:00.000Z', '2025-10-29T00:00:00.000Z'],
    ['2025-10-28T11:13:47Z', '2025-10-28T11:13:47.000Z'],
    ['2025-10-28T11:13:47.000+02:00', '2025-10-28T09:13:47.000Z'],
  ])('%s → %s', (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });
});
