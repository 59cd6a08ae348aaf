// @vitest-environment node

// Every JSON export PostLens writes matches docs/export.schema.json, and the schema is exact: it
// refuses a wrong version, a missing field, a count written as text, an extra property. Exports
// are built from varied record sets (none, null counts, unknown authors, hostile text, with and
// without campaigns, and seeded random ones) by the same functions Export JSON calls.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Campaign } from '@/lib/campaigns';
import type { SnapshotRecord } from '@/lib/records';
import {
  buildExport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type ExportRecords,
  readImport,
  serializeExport,
  withCampaigns,
} from '@/lib/transfer';
import { COUNT_FIELDS, PLATFORMS } from '@/lib/types';
import { pick, prng, type Rand } from '../reliability/mutate-dom';
import { problems, SCHEMA_PATH, schema } from './export-schema';
import {
  CAMPAIGN_BLANK,
  CAMPAIGN_FULL,
  EMPTY,
  EXPORTED_AT,
  HOSTILE,
  HOSTILE_TEXTS,
  postRecord,
  snapshotRecord,
  T0,
  VARIED,
} from './fixtures';

/** The file Export JSON writes for these records and campaigns, read back as JSON. */
const written = (records: ExportRecords, campaigns: readonly Campaign[] = []): ExportFile =>
  JSON.parse(serializeExport(withCampaigns(buildExport(records, EXPORTED_AT), campaigns)));

/** A random record set: any platform, counts shown or not, authors known or not, any text. */
function randomRecords(rand: Rand): ExportRecords {
  const count = () => (rand() < 0.3 ? null : Math.floor(rand() ** 3 * 1e7));
  const n = Math.floor(rand() * 6);
  const records: ExportRecords = { posts: [], snapshots: [], authors: [], followerSnapshots: [] };
  for (let i = 0; i < n; i++) {
    const platform = pick(rand, PLATFORMS);
    const key = `${platform}:p${i}`;
    const known = rand() < 0.5;
    const handle = `h${Math.floor(rand() * 3)}`;
    records.posts.push(
      postRecord({
        key,
        platform,
        postId: `p${i}`,
        url: `https://example.invalid/${platform}/${i}`,
        authorKey: known ? `${platform}:${handle}` : null,
        authorHandle: rand() < 0.8 ? handle : null,
        authorName: rand() < 0.5 ? pick(rand, HOSTILE_TEXTS).slice(0, 300) : null,
        publishedAt: rand() < 0.5 ? new Date(T0 - Math.floor(rand() * 1e9)).toISOString() : null,
        text: rand() < 0.7 ? pick(rand, HOSTILE_TEXTS) : '',
        firstSeen: T0 + Math.floor(rand() * 1e6),
      }),
    );
    const snaps = Math.floor(rand() * 4);
    for (let s = 0; s < snaps; s++) {
      const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, count()]));
      records.snapshots.push(
        snapshotRecord({ postKey: key, capturedAt: T0 + s * 60_000, ...counts, followers: count() }),
      );
    }
    if (known && !records.authors.some((a) => a.key === `${platform}:${handle}`)) {
      const followers = count();
      records.authors.push({
        key: `${platform}:${handle}`,
        platform,
        handle,
        name: rand() < 0.5 ? 'Name' : null,
        followers,
        followersAt: followers === null ? null : T0,
      });
      if (followers !== null)
        records.followerSnapshots.push({ authorKey: `${platform}:${handle}`, capturedAt: T0, followers });
    }
  }
  return records;
}

