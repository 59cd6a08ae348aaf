// @vitest-environment node

import type { ExportPost, ExportV1 } from '@/lib/transfer/format';
import {
  checkSize,
  looksTruncated,
  MAX_IMPORT_BYTES,
  parseJsonText,
  readImport,
} from '@/lib/transfer/json-import';

function validExport(): ExportV1 {
  return {
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-03-01T10:00:00.000Z',
    posts: [
      {
        platform: 'x',
        postId: '123',
        url: 'https://x.com/alice/status/123',
        author: { handle: 'alice', name: 'Alice 🚀', followers: 1200 },
        publishedAt: '2025-03-01T08:00:00.000Z',
        text: 'hello "world"',
        snapshots: [
          {
            capturedAt: '2025-03-01T09:00:00.000Z',
            likes: 10,
            comments: null,
            reposts: 1,
            saves: null,
            views: 900,
            followers: 1200,
          },
        ],
      },
    ],
    authors: [
      {
        platform: 'x',
        handle: 'alice',
        name: 'Alice 🚀',
        followerSnapshots: [{ capturedAt: '2025-03-01T09:00:00.000Z', followers: 1200 }],
      },
    ],
  };
}

const text = (v: unknown) => JSON.stringify(v, null, 2);
const errorOf = (t: string) => {
  const r = readImport(t);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

it('accepts a valid export and returns it cleaned', () => {
  const r = readImport(text(validExport()));
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.data).toEqual(validExport());
});

it('accepts a file that starts with a UTF-8 byte order mark', () => {
  expect(readImport(`\uFEFF${text(validExport())}`).ok).toBe(true);
});

// Importing would drop them quietly (tests/unit/transfer/import-unknown-fields.test.ts).
it('refuses fields the format does not have, naming them', () => {
  const v = validExport() as unknown as { posts: Array<Record<string, unknown>> };
  v.posts[0]!.__proto_like = { evil: true };
  const r = readImport(text(v));
  expect(r.ok).toBe(false);
  expect(!r.ok && r.problems?.map((p) => p.path)).toEqual(['posts[0].__proto_like']);
});

describe('the optional fields of a post and an author', () => {
  const optional = {
    promoted: true,
    firstSeen: '2025-03-01T08:30:00.000Z',
    lastSeen: '2025-03-01T09:40:00.000Z',
  } as const;
  it('are kept as the file gives them', () => {
    const v = validExport();
    Object.assign(v.posts[0]!, optional);
    Object.assign(v.authors[0]!, { followers: 1200, followersAt: '2025-03-01T09:40:00.000Z' });
    const r = readImport(text(v));
    expect(r.ok && r.data).toEqual(v);
  });
  it('promoted: false is the same as absent', () => {
    const v = validExport();
    Object.assign(v.posts[0]!, { promoted: false });
    const r = readImport(text(v));
    expect(r.ok && r.data).toEqual(validExport());
  });
  it.each([
    ['promoted in either entry', [{ promoted: true }, {}], { promoted: true }],
    [
      'the earlier firstSeen and the later lastSeen',
      [optional, { firstSeen: '2025-03-01T08:00:00.000Z', lastSeen: '2025-03-01T09:20:00.000Z' }],
      { ...optional, firstSeen: '2025-03-01T08:00:00.000Z' },
    ],
    [
      'what only the second entry gives',
      [{}, { lastSeen: '2025-03-01T09:50:00.000Z' }],
      { lastSeen: '2025-03-01T09:50:00.000Z' },
    ],
  ] as Array<[string, Partial<ExportPost>[], Partial<ExportPost>]>)(
    'of one post given twice merge: %s',
    (_, entries, expected) => {
      const v = validExport();
      const post = v.posts[0]!;
      v.posts = entries.map((e) => ({ ...post, ...e }));
      const r = readImport(text(v));
      expect(r.ok && r.data.posts).toEqual([{ ...post, ...expected }]);
    },
  );
  it('of one author given twice: the newer latest count, the older kept as history; two as new as each other that differ are refused', () => {
    const v = validExport();
    const a = v.authors[0]!;
    v.authors = [
      { ...a, followers: 1250, followersAt: '2025-03-01T09:30:00.000Z' },
      { ...a, followers: 1300, followersAt: '2025-03-01T09:40:00.000Z' },
    ];
    const r = readImport(text(v));
    expect(r.ok && r.data.authors).toEqual([
      {
        ...a,
        followers: 1300,
        followersAt: '2025-03-01T09:40:00.000Z',
        // The older entry's count is a reading the user had: kept at its time.
        followerSnapshots: [
          ...a.followerSnapshots,
          { capturedAt: '2025-03-01T09:30:00.000Z', followers: 1250 },
        ],
      },
    ]);
    v.authors[0]!.followersAt = '2025-03-01T09:40:00.000Z';
    expect(errorOf(text(v))).toMatch(/authors\[1\]\.followers.*read at the same time/);
  });
});

