// @vitest-environment node

import type { PostKnowledge } from '@/lib/messages';
import { buildBadgeView } from '@/lib/metrics/badge-model';
// Velocity between two stored readings: the recorder stores a reading whenever a count changes, so
// a post whose counts tick while its page is open gets readings seconds apart. The latest is
// compared with the newest earlier reading at least MIN_AGE_MS (5 minutes) before it, never with
// one seconds before it; none when there is no such reading. The badge (recentVelocity) and the
// tables (a row built from the post's stored summary) give the same number for the same history.
import { MIN_AGE_MS, recentVelocity } from '@/lib/metrics/time-rates';
import { buildRow, rowFromSummary } from '@/lib/queries/rows';
import type { PostRecord, PostSummary, SnapshotRecord } from '@/lib/records';
import { emptySummary, summarize, withSnapshot, withSnapshotReplaced } from '@/lib/store/summary';
import { instagramReading, storedReading } from '../fixtures/reading';

const T0 = Date.UTC(2026, 0, 10, 12);
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

const POST: PostRecord = {
  key: 'x:1',
  platform: 'x',
  postId: '1',
  url: 'https://x.com/a/status/1',
  authorKey: null,
  authorHandle: null,
  authorName: null,
  publishedAt: null,
  text: '',
  promoted: false,
  firstSeen: T0,
  lastSeen: T0,
};

const snap = (at: number, likes: number | null, views: number | null = null): SnapshotRecord => ({
  postKey: POST.key,
  ...storedReading(at, likes, views),
  followers: null,
});

const knowledge = (history: PostKnowledge['history']): PostKnowledge => ({
  firstSeen: T0,
  lastSeen: T0,
  history,
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
});

/** A figure's value on the badge's card, or null when it shows none. */
function figure(v: ReturnType<typeof buildBadgeView>, label: string): string | null {
  const f = v.figures.find((x) => x.label === label);
  // A figure per hour, not the words of what it needs ("needs 2 stored readings 5 min … apart").
  return f && /\/h$/.test(f.value) ? f.value : null;
}

/** The tables' velocity: from the summary built at once, and from the one kept snapshot by snapshot. */
function tableVelocities(snaps: readonly SnapshotRecord[]): [number | null, number | null] {
  const built = buildRow(POST, snaps, undefined, 'auto').velocity;
  const kept = snaps.reduce((s, x) => withSnapshot(s, x, null), emptySummary(null));
  return [built, rowFromSummary(POST, kept, 'auto').velocity];
}

describe('velocity between readings seconds apart', () => {
  // Read an hour ago at 100 likes, then twice while the page stays open: 160 likes, and 30 s
  // later 162. The change over the last 30 s alone would read +240/h.
  const ticking = [snap(T0, 100), snap(T0 + HOUR, 160), snap(T0 + HOUR + 30 * SEC, 162)];
  const overHour = (162 - 100) / ((HOUR + 30 * SEC) / HOUR);

  it('the badge compares the latest with the newest reading at least 5 minutes before it', () => {
    const v = recentVelocity(ticking)!;
    expect(v.from.capturedAt).toBe(T0);
    expect(v.engagementPerHour).toBeCloseTo(overHour, 9);
  });

  it('the tables compare the same two readings', () => {
    const [built, kept] = tableVelocities(ticking);
    expect(built).toBeCloseTo(overHour, 9);
    expect(kept).toBeCloseTo(overHour, 9);
  });

  it('none when every earlier reading is under 5 minutes old', () => {
    const history = [snap(T0, 100), snap(T0 + 30 * SEC, 102)];
    expect(recentVelocity(history)).toBeNull();
    expect(tableVelocities(history)).toEqual([null, null]);
  });

  it('exactly 5 minutes apart is compared', () => {
    const history = [snap(T0, 100), snap(T0 + MIN_AGE_MS, 110)];
    expect(recentVelocity(history)?.engagementPerHour).toBeCloseTo(120, 9);
    expect(tableVelocities(history)).toEqual([expect.closeTo(120, 9), expect.closeTo(120, 9)]);
  });

  it('the chip does not lead with +240 eng/h from the last 30 seconds', () => {
    const now = T0 + 2 * HOUR;
    const v = buildBadgeView({
      reading: instagramReading({ likes: 162, comments: null }),
      knowledge: knowledge([storedReading(now - 30 * SEC, 160), storedReading(now, 162)]),
      preference: 'auto',
      locale: 'en',
      now,
    });
    expect(v.label).not.toContain('+240');
    expect(figure(v, 'Engagements per hour between visits')).toBeNull();
    // And it says what is missing: not counts (both readings show likes) but time between them.
    expect(v.figures.find((x) => x.label === 'Engagements per hour between visits')?.value).toBe(
      'needs 2 stored readings 5 min or more apart, both showing counts',
    );
  });

  it('the badge shows no views per hour from two readings seconds apart', () => {
    // A video grid shows plays alone: views between visits, from the readings that show views.
    const now = T0 + 2 * HOUR;
    const v = buildBadgeView({
      reading: instagramReading({ likes: null, comments: null, views: 1100 }),
      knowledge: knowledge([storedReading(now - 30 * SEC, null, 1000), storedReading(now, null, 1100)]),
      preference: 'auto',
      locale: 'en',
      now,
    });
    expect(figure(v, 'Views per hour between visits')).not.toBe('+12,000/h');
    expect(figure(v, 'Views per hour between visits') ?? null).toBeNull();
  });
});

