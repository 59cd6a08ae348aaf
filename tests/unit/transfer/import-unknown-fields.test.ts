// @vitest-environment node

// A key the import does not read (a hand edit's "Likes" for "likes", a misspelt campaign input, a
// field of a newer PostLens) was dropped quietly: the rest of the entry imported, its value lost
// (a snapshot's likes then stored as not shown). Such a file is refused now, saying where.
import { buildExport, readImport, withCampaigns } from '@/lib/transfer';
import { withAnnotations } from '@/lib/transfer/annotations-in-export';
import { CAMPAIGN_FULL, EXPORTED_AT, VARIED } from './fixtures';

const NOW = EXPORTED_AT.getTime();
const REASON =
  'is not a field PostLens reads here, so importing would drop it (was the file edited, or written by a newer PostLens?)';

/** A version 2 file as Export JSON writes it: posts, authors, a campaign and annotations. */
const file = () =>
  JSON.parse(
    JSON.stringify(
      withAnnotations(withCampaigns(buildExport(VARIED, EXPORTED_AT), [CAMPAIGN_FULL]), {
        sets: [{ id: 's1', name: 'Us', authorKeys: ['x:alice'] }],
        tags: { 'x:1': ['launch'] },
        notes: { 'x:1': 'a note' },
      }),
    ),
  );

it('reads back every key that Export JSON writes', () => {
  const f = file();
  // The file has every optional field, so the check below covers them.
  expect(f.posts.some((p: { promoted?: true }) => p.promoted)).toBe(true);
  expect(f.campaigns).toHaveLength(1);
  expect(readImport(JSON.stringify(f), { now: NOW })).toMatchObject({ ok: true });
});

type F = ReturnType<typeof file>;

it.each<[string, (f: F) => void, string]>([
  [
    'a snapshot’s count spelt "Likes"',
    (f) => (f.posts[0].snapshots[0].Likes = 5),
    'posts[0].snapshots[0].Likes',
  ],
  ['a field of a newer PostLens on a post', (f) => (f.posts[1].language = 'en'), 'posts[1].language'],
  ['a key of the post’s author', (f) => (f.posts[0].author.verified = true), 'posts[0].author.verified'],
  ['a key of an author', (f) => (f.authors[0].bio = 'hi'), 'authors[0].bio'],
  [
    'a key of a follower snapshot',
    (f) => (f.authors[1].followerSnapshots[0].following = 3),
    'authors[1].followerSnapshots[0].following',
  ],
  ['a key at the top of the file', (f) => (f.comments = []), 'comments'],
  ['a key that is no identifier', (f) => (f.posts[0]['view count'] = 3), 'posts[0]["view count"]'],
  ['a misspelt campaign input', (f) => (f.campaigns[0].revenu = 5), 'campaigns[0].revenu'],
])('refuses %s, naming its place', (_, edit, path) => {
  const f = file();
  edit(f);
  const r = readImport(JSON.stringify(f), { now: NOW });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems).toContainEqual(expect.objectContaining({ path, reason: REASON }));
  expect(r.total).toBe(1);
});

it('refuses campaigns in a version 1 file, which carries none', () => {
  const f = { ...buildExport(VARIED, EXPORTED_AT), campaigns: [] };
  const r = readImport(JSON.stringify(f), { now: NOW });
  expect(r).toMatchObject({ ok: false, problems: [{ path: 'campaigns', reason: REASON }] });
});
