// @vitest-environment node

// slotFinder places instants by a zone offset read once per UTC day; localSlot asks Intl for each.
// They must agree on every instant: in every zone Intl knows, on random instants, and every
// 15 minutes through whole years of zones whose offsets change (by an hour, by half an hour, at
// half-hour offsets), where a day-long shortcut would first go wrong.
import { localSlot, slotFinder } from '@/lib/insights/zone-slots';
import { prng } from '../reliability/mutate-dom';

const QUARTER = 15 * 60_000;
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2036, 0, 1);

describe('slotFinder agrees with localSlot', () => {
  it('on 150 random instants (2000–2035, and some before 1970) in every zone Intl knows', () => {
    const random = prng(20261203);
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const zone of zones) {
      const find = slotFinder(zone);
      for (let i = 0; i < 150; i++) {
        const at =
          i % 10 === 0
            ? Math.floor(-random() * 2_000_000_000_000)
            : FROM + Math.floor(random() * (TO - FROM));
        const a = find(at);
        const b = localSlot(at, zone);
        if (a.weekday !== b.weekday || a.hour !== b.hour) wrong.push(`${zone} ${new Date(at).toISOString()}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['America/New_York', 2025], // an hour, at 02:00 local
    ['Europe/London', 2024], // an hour, at 01:00 UTC
    ['Australia/Lord_Howe', 2024], // half an hour, on a half-hour offset
    ['America/Santiago', 2024], // the southern summer, changes at midnight local
    ['Asia/Kathmandu', 2024], // +05:45, no change
    ['Pacific/Chatham', 2024], // +12:45 / +13:45
  ])('every 15 minutes of %s in %i', (zone, year) => {
    const find = slotFinder(zone);
    const wrong: string[] = [];
    for (let at = Date.UTC(year, 0, 1); at < Date.UTC(year + 1, 0, 1); at += QUARTER) {
      for (const t of [at, at + 59_999]) {
        const a = find(t);
        const b = localSlot(t, zone);
        if (a.weekday !== b.weekday || a.hour !== b.hour) wrong.push(new Date(t).toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it('throws for a zone Intl does not know, as localSlot does', () => {
    expect(() => slotFinder('Mars/Olympus_Mons')(Date.UTC(2025, 0, 1))).toThrow(RangeError);
  });
});
