// @vitest-environment node

// A posting time kept as a day alone ("2025-03-04") leaves in every export exactly as stored and
// comes back from the JSON import as it left; the published schema of the export
// (docs/export.schema.json) must accept the files PostLens writes.
import type { PostRecord, SnapshotRecord } from '@/lib/store/schema';
import { buildCsv } from '@/lib/transfer/csv-export';
import { checkExport } from '@/lib/transfer/import-check';
import { buildExport, serializeExport } from '@/lib/transfer/json-export';
import { buildNdjson } from '@/lib/transfer/warehouse';
import { problems } from './export-schema';

const T0 = Date.UTC(2025, 2, 11, 8, 30);

const post: PostRecord = {
  key: 'facebook:1',
  platform: 'facebook',
  postId: '1',
  url: 'https://www.facebook.com/alice/posts/1',
  authorKey: 'facebook:alice',
  authorHandle: 'alice',
  authorName: 'Alice',
  publishedAt: '2025-03-04',
  text: 'hello',
  promoted: false,
  firstSeen: T0,
  lastSeen: T0,
};
const snap: SnapshotRecord = {
  id: 1,
  postKey: 'facebook:1',
  capturedAt: T0,
  likes: 10,
  comments: 2,
  reposts: null,
  saves: null,
  views: null,
  followers: null,
};

const data = buildExport(
  { posts: [post], snapshots: [snap], authors: [], followerSnapshots: [] },
  new Date(T0),
);

describe('a day alone in the exports', () => {
  it('JSON keeps it, and the import reads it back the same', () => {
    expect(data.posts[0]!.publishedAt).toBe('2025-03-04');
    const back = checkExport(JSON.parse(serializeExport(data)), { now: T0 });
    expect(back.ok && back.data.posts[0]!.publishedAt).toBe('2025-03-04');
  });

  it('CSV and NDJSON write it as stored', () => {
    expect(buildCsv(data)).toContain(',2025-03-04,');
    expect(JSON.parse(buildNdjson(data).split('\n')[0]!).publishedAt).toBe('2025-03-04');
  });

  it("the published export schema accepts the file's publishedAt", () => {
    // The schema describes version 2 (campaigns added): only the post's own field is asked about.
    const file = { ...JSON.parse(serializeExport(data)), version: 2, campaigns: [] };
    expect(problems(file).filter((p) => p.includes('publishedAt'))).toEqual([]);
  });
});
