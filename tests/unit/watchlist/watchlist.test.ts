// @vitest-environment node

// The stored watchlist: every bad field falls back to its default with a reason; stars toggle.
import {
  checkWatchlist,
  DEFAULT_WATCHLIST,
  factorProblem,
  getWatchlist,
  MAX_STARS,
  storeStarToggle,
  toggleKey,
  updateWatchlist,
  watchlistItem,
} from '@/lib/watchlist';

describe('checkWatchlist', () => {
  it('keeps a good value as it is', () => {
    const good = { posts: ['x:1'], authors: ['x:nasa'], postFactor: 2.5, authorFactor: 4, alerts: true };
    expect(checkWatchlist(good)).toEqual({ value: good, problems: [] });
  });

  it.each([
    ['nothing stored', undefined, DEFAULT_WATCHLIST, []],
    ['not an object', 'stars', DEFAULT_WATCHLIST, ['not an object']],
    ['posts not a list', { posts: 'x:1' }, DEFAULT_WATCHLIST, ['posts: not a list']],
    [
      'bad and repeated keys',
      { posts: ['x:1', 'x:1', 42, 'nocolon', 'X:2'] },
      { ...DEFAULT_WATCHLIST, posts: ['x:1'] },
      ['posts: 4 bad or repeated keys left out'],
    ],
    ['a threshold below 1', { postFactor: 0.5 }, DEFAULT_WATCHLIST, ['postFactor must be from 1 to 100']],
    [
      'a threshold above 100',
      { authorFactor: 101 },
      DEFAULT_WATCHLIST,
      ['authorFactor must be from 1 to 100'],
    ],
    ['a threshold as text', { postFactor: '3' }, DEFAULT_WATCHLIST, ['postFactor must be a number']],
    ['a threshold NaN', { authorFactor: Number.NaN }, DEFAULT_WATCHLIST, ['authorFactor must be a number']],
    ['threshold 1 is allowed', { postFactor: 1 }, { ...DEFAULT_WATCHLIST, postFactor: 1 }, []],
    ['alerts as text', { alerts: 'yes' }, DEFAULT_WATCHLIST, ['alerts: not true or false']],
  ])('%s', (_name, raw, value, problems) => {
    expect(checkWatchlist(raw)).toEqual({ value, problems });
  });

  it('keeps at most MAX_STARS keys', () => {
    const many = Array.from({ length: MAX_STARS + 3 }, (_, i) => `x:${i}`);
    expect(checkWatchlist({ posts: many }).value.posts).toHaveLength(MAX_STARS);
  });
});

describe('factorProblem', () => {
  it.each([
    [1, null],
    [2, null],
    [100, null],
    [0.99, 'must be from 1 to 100'],
    [100.5, 'must be from 1 to 100'],
    [Number.POSITIVE_INFINITY, 'must be a number'],
    ['2', 'must be a number'],
  ])('%s → %s', (v, problem) => {
    expect(factorProblem(v)).toBe(problem);
  });
});

describe('stars in storage.local', () => {
  it('toggleKey refuses a star past MAX_STARS and keeps every star it had', () => {
    const full = Array.from({ length: MAX_STARS }, (_, i) => `x:${i}`);
    expect(() => toggleKey(full, 'x:new')).toThrow(
      `the watchlist holds at most ${MAX_STARS}; unstar one first (Options → Watchlist)`,
    );
    expect(toggleKey(full, 'x:0')).toHaveLength(MAX_STARS - 1);
    expect(full).toHaveLength(MAX_STARS);
  });

  it('toggleKey adds an absent key and removes a present one', () => {
    expect(toggleKey(['x:1'], 'x:2')).toEqual(['x:1', 'x:2']);
    expect(toggleKey(['x:1', 'x:2'], 'x:1')).toEqual(['x:2']);
  });

  it('storeStarToggle stars, then unstars, keeping the rest, and answers the list it stored', async () => {
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, authors: ['x:nasa'], postFactor: 4 });
    const starred = await storeStarToggle('posts', 'x:1');
    expect(starred.posts.includes('x:1')).toBe(true);
    expect(await watchlistItem.getValue()).toEqual({
      ...DEFAULT_WATCHLIST,
      posts: ['x:1'],
      authors: ['x:nasa'],
      postFactor: 4,
    });
    expect(starred).toEqual(await watchlistItem.getValue());
    const unstarred = await storeStarToggle('posts', 'x:1');
    expect(unstarred.posts.includes('x:1')).toBe(false);
    expect((await watchlistItem.getValue()).posts).toEqual([]);
    expect(unstarred).toEqual(await watchlistItem.getValue());
  });

  it('reads a broken stored value with defaults and logs why', async () => {
    await watchlistItem.setValue({ posts: ['x:1'], postFactor: -1 } as never);
    const warnings: string[] = [];
    expect(await getWatchlist((m) => warnings.push(m))).toEqual({ ...DEFAULT_WATCHLIST, posts: ['x:1'] });
    expect(warnings).toEqual([
      'PostLens: watchlist read with defaults for: postFactor must be from 1 to 100',
    ]);
  });

  it('updateWatchlist refuses a bad threshold, keeping the default', async () => {
    expect((await updateWatchlist({ authorFactor: 0 })).authorFactor).toBe(3);
    expect((await updateWatchlist({ authorFactor: 5 })).authorFactor).toBe(5);
  });
});