describe('the tables keep the reading to compare as snapshots come one by one', () => {
  // Readings every 2 minutes for 10 minutes: the one to compare with the last (10 min) is the one
  // at 4 min, which a summary keeping only the last two readings (8, 10 min) no longer has.
  const every2 = [0, 2, 4, 6, 8, 10].map((m, i) => snap(T0 + m * MIN, 100 + 10 * i * i));
  // 100, 110, 140, 190, 260, 350 likes: from 4 to 10 minutes, 210 in 6 minutes.

  it('readings every 2 minutes', () => {
    const expected = (350 - 140) / (6 / 60);
    expect(recentVelocity(every2)?.engagementPerHour).toBeCloseTo(expected, 9);
    expect(tableVelocities(every2)).toEqual([expect.closeTo(expected, 9), expect.closeTo(expected, 9)]);
  });

  it('a late snapshot, older than the latest, becomes the one to compare when it is the newest old enough', () => {
    const late = snap(T0 + 5 * MIN, 500);
    const history = [...every2.slice(0, 2), late, ...every2.slice(2)].sort(
      (a, b) => a.capturedAt - b.capturedAt,
    );
    const kept = [...every2, late].reduce((s, x) => withSnapshot(s, x, null), emptySummary(null));
    const expected = (350 - 500) / (5 / 60);
    expect(recentVelocity(history)?.engagementPerHour).toBeCloseTo(expected, 9);
    expect(rowFromSummary(POST, kept, 'auto').velocity).toBeCloseTo(expected, 9);
    expect(kept).toEqual(summarize(history, null));
  });

  it('a late snapshot older than the one compared changes nothing', () => {
    const kept = [...every2, snap(T0 - HOUR, 1)].reduce(
      (s, x) => withSnapshot(s, x, null),
      emptySummary(null),
    );
    expect(rowFromSummary(POST, kept, 'auto').velocity).toBeCloseTo((350 - 140) / (6 / 60), 9);
  });

  it('a reading merged into the one compared is compared with its new counts', () => {
    const kept = every2.reduce((s, x) => withSnapshot(s, x, null), emptySummary(null));
    const merged = withSnapshotReplaced(kept, snap(T0 + 4 * MIN, 90), null);
    expect(rowFromSummary(POST, merged, 'auto').velocity).toBeCloseTo((350 - 90) / (6 / 60), 9);
  });
});

describe('a summary stored before it kept the readings to compare', () => {
  const reading = (at: number, likes: number) => ({ ...storedReading(at, likes), followers: null });
  const old = (snapshotCount: number, previousAt: number): PostSummary => ({
    snapshotCount,
    latest: reading(T0 + HOUR, 160),
    previous: reading(previousAt, 100),
    followers: null,
  });

  it('its previous reading 30 s before the latest, older ones unknown: no velocity, not +7,200/h', () => {
    expect(rowFromSummary(POST, old(3, T0 + HOUR - 30 * SEC), 'auto').velocity).toBeNull();
  });

  it('its previous reading an hour before the latest: compared as before', () => {
    expect(rowFromSummary(POST, old(3, T0), 'auto').velocity).toBeCloseTo(60, 9);
  });

  it('a new snapshot finds the reading to compare among the two it holds', () => {
    const s = withSnapshot(old(5, T0), snap(T0 + HOUR + 30 * SEC, 162), null);
    expect(rowFromSummary(POST, s, 'auto').velocity).toBeCloseTo((162 - 100) / (1 + 30 / 3600), 9);
  });
});
