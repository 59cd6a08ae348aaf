// @vitest-environment node

// Import is faithful or refuses: the check gives back the file's data exactly, or a report of every
// problem (JSON path, the value shown safely, the reason). Nothing is cut, rounded, re-dated or
// dropped quietly; the same post twice in one file keeps both readings when their times differ and
// is a conflict when they do not.
import { checkAnyExport } from '@/lib/transfer/campaigns-in-export';
import type { ExportPost, ExportSnapshot, ExportV1 } from '@/lib/transfer/format';
import { checkExport } from '@/lib/transfer/import-check';
import { MAX_LISTED } from '@/lib/transfer/import-report';
import {
  countRule,
  instantRule,
  nameRule,
  requiredCountRule,
  shownValue,
  textRule,
} from '@/lib/transfer/import-rules';
import { readImport } from '@/lib/transfer/json-import';
import { NO_OUTCOMES } from '../fixtures/campaign';

const NOW = Date.UTC(2025, 0, 10, 12);
const DAY = 24 * 3600 * 1000;

const snap = (
  capturedAt: string,
  likes: number | null,
  over: Partial<ExportSnapshot> = {},
): ExportSnapshot => ({
  capturedAt,
  likes,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
  followers: null,
  ...over,
});

const post = (over: Partial<ExportPost> = {}): ExportPost => ({
  platform: 'x',
  postId: '1',
  url: 'https://x.com/alice/status/1',
  author: { handle: 'alice', name: 'Alice', followers: 100 },
  publishedAt: '2025-01-01T08:00:00.000Z',
  text: 'hello',
  snapshots: [snap('2025-01-09T00:00:00.000Z', 10)],
  ...over,
});

const file = (posts: unknown[], authors: unknown[] = []): ExportV1 =>
  ({
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-01-10T00:00:00.000Z',
    posts,
    authors,
  }) as ExportV1;

