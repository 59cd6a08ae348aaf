// @vitest-environment node

// The JSON export orders its records by identifiers compared as code units (UTF-16, as JavaScript's
// < compares strings): posts by first seen, then post key; authors by author key; campaigns by
// creation, then id. Not by localeCompare, whose order is the machine's default locale's: the same
// store exported on a Danish machine ("aa" after "z") or a Lithuanian one ("y" between "i" and "k")
// came out in another order, so two exports of one store were not byte for byte the same.
// Here the default locale is en-US, whose collation differs from code units too ("alpha" before
// "Zeta", "nasa_jpl" before "nasa2"); no test can change a worker's default locale.
import type { Campaign } from '@/lib/campaigns';
import type { AuthorRecord } from '@/lib/records';
import { buildExport, serializeExport, withCampaigns } from '@/lib/transfer';
import { CAMPAIGN_BLANK, EXPORTED_AT, postRecord, T0 } from './fixtures';

/** The rule: code-unit order, the same on every machine. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const youtube = (postId: string, firstSeen = T0) =>
  postRecord({
    key: `youtube:${postId}`,
    platform: 'youtube',
    postId,
    url: `https://www.youtube.com/watch?v=${postId}`,
    authorKey: null,
    authorHandle: null,
    authorName: null,
    firstSeen,
    lastSeen: firstSeen,
  });

const author = (handle: string): AuthorRecord => ({
  key: `x:${handle}`,
  platform: 'x',
  handle,
  name: null,
  followers: null,
  followersAt: null,
});

const records = (postIds: string[], handles: string[]) => ({
  posts: postIds.map((id) => youtube(id)),
  snapshots: [],
  authors: handles.map(author),
  followerSnapshots: [],
});

describe('posts seen at the same moment', () => {
  // YouTube ids hold both cases: code units put "Z" (0x5A) before "a" (0x61), collation "a" first.
  const ids = ['aBcDeFgHiJk', 'Zx3d0AbCdEf', 'a1b2c3d4e5f', 'a_b2c3d4e5f'];

  it('come in the code-unit order of their keys', () => {
    const posts = buildExport(records(ids, []), EXPORTED_AT).posts.map((p) => p.postId);
    expect(posts).toEqual(['Zx3d0AbCdEf', 'a1b2c3d4e5f', 'aBcDeFgHiJk', 'a_b2c3d4e5f']);
    expect(posts.map((id) => `youtube:${id}`)).toEqual(ids.map((id) => `youtube:${id}`).sort(byCodeUnits));
  });

  it('come in that order whatever order the store gave them in', () => {
    const one = serializeExport(buildExport(records(ids, []), EXPORTED_AT));
    const other = serializeExport(buildExport(records([...ids].reverse(), []), EXPORTED_AT));
    expect(other).toBe(one);
  });

  it('still come after every post seen before them', () => {
    const data = buildExport(
      {
        ...records(['aBcDeFgHiJk', 'Zx3d0AbCdEf'], []),
        posts: [youtube('Zx3d0AbCdEf', T0 + 1), youtube('aBcDeFgHiJk')],
      },
      EXPORTED_AT,
    );
    expect(data.posts.map((p) => p.postId)).toEqual(['aBcDeFgHiJk', 'Zx3d0AbCdEf']);
  });
});

it('orders authors by the code units of their keys', () => {
  // X handles: letters, digits and "_". Code units put "2" (0x32) before "_" (0x5F); collation
  // puts punctuation first.
  const handles = ['nasa_jpl', 'nasa2', 'nasa', 'esa'];
  const authors = buildExport(records([], handles), EXPORTED_AT).authors.map((a) => a.handle);
  expect(authors).toEqual(['esa', 'nasa', 'nasa2', 'nasa_jpl']);
});

it('orders campaigns created at the same moment by the code units of their ids', () => {
  // Ids are [A-Za-z0-9_-]: one written by another tool, or a file edited by hand, may mix cases.
  const at = (id: string): Campaign => ({ ...CAMPAIGN_BLANK, id, createdAt: T0, updatedAt: T0 });
  const file = withCampaigns(buildExport(records([], []), EXPORTED_AT), [
    at('spring-b'),
    at('Spring'),
    at('spring_a'),
    at('spring-a'),
    { ...CAMPAIGN_BLANK, createdAt: T0 + 1 },
  ]);
  expect(file.campaigns.map((c) => c.id)).toEqual(['Spring', 'spring-a', 'spring-b', 'spring_a', 'c2']);
});
