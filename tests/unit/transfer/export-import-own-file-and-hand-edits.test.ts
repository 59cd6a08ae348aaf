// @vitest-environment node

// A user's own JSON export brought back: each author keeps only the follower count read as theirs,
// and a file that holds nothing other than what the database has is not said to differ. And a
// file edited by hand with a mistake in its middle is called invalid JSON, not a cut-off file.
import { previewImport } from '@/lib/queries/export-reads';
import { deleteAll, recordBatches, splitStorageError } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import type { AuthorRecord, PostRecord, SnapshotRecord } from '@/lib/store/schema';
import { buildExport, looksTruncated, readImport } from '@/lib/transfer';
import { dumpStores as dump, EXPORTED_AT, exportText, importText } from '../fixtures/round-trip';
import { batch, DAY, freshIndexedDb, HOUR, reading, SETTINGS, T0 } from '../recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const NOW = EXPORTED_AT;

describe("a post's author.followers in the export", () => {
  const post: PostRecord = {
    key: 'x:7',
    platform: 'x',
    postId: '7',
    url: 'https://x.com/kim/status/7',
    authorKey: 'x:kim',
    authorHandle: 'kim',
    authorName: 'Kim',
    publishedAt: null,
    text: 'hi',
    promoted: false,
    firstSeen: T0,
    lastSeen: T0,
  };
  // A snapshot whose reading named another account (the post's handle changed; the post keeps the first).
  const snap: SnapshotRecord = {
    id: 1,
    postKey: 'x:7',
    capturedAt: T0,
    likes: 1,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
    followers: 6_000,
  };
  const kim: AuthorRecord = {
    key: 'x:kim',
    platform: 'x',
    handle: 'kim',
    name: 'Kim',
    followers: null,
    followersAt: null,
  };

  it("is the author's own count, null when none was shown: not a snapshot's of another account", () => {
    const data = buildExport(
      { posts: [post], snapshots: [snap], authors: [kim], followerSnapshots: [] },
      new Date(NOW),
    );
    expect(data.posts[0]!.author).toEqual({ handle: 'kim', name: 'Kim', followers: null });
  });

  it('of a post without an author, is still the last count its snapshots show', () => {
    const data = buildExport(
      {
        posts: [{ ...post, authorKey: null, authorHandle: null }],
        snapshots: [snap],
        authors: [],
        followerSnapshots: [],
      },
      new Date(NOW),
    );
    expect(data.posts[0]!.author.followers).toBe(6_000);
  });
});

describe('export, delete everything, import', () => {
  it("a post read as @nasa's, then as @nasa_hq's with 6,000 followers: @nasa gets no count, @nasa_hq keeps its own", async () => {
    let db = await getDb();
    await recordBatches(db, [batch([reading({ author: { handle: 'nasa', name: 'NASA' } })])], SETTINGS, T0);
    // Another post of @nasa's: its engagement rate must not fall back to @nasa_hq's count.
    await recordBatches(
      db,
      [batch([reading({ postId: '2', author: { handle: 'nasa', name: 'NASA' } })])],
      SETTINGS,
      T0 + HOUR,
    );
    await recordBatches(
      db,
      [batch([reading({ likes: 150, author: { handle: 'nasa_hq', name: 'NASA', followers: 6_000 } })])],
      SETTINGS,
      T0 + 2 * HOUR,
    );
    const before = await dump(db);
    expect(before.authors.find((a) => a.key === 'x:nasa')).toMatchObject({ followers: null });
    const text = await exportText(db);
    expect((await deleteAll(db)).ok).toBe(true);
    db = await getDb();
    const r = await importText(db, text);
    expect(r).toMatchObject({ ok: true });
    expect(r).not.toHaveProperty('kept');
    expect(await dump(db)).toEqual(before);
  });
});