const check = (input: unknown) => checkExport(input, { now: NOW });
const problemsOf = (input: unknown) => {
  const r = check(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.problems;
};

describe('counts are whole, non-negative numbers up to 10,000,000,000,000, or null', () => {
  it.each<[unknown, number | null]>([
    [0, 0],
    [12, 12],
    [1e13, 1e13],
    [null, null],
    [undefined, null],
    [-0, 0],
  ])('%s is kept as %s', (v, expected) => {
    expect(countRule(v)).toEqual({ value: expected });
  });

  it.each<[unknown, RegExp]>([
    [1.5, /whole number; PostLens does not round/],
    [0.1, /whole number/],
    [-1, /must not be negative/],
    ['12', /number, not text/],
    [Number.POSITIVE_INFINITY, /too large to be read/],
    [1e13 + 1, /over 10,000,000,000,000/],
    [true, /whole number or null/],
    [{}, /whole number or null/],
  ])('%s is refused', (v, reason) => {
    const r = countRule(v);
    expect('reason' in r && r.reason).toMatch(reason);
  });

  it.each([null, undefined])('a follower reading needs a count, not %s', (v) => {
    expect(requiredCountRule(v)).toEqual({ reason: expect.stringMatching(/whole number/) });
  });
});

describe('times are strict ISO 8601 with a zone, real, and not beyond now + 24 h', () => {
  it.each([
    ['2025-01-10T12:00:00.000Z', '2025-01-10T12:00:00.000Z'],
    ['2025-01-10T12:00:00Z', '2025-01-10T12:00:00.000Z'],
    ['2025-01-10T14:30:00.000+02:30', '2025-01-10T12:00:00.000Z'],
    ['2025-01-10T07:00:00-05:00', '2025-01-10T12:00:00.000Z'],
    ['2024-02-29T00:00:00.000Z', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29T00:00:00.000Z', '2000-02-29T00:00:00.000Z'],
    ['2025-01-10T12:00:00.5Z', '2025-01-10T12:00:00.500Z'],
    ['2025-01-10T12:00:00.123000Z', '2025-01-10T12:00:00.123Z'],
    ['0050-06-01T00:00:00.000Z', '0050-06-01T00:00:00.000Z'],
    ['2025-01-11T12:00:00.000Z', '2025-01-11T12:00:00.000Z'],
  ])('%s is read as %s', (v, expected) => {
    expect(instantRule(v, NOW)).toEqual({ value: expected });
  });

  it.each<[unknown, RegExp]>([
    ['2025-02-30T00:00:00.000Z', /not a real date: February 2025 has 28 days/],
    ['2023-02-29T00:00:00.000Z', /February 2023 has 28 days/],
    ['1900-02-29T00:00:00.000Z', /February 1900 has 28 days/],
    ['2025-04-31T00:00:00.000Z', /April 2025 has 30 days/],
    ['2025-01-00T00:00:00.000Z', /January 2025 has 31 days/],
    ['2025-13-01T00:00:00.000Z', /no month 13/],
    ['2025-01-10T24:00:00.000Z', /not a real time/],
    ['2025-01-10T12:60:00.000Z', /not a real time/],
    ['2025-01-10T12:00:60.000Z', /not a real time/],
    ['2025-01-10T12:00:00.000+24:00', /impossible time zone/],
    ['2025-01-10T12:00:00.0001Z', /finer than a millisecond/],
    ['2025-01-11T12:00:00.001Z', /in the future/],
    ['9999-12-31T23:59:59.999Z', /in the future/],
    ['2025-01-10', /with seconds and a time zone/],
    ['2025-01-10T12:00:00', /with seconds and a time zone/],
    ['2025-01-10T12:00Z', /with seconds and a time zone/],
    ['2025-01-10 12:00:00Z', /with seconds and a time zone/],
    [' 2025-01-10T12:00:00Z', /with seconds and a time zone/],
    ['+275760-09-13T00:00:00.000Z', /with seconds and a time zone/],
    ['yesterday', /ISO 8601/],
    [NOW, /as text/],
    [null, /as text/],
  ])('%s is refused', (v, reason) => {
    const r = instantRule(v, NOW);
    expect('reason' in r && r.reason).toMatch(reason);
  });

  it('the limit moves with the clock it is given', () => {
    expect(instantRule('2025-06-01T00:00:00.000Z', NOW)).toHaveProperty('reason');
    expect(instantRule('2025-06-01T00:00:00.000Z', Date.UTC(2025, 5, 1) - DAY)).toEqual({
      value: '2025-06-01T00:00:00.000Z',
    });
  });
});

describe('text and names are kept whole, or refused past their documented limit', () => {
  it.each<[string, () => ReturnType<typeof nameRule>, unknown]>([
    ['2,000 characters of text', () => textRule('t'.repeat(2000), 2000, 'post text'), 't'.repeat(2000)],
    ['empty text', () => textRule('', 2000, 'post text'), ''],
    ['a 300-character name', () => nameRule('n'.repeat(300)), 'n'.repeat(300)],
    ['an empty name', () => nameRule(''), ''],
    ['no name', () => nameRule(null), null],
  ])('%s is kept exactly', (_what, rule, expected) => {
    expect(rule()).toEqual({ value: expected });
  });

  it.each<[string, () => ReturnType<typeof nameRule>, RegExp]>([
    [
      '2,001 characters of text',
      () => textRule('t'.repeat(2001), 2000, 'post text'),
      /is 2,001 characters; PostLens keeps post text up to 2,000 characters and will not cut it/,
    ],
    ['a 301-character name', () => nameRule('n'.repeat(301)), /keeps names up to 300/],
    ['text that is not text', () => textRule(42, 2000, 'post text'), /must be text/],
    ['null text', () => textRule(null, 2000, 'post text'), /must be text/],
  ])('%s is refused', (_what, rule, reason) => {
    const r = rule();
    expect('reason' in r && r.reason).toMatch(reason);
  });
});

describe('values in the report are shown safely, shortened for display only', () => {
  it.each<[string, unknown, string]>([
    ['a number', 1.5, '1.5'],
    ['an overflowing number', Number.POSITIVE_INFINITY, 'a number too large to read'],
    ['text', '12', '"12"'],
    ['a line break and markup', 'a\nb<i>', '"a\\nb<i>"'],
    ['a missing field', undefined, '(missing)'],
    ['null', null, 'null'],
    ['a list', [1, 2, 3], 'a list of 3'],
    ['an object', { a: 1, b: 2 }, 'an object {"a", "b"}'],
    ['long text cut inside an emoji', `${'x'.repeat(79)}😀tail`, `"${'x'.repeat(79)}"… (85 characters)`],
    ['2,500 characters', 'y'.repeat(2500), `"${'y'.repeat(80)}"… (2,500 characters)`],
  ])('%s is shown as %s', (_what, v, shown) => {
    expect(shownValue(v)).toBe(shown);
  });
});

describe('a whole file: the data exactly, or every problem with path, value and reason', () => {
  it('gives back a valid file exactly', () => {
    const f = file(
      [
        post({ text: 't'.repeat(65_536), author: { handle: 'a', name: 'n'.repeat(300), followers: 1e13 } }),
        post({ postId: '2', url: 'https://x.com/alice/status/2', publishedAt: null, snapshots: [] }),
      ],
      [
        {
          platform: 'x',
          handle: 'alice',
          name: null,
          followerSnapshots: [{ capturedAt: '2025-01-09T00:00:00.000Z', followers: 0 }],
        },
      ],
    );
    expect(check(structuredClone(f))).toEqual({ ok: true, data: f });
  });

  it.each<[string, (f: ExportV1) => void, { path: string; value: string; reason: RegExp }[]]>([
    [
      'text over 65,536 characters (was cut to 65,536)',
      (f) => Object.assign(f.posts[0]!, { text: 'a'.repeat(65_536 + 345) }),
      [
        {
          path: 'posts[0].text',
          value: `"${'a'.repeat(80)}"… (65,881 characters)`,
          reason: /65,881 characters.*will not cut/,
        },
      ],
    ],
    [
      'a name over 300 characters (was cut to 300)',
      (f) => Object.assign(f.posts[0]!.author, { name: 'n'.repeat(301) }),
      [{ path: 'posts[0].author.name', value: `"${'n'.repeat(80)}"… (301 characters)`, reason: /up to 300/ }],
    ],
    [
      'a count of 1.5 (was rounded to 2)',
      (f) => Object.assign(f.posts[0]!.snapshots[0]!, { likes: 1.5 }),
      [{ path: 'posts[0].snapshots[0].likes', value: '1.5', reason: /does not round/ }],
    ],
    [
      '30 February (was read as 2 March)',
      (f) => Object.assign(f.posts[0]!.snapshots[0]!, { capturedAt: '2024-02-30T10:00:00.000Z' }),
      [
        {
          path: 'posts[0].snapshots[0].capturedAt',
          value: '"2024-02-30T10:00:00.000Z"',
          reason: /February 2024 has 29 days/,
        },
      ],
    ],
    [
      'a snapshot in the year 9999 (was accepted)',
      (f) => Object.assign(f.posts[0]!.snapshots[0]!, { capturedAt: '9999-01-01T00:00:00.000Z' }),
      [
        {
          path: 'posts[0].snapshots[0].capturedAt',
          value: '"9999-01-01T00:00:00.000Z"',
          reason: /in the future/,
        },
      ],
    ],
    [
      'a publication date more than a day ahead',
      (f) => Object.assign(f.posts[0]!, { publishedAt: '2025-01-11T12:00:00.001Z' }),
      [{ path: 'posts[0].publishedAt', value: '"2025-01-11T12:00:00.001Z"', reason: /in the future/ }],
    ],
    [
      'an export dated ahead',
      (f) => Object.assign(f, { exportedAt: '2026-01-01T00:00:00.000Z' }),
      [{ path: 'exportedAt', value: '"2026-01-01T00:00:00.000Z"', reason: /in the future/ }],
    ],
    [
      'a follower reading ahead, with a count given as text',
      (f) =>
        f.authors.push({
          platform: 'x',
          handle: 'alice',
          name: null,
          followerSnapshots: [{ capturedAt: '2030-01-01T00:00:00.000Z', followers: '12' as never }],
        }),
      [
        {
          path: 'authors[0].followerSnapshots[0].capturedAt',
          value: '"2030-01-01T00:00:00.000Z"',
          reason: /future/,
        },
        { path: 'authors[0].followerSnapshots[0].followers', value: '"12"', reason: /not text/ },
      ],
    ],
    [
      'several problems in one snapshot, all reported',
      (f) => Object.assign(f.posts[0]!.snapshots[0]!, { likes: -1, views: JSON.parse('1e400'), saves: '3' }),
      [
        { path: 'posts[0].snapshots[0].likes', value: '-1', reason: /negative/ },
        { path: 'posts[0].snapshots[0].saves', value: '"3"', reason: /not text/ },
        { path: 'posts[0].snapshots[0].views', value: 'a number too large to read', reason: /too large/ },
      ],
    ],
    [
      'a link not written as PostLens writes links',
      (f) => Object.assign(f.posts[0]!, { url: 'https://X.com/alice/status/1' }),
      [
        {
          path: 'posts[0].url',
          value: '"https://X.com/alice/status/1"',
          reason: /https:\/\/x\.com\/alice\/status\/1$/,
        },
      ],
    ],
  ])('refuses %s', (_what, mutate, expected) => {
    const f = file([post()]);
    mutate(f);
    expect(problemsOf(f)).toEqual(
      expected.map((e) => ({ path: e.path, value: e.value, reason: expect.stringMatching(e.reason) })),
    );
  });

  it('keeps a posting time known only to the day as that day, and refuses one the calendar lacks', () => {
    const data = file([post({ publishedAt: '2025-01-04' })]);
    expect(check(data)).toEqual({ ok: true, data });
    const problems = problemsOf(file([post({ publishedAt: '2025-02-29' })]));
    expect(problems.map((p) => p.path)).toEqual(['posts[0].publishedAt']);
  });

  it('reports every bad record, not only the first few', () => {
    const posts = Array.from({ length: 20 }, (_, i) =>
      post({
        postId: `${i}`,
        url: `https://x.com/a/status/${i}`,
        snapshots: [snap('2025-01-09T00:00:00.000Z', 0.5)],
      }),
    );
    const r = check(file(posts));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.total).toBe(20);
    expect(r.problems.map((p) => p.path)).toEqual(posts.map((_, i) => `posts[${i}].snapshots[0].likes`));
    expect(r.error).toMatch(/\(and 15 more problems\)$/);
  });

  it(`lists the first ${MAX_LISTED} problems and counts the rest`, () => {
    const snapshots = Array.from({ length: MAX_LISTED + 500 }, (_, i) =>
      snap(new Date(NOW - (i + 1) * 1000).toISOString(), -1),
    );
    const r = check(file([post({ snapshots })]));
    expect(r.ok === false && [r.problems.length, r.total]).toEqual([MAX_LISTED, MAX_LISTED + 500]);
  });

  it('a file refused on the page says what and why through readImport', () => {
    const text = JSON.stringify(file([post({ snapshots: [snap('2025-01-09T00:00:00.000Z', 1.5)] })]));
    const r = readImport(text, { now: NOW });
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/posts\[0\]\.snapshots\[0\]\.likes: must be a whole number/),
      problems: [{ path: 'posts[0].snapshots[0].likes', value: '1.5' }],
      total: 1,
    });
  });

  it('1e400 in the JSON text is refused, not read as a huge count', () => {
    const text = JSON.stringify(file([post()])).replace('"likes":10', '"likes":1e400');
    expect(readImport(text, { now: NOW })).toMatchObject({
      ok: false,
      problems: [{ path: 'posts[0].snapshots[0].likes', value: 'a number too large to read' }],
    });
  });

  it('posts and campaigns are reported together, posts first', () => {
    const v2 = {
      ...file([post({ text: 5 as never })]),
      version: 2,
      campaigns: [
        {
          id: 'c1',
          name: 'Launch',
          postKeys: [],
          start: '2025-01-01',
          end: '2025-01-31',
          ...NO_OUTCOMES,
          createdAt: '2025-02-30T00:00:00.000Z',
          updatedAt: '9999-01-01T00:00:00.000Z',
        },
      ],
    };
    const r = checkAnyExport(v2, { now: NOW });
    expect(r.ok === false && r.problems.map((p) => [p.path, p.reason])).toEqual([
      ['posts[0].text', expect.stringMatching(/must be text/)],
      ['campaigns[0].createdAt', expect.stringMatching(/February 2025 has 28 days/)],
      ['campaigns[0].updatedAt', expect.stringMatching(/in the future/)],
    ]);
  });
});

