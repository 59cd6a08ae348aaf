// @vitest-environment node

import { validateBatch } from '@/lib/check';
import { formatNumber } from '@/lib/format';
// The background's check of a batch (lib/check.ts, lib/check-fields.ts).
import { LIMITS } from '@/lib/limits';
import { batch, post } from './fixtures/batch-input';

function checked(input: unknown) {
  const r = validateBatch(input);
  if (!r.ok) throw new Error(r.error);
  return r;
}

const WHO = `x:${post().postId}`;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('a posting time on a day the calendar lacks is refused, not moved to another day', () => {
  // "2025-02-30T12:00:00Z" names no day: V8's Date.parse rolls it over to 2 March, which would be
  // stored as the posting time, two days off, without a word.
  it.each([
    ['2025-02-30T12:00:00Z'],
    ['2025-02-29T08:15:00.000Z'], // 2025 is no leap year
    ['2024-04-31T23:00:00+02:00'],
    ['2023-06-31T10:00Z'],
  ])('%s is stored as unknown, and said', (publishedAt) => {
    const r = checked(batch([post({ publishedAt })]));
    expect(r.dropped).toEqual([]);
    expect(r.batch.posts[0]?.publishedAt).toBeNull();
    expect(r.nulled).toEqual([`${WHO} publishedAt: not a real date, got ${JSON.stringify(publishedAt)}`]);
  });

  it.each([
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'], // a leap day
    ['2025-03-01T01:00:00+02:00', '2025-02-28T23:00:00.000Z'], // a real day, the day before in UTC
    ['2025-04-30T23:59:59.999Z', '2025-04-30T23:59:59.999Z'],
  ])('a real day %s is kept (%s)', (publishedAt, stored) => {
    const r = checked(batch([post({ publishedAt })]));
    expect(r.nulled).toEqual([]);
    expect(r.batch.posts[0]?.publishedAt).toBe(stored);
  });
});

describe('a text cut to its limit is cut between characters, and the note says what was kept', () => {
  // An emoji is two UTF-16 units; cutting between them leaves half an emoji, which an export
  // writes as "\ud83d" (JSON) or "�" (CSV): the end of the caption is altered, not just cut.
  it('a post text whose limit falls inside an emoji keeps no half emoji', () => {
    const text = `${'a'.repeat(LIMITS.text - 1)}😀${'b'.repeat(100)}`;
    const r = checked(batch([post({ text })]));
    const kept = r.batch.posts[0]?.text ?? '';
    expect(LONE_SURROGATE.test(kept)).toBe(false);
    expect(kept).toBe('a'.repeat(LIMITS.text - 1));
    expect(r.cut).toEqual([`${WHO} text: longer than 65,536 characters, kept the first 65,535`]);
  });

  it('an author name whose limit falls inside an emoji keeps no half emoji', () => {
    const name = `${'n'.repeat(299)}🚀🚀`;
    const r = checked(batch([post({ author: { handle: 'nasa', name, followers: null } })]));
    const kept = r.batch.posts[0]?.author.name ?? '';
    expect(LONE_SURROGATE.test(kept)).toBe(false);
    expect(kept).toBe('n'.repeat(299));
    expect(r.cut).toEqual([`${WHO} author.name: longer than 300 characters, kept the first 299`]);
  });

  it('an emoji that ends exactly at the limit is kept whole', () => {
    const text = `${'a'.repeat(LIMITS.text - 2)}😀tail`;
    const r = checked(batch([post({ text })]));
    expect(r.batch.posts[0]?.text).toBe(`${'a'.repeat(LIMITS.text - 2)}😀`);
    expect(r.cut).toEqual([`${WHO} text: longer than 65,536 characters, kept the first 65,536`]);
  });
});

describe('a count of minus zero', () => {
  // -0 passes "0 or more" (-0 < 0 is false) but is no count a page shows: Intl writes it "-0",
  // so the badge and tables would read "-0 likes". A structured clone (Firefox's messaging)
  // carries -0 across as it is.
  it('is stored as 0, and shown as 0', () => {
    const r = checked(batch([post({ likes: -0, comments: -0 })]));
    const p = r.batch.posts[0];
    expect(Object.is(p?.likes, 0)).toBe(true);
    expect(Object.is(p?.comments, 0)).toBe(true);
    expect(formatNumber(p?.likes, 'en')).toBe('0');
  });

  it('as a profile follower count is stored as 0', () => {
    const r = checked(batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers: -0 } }));
    expect(Object.is(r.batch.profile?.followers, 0)).toBe(true);
  });
});
