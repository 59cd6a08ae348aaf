// @vitest-environment node

import type { AuthorRecord, FollowerSnapshotRecord, PostRecord, SnapshotRecord } from '@/lib/store/schema';
import { buildExport, exportFileName, serializeExport, wellFormed } from '@/lib/transfer/json-export';

const T0 = Date.UTC(2025, 2, 1, 8, 30, 0);

function post(over: Partial<PostRecord> = {}): PostRecord {
  return {
    key: 'x:1',
    platform: 'x',
    postId: '1',
    url: 'https://x.com/a/status/1',
    authorKey: 'x:alice',
    authorHandle: 'Alice',
    authorName: 'Alice A.',
    publishedAt: '2025-03-01T07:00:00.000Z',
    text: 'hello',
    promoted: false,
    firstSeen: T0,
    lastSeen: T0 + 3_600_000,
    ...over,
  };
}

const snap = (over: Partial<SnapshotRecord>): SnapshotRecord => ({
  id: 1,
  postKey: 'x:1',
  capturedAt: T0,
  likes: 10,
  comments: null,
  reposts: 2,
  saves: null,
  views: 1000,
  followers: null,
  ...over,
});

const alice: AuthorRecord = {
  key: 'x:alice',
  platform: 'x',
  handle: 'Alice',
  name: 'Alice A.',
  followers: 500,
  followersAt: T0,
};
const follower: FollowerSnapshotRecord = { id: 3, authorKey: 'x:alice', capturedAt: T0, followers: 500 };

describe('buildExport', () => {
  it('writes exactly the documented v1 shape, snapshots oldest first, times in ISO UTC', () => {
    const data = buildExport(
      {
        posts: [post()],
        // Stored out of order on purpose: the export orders by capture time.
        snapshots: [snap({ id: 2, capturedAt: T0 + 3_600_000, likes: 12 }), snap({})],
        authors: [alice],
        followerSnapshots: [follower],
      },
      new Date(T0 + 7_200_000),
    );
    expect(data).toEqual({
      format: 'postlens-export',
      version: 1,
      exportedAt: '2025-03-01T10:30:00.000Z',
      posts: [
        {
          platform: 'x',
          postId: '1',
          url: 'https://x.com/a/status/1',
          author: { handle: 'Alice', name: 'Alice A.', followers: 500 },
          publishedAt: '2025-03-01T07:00:00.000Z',
          text: 'hello',
          snapshots: [
            {
              capturedAt: '2025-03-01T08:30:00.000Z',
              likes: 10,
              comments: null,
              reposts: 2,
              saves: null,
              views: 1000,
              followers: null,
            },
            {
              capturedAt: '2025-03-01T09:30:00.000Z',
              likes: 12,
              comments: null,
              reposts: 2,
              saves: null,
              views: 1000,
              followers: null,
            },
          ],
        },
      ],
      authors: [
        {
          platform: 'x',
          handle: 'Alice',
          name: 'Alice A.',
          followerSnapshots: [{ capturedAt: '2025-03-01T08:30:00.000Z', followers: 500 }],
        },
      ],
    });
  });

  it('takes the post author followers from the last snapshot showing them when the author is unknown', () => {
    const data = buildExport(
      {
        posts: [post({ authorKey: null, authorHandle: null })],
        snapshots: [snap({ followers: 70 }), snap({ id: 2, capturedAt: T0 + 1, followers: null })],
        authors: [],
        followerSnapshots: [],
      },
      new Date(T0),
    );
    expect(data.posts[0]?.author).toEqual({ handle: null, name: 'Alice A.', followers: 70 });
  });

  it('keeps null counts null (never 0)', () => {
    const data = buildExport(
      {
        posts: [post()],
        snapshots: [snap({ likes: null, reposts: null, views: null })],
        authors: [],
        followerSnapshots: [],
      },
      new Date(T0),
    );
    const s = data.posts[0]!.snapshots[0]!;
    expect([s.likes, s.comments, s.reposts, s.saves, s.views]).toEqual([null, null, null, null, null]);
  });
});

describe('serializeExport', () => {
  it.each([
    ['emoji', 'launch 🚀🎉 day', 'launch 🚀🎉 day'],
    ['right-to-left text', 'مرحبا بالعالم ‏שלום', 'مرحبا بالعالم ‏שלום'],
    ['a lone high surrogate (text cut mid-emoji)', 'cut \uD83D', 'cut \uFFFD'],
    ['a lone low surrogate', '\uDE80 start', '\uFFFD start'],
    ['quotes, backslashes and control characters', 'a "b" \\ c\n\t\u0000', 'a "b" \\ c\n\t\u0000'],
  ])('writes valid JSON for %s', (_name, text, expected) => {
    const data = buildExport(
      { posts: [post({ text, authorName: text })], snapshots: [], authors: [], followerSnapshots: [] },
      new Date(T0),
    );
    const json = serializeExport(data);
    expect(json).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\udc)/i);
    const back = JSON.parse(json);
    expect(back.posts[0].text).toBe(expected);
    expect(back.posts[0].author.name).toBe(expected);
    // Round-trips through UTF-8 bytes unchanged (what a file save does).
    expect(new TextDecoder().decode(new TextEncoder().encode(json))).toBe(json);
  });
});

describe('wellFormed', () => {
  it.each([
    ['🚀', '🚀'],
    ['\uD83D\uDE80\uD83D', '🚀\uFFFD'],
    ['\uDC00\uD800', '\uFFFD\uFFFD'],
    ['plain', 'plain'],
  ])('%j → %j', (input, out) => expect(wellFormed(input)).toBe(out));
});

describe('exportFileName', () => {
  it.each([
    ['json', new Date(2025, 0, 5, 23, 59), 'postlens-2025-01-05.json'],
    ['csv', new Date(2024, 11, 31, 0, 0), 'postlens-2024-12-31.csv'],
    ['json', new Date(2026, 9, 10, 12, 0), 'postlens-2026-10-10.json'],
  ] as const)('%s on %s → %s', (kind, date, name) => expect(exportFileName(kind, date)).toBe(name));
});