describe('the same post or author twice in one file', () => {
  const T1 = '2025-01-08T00:00:00.000Z';
  const T2 = '2025-01-09T00:00:00.000Z';

  it.each<[string, ExportPost[], ExportPost[]]>([
    [
      'different times: both snapshots kept, in time order',
      [post({ snapshots: [snap(T2, 20)] }), post({ snapshots: [snap(T1, 10)] })],
      [post({ snapshots: [snap(T1, 10), snap(T2, 20)] })],
    ],
    [
      'an identical repeat: kept once',
      [post({ snapshots: [snap(T1, 10), snap(T2, 20)] }), post({ snapshots: [snap(T2, 20)] })],
      [post({ snapshots: [snap(T1, 10), snap(T2, 20)] })],
    ],
    [
      'the same time written two ways, same counts: kept once',
      [post({ snapshots: [snap(T1, 10)] }), post({ snapshots: [snap('2025-01-08T01:00:00+01:00', 10)] })],
      [post({ snapshots: [snap(T1, 10)] })],
    ],
    [
      'a repeat inside one entry: kept once',
      [post({ snapshots: [snap(T1, 10), snap(T1, 10)] })],
      [post({ snapshots: [snap(T1, 10)] })],
    ],
    [
      'author.followers: the entry with the newest snapshot gives it',
      [
        post({ author: { handle: 'alice', name: 'Alice', followers: 200 }, snapshots: [snap(T2, 20)] }),
        post({ author: { handle: 'alice', name: 'Alice', followers: 100 }, snapshots: [snap(T1, 10)] }),
      ],
      [
        post({
          author: { handle: 'alice', name: 'Alice', followers: 200 },
          snapshots: [snap(T1, 10), snap(T2, 20)],
        }),
      ],
    ],
    [
      'two posts that only share an id on different platforms: both kept',
      [post(), post({ platform: 'bluesky', url: 'https://bsky.app/profile/alice/post/1' })],
      [post(), post({ platform: 'bluesky', url: 'https://bsky.app/profile/alice/post/1' })],
    ],
  ])('%s', (_what, posts, expected) => {
    expect(check(file(posts))).toEqual({ ok: true, data: file(expected) });
  });

  it.each<[string, ExportPost[], [string, string, RegExp][]]>([
    [
      'the same time with different counts',
      [post({ snapshots: [snap(T1, 10)] }), post({ snapshots: [snap(T1, 12, { views: 5 })] })],
      [
        [
          'posts[1].snapshots[0].likes',
          '12',
          /conflicts with posts\[0\]\.snapshots\[0\]\.likes \(10\) of post x:1, read at the same time/,
        ],
        ['posts[1].snapshots[0].views', '5', /conflicts with posts\[0\]\.snapshots\[0\]\.views \(null\)/],
      ],
    ],
    [
      'the same time with different counts inside one entry',
      [post({ snapshots: [snap(T1, 10), snap(T1, 11)] })],
      [['posts[0].snapshots[1].likes', '11', /conflicts with posts\[0\]\.snapshots\[0\]\.likes \(10\)/]],
    ],
    [
      'different text',
      [post(), post({ text: 'edited' })],
      [
        [
          'posts[1].text',
          '"edited"',
          /differs from posts\[0\]\.text \(hello\), the same post x:1; .*one text per post/,
        ],
      ],
    ],
    [
      'a different link, author name and publication time',
      [
        post(),
        post({
          url: 'https://x.com/bob/status/1',
          author: { handle: 'alice', name: 'Bob', followers: 100 },
          publishedAt: null,
        }),
      ],
      [
        ['posts[1].url', '"https://x.com/bob/status/1"', /differs from posts\[0\]\.url/],
        ['posts[1].author.name', '"Bob"', /differs from posts\[0\]\.author\.name \(Alice\)/],
        ['posts[1].publishedAt', 'null', /differs from posts\[0\]\.publishedAt/],
      ],
    ],
    [
      'author.followers that differ at the same latest time',
      [post(), post({ author: { handle: 'alice', name: 'Alice', followers: 101 } })],
      [['posts[1].author.followers', '101', /conflicts with posts\[0\]\.author\.followers \(100\)/]],
    ],
  ])('%s is a conflict in the report', (_what, posts, expected) => {
    expect(problemsOf(file(posts)).map((p) => [p.path, p.value, p.reason])).toEqual(
      expected.map(([path, value, reason]) => [path, value, expect.stringMatching(reason)]),
    );
  });

  const author = (handle: string, readings: [string, number][], name: string | null = null) => ({
    platform: 'x' as const,
    handle,
    name,
    followerSnapshots: readings.map(([capturedAt, followers]) => ({ capturedAt, followers })),
  });

  it('an author twice: follower readings united', () => {
    const r = check(
      file(
        [],
        [
          author('alice', [[T2, 20]]),
          author('alice', [
            [T1, 10],
            [T2, 20],
          ]),
        ],
      ),
    );
    expect(r).toEqual({
      ok: true,
      data: file(
        [],
        [
          author('alice', [
            [T1, 10],
            [T2, 20],
          ]),
        ],
      ),
    });
  });

  it.each<[string, unknown[], [string, RegExp][]]>([
    [
      'follower counts that differ at the same time',
      [author('alice', [[T1, 10]]), author('alice', [[T1, 11]])],
      [
        [
          'authors[1].followerSnapshots[0].followers',
          /conflicts with authors\[0\]\.followerSnapshots\[0\]\.followers \(10\)/,
        ],
      ],
    ],
    [
      'the handle spelled differently, and another name',
      [author('alice', [], 'Alice'), author('Alice', [], 'Al')],
      [
        ['authors[1].handle', /differs from authors\[0\]\.handle \(alice\)/],
        ['authors[1].name', /differs from authors\[0\]\.name \(Alice\)/],
      ],
    ],
  ])('an author twice with %s is a conflict', (_what, authors, expected) => {
    expect(problemsOf(file([], authors)).map((p) => [p.path, p.reason])).toEqual(
      expected.map(([path, reason]) => [path, expect.stringMatching(reason)]),
    );
  });
});