describe('docs/export.schema.json', () => {
  it('states the format, version, platforms and count fields the code uses', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.format.const).toBe(EXPORT_FORMAT);
    expect(schema.properties.version.const).toBe(EXPORT_VERSION);
    expect(schema.$defs.platform.enum).toEqual([...PLATFORMS]);
    expect(schema.$defs.campaign.properties.postKeys.items.pattern).toBe(`^(${PLATFORMS.join('|')}):.*\\S`);
    expect(schema.$defs.snapshot.required).toEqual(['capturedAt', ...COUNT_FIELDS, 'followers']);
  });

  it('matches the example in README "Export format"', () => {
    const readme = readFileSync(resolve(dirname(SCHEMA_PATH), '../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Export format'), readme.indexOf('## Privacy'));
    const block = section.match(/\n {4}\{\n[\s\S]*?\n {4}\}\n/)?.[0];
    expect(block).toBeDefined();
    const example = JSON.parse(block!.replace(/^ {4}/gm, ''));
    expect(problems(example)).toEqual([]);
    expect(section).toContain('[docs/export.schema.json](docs/export.schema.json)');
    expect(section).toContain(`version ${EXPORT_VERSION}`);
  });

  it('lists every object’s properties in the order the export writes them', () => {
    const file = written(VARIED, [CAMPAIGN_FULL]);
    const post = file.posts[0]!;
    const order = (def: { properties?: object }) => Object.keys(def.properties ?? {});
    // Optional keys are written only when they say something (README "Export format"): the keys
    // written follow the schema's order, with the optional ones absent where the record has none.
    const inOrder = (keys: string[], def: { properties?: object }) =>
      expect(keys).toEqual(order(def).filter((k) => keys.includes(k)));
    // `annotations` and `watchlist` are optional and written last, only when the user has some
    // (annotations-export.test.ts, watchlist-in-export.test.ts).
    expect([...Object.keys(file), 'annotations', 'watchlist']).toEqual(order(schema));
    inOrder(Object.keys(post), schema.$defs.post);
    expect(Object.keys(post).slice(0, 7)).toEqual(order(schema.$defs.post).slice(0, 7));
    // Every post key of the schema appears in some post of this export, in that order.
    const postKeys = new Set(file.posts.flatMap((p) => Object.keys(p)));
    expect(order(schema.$defs.post).filter((k) => postKeys.has(k))).toEqual(order(schema.$defs.post));
    for (const p of file.posts) inOrder(Object.keys(p), schema.$defs.post);
    expect(Object.keys(post.author)).toEqual(order(schema.$defs.post.properties.author));
    expect(Object.keys(post.snapshots[0]!)).toEqual(order(schema.$defs.snapshot));
    for (const a of file.authors) inOrder(Object.keys(a), schema.$defs.author);
    const authorKeys = new Set(file.authors.flatMap((a) => Object.keys(a)));
    expect(order(schema.$defs.author).filter((k) => authorKeys.has(k))).toEqual(order(schema.$defs.author));
    expect(Object.keys(file.campaigns[0]!)).toEqual(order(schema.$defs.campaign));
  });
});

describe('every export matches the schema', () => {
  it.each([
    ['an empty database', EMPTY],
    ['posts with counts, null counts, known and unknown authors', VARIED],
    ['hostile text in every text field', HOSTILE],
  ])('%s, with no, one and two campaigns', (_name, records) => {
    for (const campaigns of [[], [CAMPAIGN_FULL], [CAMPAIGN_FULL, CAMPAIGN_BLANK]]) {
      expect(problems(written(records, campaigns))).toEqual([]);
    }
  });

  it('a snapshot with every count null, and one with every count at the limit', () => {
    const limit = Object.fromEntries(COUNT_FIELDS.map((f) => [f, 1e13])) as Partial<SnapshotRecord>;
    const file = written({
      ...VARIED,
      snapshots: [
        snapshotRecord({
          likes: null,
          comments: null,
          reposts: null,
          saves: null,
          views: null,
          followers: null,
        }),
        snapshotRecord({ id: 2, capturedAt: T0 + 1, ...limit, followers: 1e13 }),
      ],
    });
    expect(file.posts.find((p) => p.postId === '1')!.snapshots).toHaveLength(2);
    expect(problems(file)).toEqual([]);
  });

  it('200 random record sets, seeded', () => {
    const rand = prng(20250301);
    for (let i = 0; i < 200; i++) {
      const file = written(randomRecords(rand), rand() < 0.5 ? [] : [CAMPAIGN_BLANK]);
      expect(problems(file), `record set ${i}`).toEqual([]);
    }
  });

  it('a file imported and exported again', () => {
    const first = written(VARIED, [CAMPAIGN_FULL]);
    const back = readImport(JSON.stringify(first));
    if (!back.ok) throw new Error(back.error);
    expect(problems(JSON.parse(serializeExport(back.data)))).toEqual([]);
  });
});

