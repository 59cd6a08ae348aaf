// @vitest-environment node

// parseRelativeTime keeps what a text says per locale (relative-time.ts): a kept label must still
// resolve against each call's "now", and a full cache must not change answers.
import { parseRelativeTime } from '@/lib/read/relative-time';

const NOW = Date.parse('2025-03-11T16:00:00Z');
const LATER = Date.parse('2026-07-02T09:30:00Z');

describe('parseRelativeTime: what a text says is kept, when it was read is not', () => {
  it('reads the same label against each now it is given', () => {
    expect(parseRelativeTime('3 days ago', 'en', NOW)).toBe('2025-03-08');
    expect(parseRelativeTime('3 days ago', 'en', LATER)).toBe('2026-06-29');
    expect(parseRelativeTime('now', 'en', LATER)).toBe(new Date(LATER).toISOString());
    expect(parseRelativeTime('Yesterday', 'en', NOW)).toBe('2025-03-10');
    expect(parseRelativeTime('Yesterday', 'en', LATER)).toBe('2026-07-01');
  });

  it('checks a dated label against each now: a date after now is not read', () => {
    const dated = 'Mar 4, 2026';
    expect(parseRelativeTime(dated, 'en', NOW)).toBeNull();
    expect(parseRelativeTime(dated, 'en', LATER)).toBe('2026-03-04');
    // Without a year: the latest one not after now.
    expect(parseRelativeTime('Dec 24', 'en', NOW)).toBe('2024-12-24');
    expect(parseRelativeTime('Dec 24', 'en', LATER)).toBe('2025-12-24');
  });

  it('keeps a text per locale: the same text can be a label in one and nothing in another', () => {
    expect(parseRelativeTime('vor 3 Std.', 'en', NOW)).toBeNull();
    expect(parseRelativeTime('vor 3 Std.', 'de', NOW)).toBe('2025-03-11T13:00:00.000Z');
    expect(parseRelativeTime('vor 3 Std.', 'en', NOW)).toBeNull();
  });

  it('reads the same after thousands of other texts have filled the cache', () => {
    expect(parseRelativeTime('2 weeks ago', 'en', NOW)).toBe('2025-02-25');
    for (let i = 0; i < 5000; i++) expect(parseRelativeTime(`${i}K views`, 'en', NOW)).toBeNull();
    expect(parseRelativeTime('2 weeks ago', 'en', NOW)).toBe('2025-02-25');
    expect(parseRelativeTime('2 weeks ago', 'en', Number.NaN)).toBeNull();
  });
});