describe('truncated JSON', () => {
  const full = text(validExport());
  it.each([0.05, 0.3, 0.5, 0.77, 0.99])('cut at %d of its length says it is truncated', (fraction) => {
    const cut = full.slice(0, Math.floor(full.length * fraction));
    expect(errorOf(cut)).toMatch(/truncated/);
  });
  it.each([
    ['{"a": "unterminated', true],
    ['[1, 2, {"b": [3', true],
    ['{"a": "has } and ] inside"}', false],
    ['{"a": "escaped \\" quote"}', false],
    ['{"a": 1}}', false],
  ])('looksTruncated(%j) is %s', (t, expected) => expect(looksTruncated(t)).toBe(expected));
});

it.each([
  ['an empty file', '', /empty/],
  ['blank lines', '\n  \n', /empty/],
  ['CSV', 'platform,postId\nx,1', /not valid JSON/],
  ['a JSON array', '[]', /not a PostLens export/],
  ['another app’s JSON', '{"data": []}', /not a PostLens export/],
  ['a wrong format name', '{"format": "postlens", "version": 1}', /not a PostLens export/],
  ['a newer version', text({ ...validExport(), version: 3 }), /version 3, made by a newer PostLens/],
  ['a version given as text', text({ ...validExport(), version: '1' }), /Unsupported export version "1"/],
  ['no version', text({ ...validExport(), version: undefined }), /Unsupported export version missing/],
])('refuses %s with a clear message', (_name, t, message) => {
  expect(errorOf(t)).toMatch(message);
});

describe('bad fields', () => {
  const mutate = (f: (v: ExportV1) => void) => {
    const v = validExport();
    f(v);
    return text(v);
  };
  it.each([
    [
      'a count given as text',
      (v: ExportV1) => Object.assign(v.posts[0]!.snapshots[0]!, { likes: '10' }),
      /posts\[0\]\.snapshots\[0\]\.likes/,
    ],
    [
      'a negative count',
      (v: ExportV1) => Object.assign(v.posts[0]!.snapshots[0]!, { views: -1 }),
      /posts\[0\]\.snapshots\[0\]\.views/,
    ],
    [
      'an unknown platform',
      (v: ExportV1) => Object.assign(v.posts[0]!, { platform: 'myspace' }),
      /posts\[0\]\.platform/,
    ],
    [
      'a time that is not ISO 8601',
      (v: ExportV1) => Object.assign(v.posts[0]!.snapshots[0]!, { capturedAt: 'yesterday' }),
      /capturedAt/,
    ],
    [
      'a non-https url',
      (v: ExportV1) => Object.assign(v.posts[0]!, { url: 'javascript:alert(1)' }),
      /posts\[0\]\.url/,
    ],
    [
      'snapshots that are not a list',
      (v: ExportV1) => Object.assign(v.posts[0]!, { snapshots: {} }),
      /snapshots/,
    ],
    [
      'an author without a handle',
      (v: ExportV1) => Object.assign(v.authors[0]!, { handle: '' }),
      /authors\[0\]\.handle/,
    ],
    ['posts that are not a list', (v: ExportV1) => Object.assign(v, { posts: null }), /posts/],
    [
      'promoted given as text',
      (v: ExportV1) => Object.assign(v.posts[0]!, { promoted: 'yes' }),
      /posts\[0\]\.promoted.*must be true or false/,
    ],
    [
      'a lastSeen that is no time',
      (v: ExportV1) => Object.assign(v.posts[0]!, { lastSeen: 'later' }),
      /posts\[0\]\.lastSeen/,
    ],
    [
      "an author's latest count without its time",
      (v: ExportV1) => Object.assign(v.authors[0]!, { followers: 1300 }),
      /authors\[0\]\.followersAt/,
    ],
    [
      "an author's latest time without its count",
      (v: ExportV1) => Object.assign(v.authors[0]!, { followersAt: '2025-03-01T09:30:00.000Z' }),
      /authors\[0\]\.followers\b/,
    ],
  ])('refuses %s, saying where', (_name, f, where) => {
    const error = errorOf(mutate(f));
    expect(error).toMatch(/bad fields, so nothing was imported/);
    expect(error).toMatch(where);
  });
});

describe('size', () => {
  it.each([
    [MAX_IMPORT_BYTES, null],
    [1024, null],
    // Rounded up: a file over the limit never reads as 60.0 MB.
    [MAX_IMPORT_BYTES + 1, /too large \(60\.1 MB\).*up to 60 MB/],
    [200 * 1024 * 1024, /too large \(200\.0 MB\)/],
  ])('checkSize(%d)', (bytes, expected) => {
    const r = checkSize(bytes);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toMatch(expected);
  });

  it('refuses text longer than the limit before parsing it', () => {
    const big = `{"format":"postlens-export","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    const r = parseJsonText(big);
    expect(r.ok === false && r.error).toMatch(/too large/);
  });
});