describe('the schema is exact', () => {
  const valid = () => written(VARIED, [CAMPAIGN_FULL]);
  const DELETE = Symbol('delete');

  /** Sets (or deletes) the value at `path` in the parsed file. */
  function change(file: unknown, path: ReadonlyArray<string | number>, value: unknown): void {
    let at = file as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) at = at[step] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === DELETE) delete at[last];
    else at[last] = value;
  }

  const snap = ['posts', 1, 'snapshots', 0];
  it.each<[string, ReadonlyArray<string | number>, unknown, RegExp]>([
    ['version 1 (an old file is not this format)', ['version'], 1, /^\/version const/],
    ['version 3', ['version'], 3, /^\/version const/],
    ['version "2" (text)', ['version'], '2', /^\/version const/],
    ['another format', ['format'], 'other-app', /^\/format const/],
    ['no exportedAt', ['exportedAt'], DELETE, /required.*exportedAt/],
    ['no campaigns', ['campaigns'], DELETE, /required.*campaigns/],
    ['a snapshot without views', [...snap, 'views'], DELETE, /required.*views/],
    ['a post without its author', ['posts', 0, 'author'], DELETE, /required.*author/],
    ['a campaign without nps', ['campaigns', 0, 'nps'], DELETE, /required.*nps/],
    ['a count of "12"', [...snap, 'likes'], '12', /snapshots\/0\/likes type/],
    ['a negative count', [...snap, 'views'], -1, /views minimum/],
    ['a fractional count', [...snap, 'saves'], 1.5, /saves type/],
    ['author followers of "500"', ['posts', 1, 'author', 'followers'], '500', /followers type/],
    [
      'a follower snapshot of null',
      ['authors', 1, 'followerSnapshots', 0, 'followers'],
      null,
      /followers type/,
    ],
    ['an extra top-level property', ['extra'], 1, /^\/ additionalProperties/],
    ['an extra post property', ['posts', 0, 'sponsored'], true, /posts\/0 additionalProperties/],
    ['promoted given as false (absent means not marked)', ['posts', 0, 'promoted'], false, /promoted const/],
    [
      'an author count without its time',
      ['authors', 0, 'followers'],
      3,
      /authors\/0 dependentRequired|followersAt/,
    ],
    ['a firstSeen as epoch ms', ['posts', 0, 'firstSeen'], T0, /firstSeen type/],
    ['an extra snapshot property', [...snap, 'shares'], 3, /additionalProperties.*shares/],
    ['an extra author property', ['authors', 0, 'followerCount'], 3, /authors\/0 additionalProperties/],
    ['an extra campaign property', ['campaigns', 0, 'budget'], 3, /campaigns\/0 additionalProperties/],
    ['money with an extra property', ['campaigns', 0, 'spend', 'amount'], 1, /spend additionalProperties/],
    ['capturedAt as epoch ms', [...snap, 'capturedAt'], T0, /capturedAt type/],
    ['capturedAt not in UTC', [...snap, 'capturedAt'], '2025-03-01T08:30:00+01:00', /capturedAt pattern/],
    ['an unknown platform', ['posts', 0, 'platform'], 'myspace', /platform enum/],
    ['an http url', ['posts', 0, 'url'], 'http://x.com/a/status/1', /url pattern/],
    ['a post key of no platform', ['campaigns', 0, 'postKeys', 0], '1', /postKeys\/0 pattern/],
    ['a lower-case currency', ['campaigns', 0, 'spend', 'currency'], 'eur', /currency pattern/],
  ])('refuses %s', (_name, path, value, where) => {
    const file = valid();
    expect(problems(file)).toEqual([]);
    change(file, path, value);
    const found = problems(file);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(where);
  });

  it('refuses a version 1 file, which still imports (README: version 1 files still import)', () => {
    const { campaigns: _c, ...rest } = valid();
    const v1 = { ...rest, version: 1 };
    expect(problems(v1).join('\n')).toMatch(/\/version const/);
    const imported = readImport(JSON.stringify(v1));
    expect(imported.ok).toBe(true);
  });
});
