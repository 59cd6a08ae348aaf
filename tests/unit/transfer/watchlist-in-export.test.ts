// @vitest-environment node

// Stars (the watchlist's starred posts and authors) in the JSON export: written only when there is
// a star (files without keep their bytes), described by docs/export.schema.json, read back exactly
// whatever the file's version, refused with path, value and reason when wrong, as the annotations
// are; and the union an import keeps them by, which never drops a stored star and counts those
// MAX_STARS leaves no room for.
import {
  buildExport,
  EXPORT_FORMAT,
  type ExportFile,
  readImport,
  serializeExport,
  starsOf,
  withAnnotations,
  withCampaigns,
  withWatchlist,
} from '@/lib/transfer';
import { MAX_STARS, unionStars } from '@/lib/watchlist';
import { problems } from './export-schema';
import { CAMPAIGN_FULL, EXPORTED_AT, T0, VARIED } from './fixtures';

const NOW = T0 + 30 * 24 * 3_600_000;
const STARS = { posts: ['x:1', 'reddit:t3_abc'], authors: ['x:alice', 'mastodon:bob@mastodon.social'] };
const base = (): ExportFile =>
  withAnnotations(withCampaigns(buildExport(VARIED, EXPORTED_AT), [CAMPAIGN_FULL]), {
    sets: [],
    tags: { 'x:1': ['launch'] },
    notes: {},
  });

describe('stars in the export', () => {
  it('leaves the key out when there is no star, so such files keep their bytes', () => {
    expect(serializeExport(withWatchlist(base(), { posts: [], authors: [] }))).toBe(serializeExport(base()));
    expect(serializeExport(withWatchlist(base(), null))).toBe(serializeExport(base()));
    expect(serializeExport(withWatchlist(base(), { posts: [], authors: [] }))).not.toContain('"watchlist"');
  });

  it('writes the two lists last, nothing of the settings, and the schema describes them', () => {
    const stored = { ...STARS, postFactor: 2, authorFactor: 3, alerts: true };
    const file = JSON.parse(serializeExport(withWatchlist(base(), stored)));
    expect(Object.keys(file).at(-1)).toBe('watchlist');
    expect(file.watchlist).toEqual(STARS);
    expect(problems(file)).toEqual([]);
    expect(problems({ ...file, watchlist: { ...STARS, postFactor: 2 } })).not.toEqual([]);
    expect(problems({ ...file, watchlist: { posts: ['x:1', 'x:1'], authors: [] } })).not.toEqual([]);
  });

  it('comes back exactly through import, in version 2 and version 1 files', () => {
    const text = serializeExport(withWatchlist(base(), STARS));
    const read = readImport(text, { now: NOW });
    expect(read.ok).toBe(true);
    if (read.ok) expect(starsOf(read.data)).toEqual(STARS);
    const v1 = { format: EXPORT_FORMAT, version: 1, exportedAt: EXPORTED_AT, posts: [], authors: [] };
    const one = readImport(JSON.stringify({ ...v1, watchlist: { posts: [], authors: ['x:nasa'] } }), {
      now: NOW,
    });
    expect(one.ok && starsOf(one.data)).toEqual({ posts: [], authors: ['x:nasa'] });
    const without = readImport(serializeExport(base()), { now: NOW });
    expect(without.ok && 'watchlist' in without.data).toBe(false);
  });

  const LIST = 'must be an array (a list, possibly empty)';
  const POST = 'must be a post key (platform:postId) of a platform PostLens reads';
  const AUTHOR =
    'must be an author key (platform:handle) of a platform PostLens reads, the handle in lower case, as PostLens writes it';
  it.each([
    ['not an object', [], 'watchlist', 'must be an object with the lists posts and authors'],
    ['null', null, 'watchlist', 'must be an object with the lists posts and authors'],
    ['a threshold', { ...STARS, postFactor: 2 }, 'watchlist.postFactor', 'is not a field of watchlist'],
    ['the authors left out', { posts: ['x:1'] }, 'watchlist.authors', LIST],
    ['the posts as one key', { posts: 'x:1', authors: [] }, 'watchlist.posts', LIST],
    ['a post key without a platform', { posts: ['1'], authors: [] }, 'watchlist.posts[0]', POST],
    ['a platform PostLens does not read', { posts: ['twitter:1'], authors: [] }, 'watchlist.posts[0]', POST],
    ['a blank post id', { posts: ['x: '], authors: [] }, 'watchlist.posts[0]', POST],
    ['a number', { posts: [7], authors: [] }, 'watchlist.posts[0]', POST],
    [
      'a post id over 200 characters',
      { posts: [`x:${'1'.repeat(201)}`], authors: [] },
      'watchlist.posts[0]',
      POST,
    ],
    [
      'a post starred twice',
      { posts: ['x:1', 'x:2', 'x:1'], authors: [] },
      'watchlist.posts[2]',
      'appears twice',
    ],
    ['an author key in capitals', { posts: [], authors: ['x:NASA'] }, 'watchlist.authors[0]', AUTHOR],
    ['an author key without a handle', { posts: [], authors: ['x:'] }, 'watchlist.authors[0]', AUTHOR],
    [
      'an author starred twice',
      { posts: [], authors: ['x:nasa', 'x:nasa'] },
      'watchlist.authors[1]',
      'appears twice',
    ],
  ])('refuses the whole file for %s, saying where, what and why', (_name, watchlist, path, reason) => {
    const read = readImport(JSON.stringify({ ...base(), watchlist }), { now: NOW });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems).toContainEqual(
        expect.objectContaining({ path, reason: expect.stringContaining(reason) }),
      );
  });

  it('names every bad star, each with its path', () => {
    const watchlist = { posts: ['1', 'x:1', 'x:1'], authors: ['x:NASA', 'x:'], alerts: true };
    const read = readImport(JSON.stringify({ ...base(), watchlist }), { now: NOW });
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems?.map((p) => p.path)).toEqual([
        'watchlist.alerts',
        'watchlist.posts[0]',
        'watchlist.posts[2]',
        'watchlist.authors[0]',
        'watchlist.authors[1]',
      ]);
  });
});

describe('the union an import keeps stars by', () => {
  it('adds the new keys after the stored ones, in their order, once each', () => {
    expect(unionStars(['x:1', 'x:2'], ['x:3', 'x:2', 'x:4'])).toEqual({
      list: ['x:1', 'x:2', 'x:3', 'x:4'],
      added: 2,
      notKept: 0,
    });
  });

  it('keeps every stored star at the limit and counts the file’s that found no room', () => {
    const stored = Array.from({ length: MAX_STARS - 1 }, (_, i) => `x:${i}`);
    const r = unionStars(stored, ['x:0', 'x:a', 'x:b', 'x:c']);
    expect(r.list).toEqual([...stored, 'x:a']);
    expect(r).toMatchObject({ added: 1, notKept: 2 });
  });
});