describe('your own export imported into the database it came from', () => {
  it('an author whose name changed after their post was read: nothing said to differ, nothing changed', async () => {
    const db = await getDb();
    await recordBatches(db, [batch([reading({ author: { handle: 'nasa', name: 'NASA' } })])], SETTINGS, T0);
    await recordBatches(
      db,
      [batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA (official)', followers: 900 } })],
      SETTINGS,
      T0 + DAY,
    );
    const before = await dump(db);
    const r = await importText(db, await exportText(db));
    expect(r).toEqual({ ok: true, added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0 } });
    expect(await dump(db)).toEqual(before);
  });

  it("an author the file lists under another name is still named, and keeps the user's name", async () => {
    const db = await getDb();
    await recordBatches(db, [batch([reading({ author: { handle: 'nasa', name: 'NASA' } })])], SETTINGS, T0);
    const file = JSON.parse(await exportText(db));
    file.authors[0].name = 'Not NASA';
    const r = await importText(db, JSON.stringify(file));
    expect(r.ok && r.kept).toMatch(/the name of author x:nasa/);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({ name: 'NASA' });
  });

  const older = {
    id: 'c9',
    name: 'Autumn',
    postKeys: ['x:1790000000000000001'],
    start: '2025-04-01',
    end: '2025-04-30',
    spend: { amountMinor: 120_000, currency: 'USD' },
    revenue: { amountMinor: 300_000, currency: 'USD' },
    leads: null,
    clicks: 40,
    conversions: null,
    csat: null,
    nps: null,
    createdAt: T0,
    updatedAt: T0 + HOUR,
  };

  it('a campaign stored by a PostLens older than its later inputs: nothing said to differ', async () => {
    const db = await getDb();
    // As stored then: no keys at all for leadValue, impressions, reach… (lib/campaigns/campaign.ts).
    await db.put('campaigns', older as never);
    const before = await dump(db);
    const r = await importText(db, await exportText(db));
    expect(r).toEqual({
      ok: true,
      added: { posts: 0, snapshots: 0, authors: 0, followerSnapshots: 0, campaigns: 0 },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('such a campaign the file gives otherwise is still named, and stays as stored', async () => {
    const db = await getDb();
    await db.put('campaigns', older as never);
    const file = JSON.parse(await exportText(db));
    file.campaigns[0].impressions = 5_000;
    const r = await importText(db, JSON.stringify(file));
    expect(r.ok && r.kept).toMatch(/campaign "Autumn" \(c9\)/);
    expect(await db.get('campaigns', 'c9')).toEqual(older);
  });
});

describe('a file edited by hand', () => {
  const file = JSON.stringify(
    {
      format: 'postlens-export',
      version: 1,
      exportedAt: '2025-05-01T12:00:00.000Z',
      posts: ['1', '2'].map((id) => ({
        platform: 'x',
        postId: id,
        url: `https://x.com/kim/status/${id}`,
        author: { handle: 'kim', name: 'Kim', followers: null },
        publishedAt: null,
        text: 'hello',
        snapshots: [],
      })),
      authors: [],
    },
    null,
    2,
  );
  const errorOf = (text: string) => {
    const r = readImport(text, { now: NOW });
    return r.ok ? '(imported)' : r.error;
  };

  it('reads as it is before the edit', () => expect(errorOf(file)).toBe('(imported)'));

  it.each([
    ["a post's closing brace deleted", file.replace('"snapshots": []\n    },', '"snapshots": []\n    ,')],
    ['a closing quote deleted', file.replace('"text": "hello",', '"text": "hello,')],
    ['a comma deleted', file.replace('"postId": "2",', '"postId": "2"')],
    ['a word mistyped', file.replace('"followers": null', '"followers": nul')],
    ['something after the end', `${file}\n}`],
  ])('%s: said to be invalid JSON (with what is wrong), not cut off', (_what, edited) => {
    expect(edited).not.toBe(file);
    const error = errorOf(edited);
    // The parser's words (what is wrong) folded apart, under "Error details".
    expect(splitStorageError(error)).toEqual({
      text: 'This file is not valid JSON, so nothing was imported.',
      raw: expect.stringMatching(/.+/),
    });
    expect(error).not.toMatch(/truncated|cut off|ends too early/);
  });

  it.each([
    ['halfway', file.slice(0, file.length / 2)],
    ['inside a word', file.slice(0, file.indexOf('null') + 2)],
    ['inside a string', file.slice(0, file.indexOf('hello') + 3)],
    ['after a comma', file.slice(0, file.indexOf('"postId"'))],
    ['one character short', file.slice(0, -1)],
  ])('a file really cut off %s is still called cut off', (_where, cut) => {
    expect(errorOf(cut)).toMatch(/ends too early/);
  });

  it('every cut of the file is cut off; every cut of it with the brace deleted is not', () => {
    const edited = file.replace('"snapshots": []\n    },', '"snapshots": []\n    ,');
    // The mistake: the next post's opening brace, where a key must come.
    const at = edited.indexOf('{', edited.indexOf('"snapshots": []\n    ,')) + 1;
    for (let n = 1; n < file.length; n++) expect([n, looksTruncated(file.slice(0, n))]).toEqual([n, true]);
    // Cut after the mistake: the mistake is still there to be named.
    for (let n = at; n <= edited.length; n++)
      expect([n, looksTruncated(edited.slice(0, n))]).toEqual([n, false]);
  });
});

describe('the import preview of follower readings', () => {
  it("does not count a reading at the moment of the author's stored latest count that differs: the import keeps yours", async () => {
    const db = await getDb();
    const profile = (followers: number) =>
      batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers } });
    // Read at T0 and again unchanged ten minutes later: the latest count's time has no snapshot.
    await recordBatches(db, [profile(1_000)], SETTINGS, T0);
    await recordBatches(db, [profile(1_000)], SETTINGS, T0 + 10 * 60_000);
    expect(await db.get('authors', 'x:nasa')).toMatchObject({
      followers: 1_000,
      followersAt: T0 + 10 * 60_000,
    });
    const file = JSON.parse(await exportText(db));
    // Another device's file: it read 1,200 at that moment.
    const at = new Date(T0 + 10 * 60_000).toISOString();
    delete file.authors[0].followers;
    delete file.authors[0].followersAt;
    file.authors[0].followerSnapshots.push({ capturedAt: at, followers: 1_200 });
    const page = readImport(JSON.stringify(file), { now: NOW });
    if (!page.ok) throw new Error(page.error);
    const preview = await previewImport(page.data, db);
    const r = await importText(db, JSON.stringify(file));
    expect(r.ok && r.kept).toMatch(/x:nasa/);
    expect(r.ok && r.added.followerSnapshots).toBe(0);
    expect(preview.followerSnapshots).toBe(0);
  });

  it('counts one at that moment that agrees with the stored count, as the import adds it', async () => {
    const db = await getDb();
    const profile = (followers: number) =>
      batch([], { profile: { platform: 'x', handle: 'nasa', name: 'NASA', followers } });
    await recordBatches(db, [profile(1_000)], SETTINGS, T0);
    await recordBatches(db, [profile(1_000)], SETTINGS, T0 + 10 * 60_000);
    const file = JSON.parse(await exportText(db));
    file.authors[0].followerSnapshots.push({
      capturedAt: new Date(T0 + 10 * 60_000).toISOString(),
      followers: 1_000,
    });
    const page = readImport(JSON.stringify(file), { now: NOW });
    if (!page.ok) throw new Error(page.error);
    const preview = await previewImport(page.data, db);
    const r = await importText(db, JSON.stringify(file));
    expect(r.ok && r.added.followerSnapshots).toBe(1);
    expect(preview.followerSnapshots).toBe(1);
  });
});
