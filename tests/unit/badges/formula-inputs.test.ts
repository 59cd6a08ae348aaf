// @vitest-environment node

// A velocity's formula line shows the numbers it is worked out from: dividing them must give the
// figure shown beside it. The hours were written with two significant digits ("1 h" for 62
// minutes), so "(1,000 + 0) / 1 h" stood beside 962/h, and "(2,000 − 100) / 3.3 h" beside +585/h.
import type { PostKnowledge } from '@/lib/messages';
import { type BadgeInput, buildBadgeView } from '@/lib/metrics/badge-model';
import type { PostReading } from '@/lib/types';
import { instagramReading, storedReading } from '../fixtures/reading';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 10, 12);

const view = (r: PostReading, over: Partial<BadgeInput> = {}) =>
  buildBadgeView({ reading: r, knowledge: undefined, preference: 'auto', locale: 'en', now: NOW, ...over });

/** The numbers of an English formula's right-hand side, in order ("(1,000 + 0) / 1.04 h" → 1000, 0, 1.04). */
const numbersOf = (formula: string) =>
  (formula.split(' = ')[1]!.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((n) => Number(n.replaceAll(',', '')));

/** What the card writes for a per-hour figure in English: whole from 10, two significant digits below. */
const asShown = (v: number) =>
  new Intl.NumberFormat(
    'en',
    Math.abs(v) >= 10 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 2 },
  ).format(v);

describe("a velocity's formula gives the figure shown", () => {
  it('since posting, 62 minutes ago: 1,000 engagements are 962/h, and the formula divides by 1.04 h', () => {
    const v = view(
      instagramReading({ likes: 1000, comments: 0, publishedAt: new Date(NOW - 1.04 * HOUR).toISOString() }),
    );
    const f = v.figures.find((x) => x.label === 'Engagements per hour since posting')!;
    expect(f.value).toBe('962/h');
    expect(f.formula).toBe('(likes + comments) / hours since posting = (1,000 + 0) / 1.04 h');
    expect(v.formula).toBe(f.formula);
  });

  it.each([0.09, 0.4, 1.04, 2.55, 9.96, 14.6, 99.5, 1234.56])(
    "since posting, %s hours ago: the formula's numbers give the figure",
    (hours) => {
      const v = view(
        instagramReading({
          likes: 98_765,
          comments: 4321,
          views: null,
          publishedAt: new Date(NOW - hours * HOUR).toISOString(),
        }),
      );
      const f = v.figures.find((x) => x.label === 'Engagements per hour since posting')!;
      const [likes, comments, h] = numbersOf(f.formula) as [number, number, number];
      expect(`${asShown((likes + comments) / h)}/h`).toBe(f.value);
    },
  );

  it('between visits 3 h 15 min apart: (2,000 − 100) / 3.25 h is +585/h', () => {
    const k: PostKnowledge = {
      firstSeen: NOW - 4 * HOUR,
      lastSeen: NOW - HOUR,
      history: [storedReading(NOW - 4.25 * HOUR, 100), storedReading(NOW - HOUR, 2000)],
      authorFollowers: null,
      authorMedianEr: null,
      authorPostCount: 0,
    };
    const v = view(instagramReading({ likes: 2000 }), { knowledge: k });
    const f = v.figures.find((x) => x.label === 'Engagements per hour between visits')!;
    expect(f.value).toBe('+585/h');
    expect(f.formula).toBe('Δ likes / Δ hours = (2,000 − 100) / 3.25 h');
    expect(v.headline).toBe('+585 eng/h between visits');
  });

  it('views between visits: the formula gives the figure too', () => {
    const k: PostKnowledge = {
      firstSeen: NOW - 4 * HOUR,
      lastSeen: NOW - HOUR,
      history: [storedReading(NOW - 2.47 * HOUR, 100, 10_000), storedReading(NOW - HOUR, 150, 91_234)],
      authorFollowers: null,
      authorMedianEr: null,
      authorPostCount: 0,
    };
    const v = view(instagramReading({ likes: 150, views: 91_234 }), { knowledge: k });
    const f = v.figures.find((x) => x.label === 'Views per hour between visits')!;
    const [later, earlier, h] = numbersOf(f.formula) as [number, number, number];
    expect(`+${asShown((later - earlier) / h)}/h`).toBe(f.value);
  });

  it('in German too: the hours keep their decimals with a decimal comma', () => {
    const v = view(
      instagramReading({ likes: 1000, comments: 0, publishedAt: new Date(NOW - 1.04 * HOUR).toISOString() }),
      { locale: 'de' },
    );
    expect(v.formula).toMatch(/\(1\.000 \+ 0\) \/ 1,04 h$/);
  });
});
