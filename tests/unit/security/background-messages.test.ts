// @vitest-environment node

// Attacks on the background's message handlers, as the service worker wires them: readings that
// are malformed, oversized or polluted arrive from our own content script (a hostile page shapes
// what the adapter reads), and every kind of message arrives from senders that must not be
// obeyed. Whatever arrives, the database holds only validated fields, a refusal is logged, and a
// refused message changes nothing, byte for byte.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import type { SenderLike } from '@/lib/background/senders';
import { LIMITS } from '@/lib/check';
import { closeDb, getDb } from '@/lib/store/db';
import { pickCounts } from '@/lib/types';
import { batch, freshIndexedDb, reading, T0 } from '../recorder-helpers';
import { fullDump } from '../reliability/full-dump';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const ID = fakeBrowser.runtime.id;
const PAGES = fakeBrowser.runtime.getURL('/');
const CONTENT: SenderLike = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };
const POPUP: SenderLike = { id: ID, url: `${PAGES}popup.html` };

function setup() {
  const warnings: string[] = [];
  const h = createHandlers({
    db: getDb,
    settings: async () => (await import('@/lib/settings')).getSettings(),
    now: () => T0,
    warn: (m) => warnings.push(m),
    runtimeId: ID,
    extensionUrl: PAGES,
    newId: () => 'campaign-1',
  });
  return { h, warnings };
}

/** One good post stored first, so "changes nothing" is checked against real data. */
async function seeded() {
  const s = setup();
  expect(await s.h.recordReadings(batch([reading()]), CONTENT)).toMatchObject({ ok: true, stored: 1 });
  await s.h.queue.idle();
  s.warnings.length = 0;
  return { ...s, before: await fullDump() };
}

const post = (over: Record<string, unknown>) => ({ ...reading({ postId: '42' }), ...over });

describe('malformed readings from our own content script', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'recordReadings'],
    ['an array', [reading()]],
    ['no batch id', { pageUrl: 'https://x.com/', posts: [reading()], profile: null }],
    ['a batch id of 101 characters', batch([reading()], { batchId: 'b'.repeat(101) })],
    ['posts that are not an array', { batchId: 'b', pageUrl: '', posts: { 0: reading() }, profile: null }],
    ['an unknown platform', batch([post({ platform: 'myspace' })])],
    ['a javascript: url', batch([post({ url: 'javascript:alert(document.cookie)' })])],
    ['a data: url', batch([post({ url: 'data:text/html,<script>alert(1)</script>' })])],
    ['an http url', batch([post({ url: 'http://x.com/a/status/42' })])],
    ['another platform’s url', batch([post({ url: 'https://www.reddit.com/r/a/comments/42/' })])],
    ['a look-alike host', batch([post({ url: 'https://x.com.evil.example/a/status/42' })])],
    ['credentials in the url', batch([post({ url: 'https://user:pw@x.com/a/status/42' })])],
    ['an empty post id', batch([post({ postId: '' })])],
    ['a post id of 201 characters', batch([post({ postId: '9'.repeat(201) })])],
    ['a numeric post id', batch([post({ postId: 42 })])],
  ])('%s: nothing stored, a warning logged, the database unchanged', async (_name, message) => {
    const { h, warnings } = await seeded();
    const beforeData = await fullDump(['batches']);
    const r = await h.recordReadings(message, CONTENT);
    await h.queue.idle();
    // Acknowledged (a retry cannot fix it), with nothing stored. The batch id of a batch whose
    // readings were all dropped may be remembered (so a retry is a duplicate): nothing else changes.
    expect(r).toMatchObject({ ok: true, stored: 0 });
    expect(warnings.join('\n')).toMatch(/PostLens: (batch refused|1 readings dropped)/);
    expect(await fullDump(['batches'])).toBe(beforeData);
  });

  // Not the identity: the reading is stored with that one field null (text '', promoted false),
  // the rest intact, and the reason logged. Hostile values still never reach the database.
  it.each<[string, Record<string, unknown>, string, { post?: object; snapshot?: object }]>([
    ['a negative count', { likes: -1 }, 'likes', { snapshot: { likes: null } }],
    ['NaN', { views: Number.NaN }, 'views', { snapshot: { views: null } }],
    ['Infinity', { comments: Number.POSITIVE_INFINITY }, 'comments', { snapshot: { comments: null } }],
    ['a count past 10^13', { reposts: 1e14 }, 'reposts', { snapshot: { reposts: null } }],
    ['a count as a string', { likes: '5' }, 'likes', { snapshot: { likes: null } }],
    ['a count as an object', { likes: { valueOf: () => 5 } }, 'likes', { snapshot: { likes: null } }],
    [
      'negative followers',
      { author: { handle: 'a', name: 'A', followers: -5 } },
      'author.followers',
      { post: { authorKey: 'x:a' }, snapshot: { followers: null } },
    ],
    ['an author that is a string', { author: '<b>me</b>' }, 'author', { post: { authorKey: null } }],
    [
      'a handle of 301 characters',
      { author: { handle: 'h'.repeat(301), name: null } },
      'author.handle',
      { post: { authorKey: null, authorHandle: null } },
    ],
    ['a date that is not ISO', { publishedAt: 'yesterday' }, 'publishedAt', { post: { publishedAt: null } }],
    ['text that is not a string', { text: { toString: () => 'x' } }, 'text', { post: { text: '' } }],
    ['promoted that is not boolean', { promoted: 'yes' }, 'promoted', { post: { promoted: false } }],
  ])('%s: stored with that field null, a warning logged', async (_name, over, field, expected) => {
    const { h, warnings } = await seeded();
    const r = await h.recordReadings(batch([post(over)]), CONTENT);
    await h.queue.idle();
    expect(r).toEqual({
      ok: true,
      stored: 1,
      duplicate: false,
      dropped: 0,
      nulled: 1,
      cut: 0,
      reasons: [expect.stringMatching(`^x:42 ${field}: `)],
    });
    expect(warnings).toEqual([expect.stringMatching(`^PostLens: 1 fields stored as null: x:42 ${field}: `)]);
    const db = await getDb();
    const { postId: _, ...rest } = reading({ postId: '42' });
    expect(await db.get('posts', 'x:42')).toMatchObject({
      url: rest.url,
      authorKey: 'x:nasa',
      publishedAt: rest.publishedAt,
      text: rest.text,
      promoted: false,
      ...expected.post,
    });
    const range = IDBKeyRange.bound(['x:42', 0], ['x:42', Infinity]);
    const [snapshot, more] = await db.getAllFromIndex('snapshots', 'by-post-time', range);
    expect(more).toBeUndefined();
    expect(snapshot).toMatchObject({ ...pickCounts(rest), followers: null, ...expected.snapshot });
  });

  it('drops only readings whose identity is bad, nulls only the bad field of the rest, says why', async () => {
    const { h, warnings } = await seeded();
    const r = await h.recordReadings(
      batch([
        post({ postId: 'ok-1' }),
        post({ likes: -3 }),
        post({ postId: 'ok-2' }),
        post({ url: 'javascript:1' }),
      ]),
      CONTENT,
    );
    expect(r).toEqual({
      ok: true,
      stored: 3,
      duplicate: false,
      dropped: 1,
      nulled: 1,
      cut: 0,
      reasons: ['x:42 url: must be https', 'x:42 likes: must be 0 or more, got -3'],
      // The page keeps the refused keys: its popup says these will never be stored.
      refused: ['x:42'],
    });
    expect(warnings).toEqual([
      'PostLens: 1 readings dropped: x:42 url: must be https',
      'PostLens: 1 fields stored as null: x:42 likes: must be 0 or more, got -3',
    ]);
    expect((await (await getDb()).getAllKeys('posts')).sort()).toEqual([
      'x:1790000000000000001',
      'x:42',
      'x:ok-1',
      'x:ok-2',
    ]);
  });
});

describe('oversized readings', () => {
  it(`a batch of 10,000 posts stores at most ${LIMITS.posts} and counts the rest as dropped`, async () => {
    const { h, warnings } = await seeded();
    const posts = Array.from({ length: 10_000 }, (_, i) => reading({ postId: `p${i}` }));
    const r = await h.recordReadings(batch(posts), CONTENT);
    expect(r).toEqual({
      ok: true,
      stored: LIMITS.posts,
      duplicate: false,
      dropped: 10_000 - LIMITS.posts,
      nulled: 0,
      cut: 0,
      // Grouped as the user's language writes numbers (lib/i18n wholeNumber).
      reasons: [
        `${(10_000 - LIMITS.posts).toLocaleString('en')} posts beyond the ${LIMITS.posts} a batch may hold`,
      ],
      refused: posts.slice(LIMITS.posts).map((p) => `x:${p.postId}`),
    });
    expect(warnings.join('\n')).toContain(
      `${(10_000 - LIMITS.posts).toLocaleString('en')} posts beyond the ${LIMITS.posts}`,
    );
    expect(await (await getDb()).count('posts')).toBe(LIMITS.posts + 1);
  });

  it('cuts a megabyte of text and a megabyte of author name to their limits, and says so', async () => {
    const { h, warnings } = setup();
    const mb = 'A'.repeat(1024 * 1024);
    await h.recordReadings(batch([reading({ text: mb, author: { handle: 'big', name: mb } })]), CONTENT);
    expect(warnings).toEqual([
      'PostLens: 2 texts cut to their limit: ' +
        'x:1790000000000000001 author.name: longer than 300 characters, kept the first 300; ' +
        'x:1790000000000000001 text: longer than 65,536 characters, kept the first 65,536',
    ]);
    // Told to the user too, not only the worker's console: the popup's notice reads this.
    await h.settled();
    expect(await h.checkedReadings(undefined, POPUP)).toEqual({
      dropped: 0,
      nulled: 0,
      cut: 2,
      retimed: 0,
      reasons: [
        'x:1790000000000000001 text: longer than 65,536 characters, kept the first 65,536',
        'x:1790000000000000001 author.name: longer than 300 characters, kept the first 300',
      ],
      at: T0,
    });
    const db = await getDb();
    const [stored] = await db.getAll('posts');
    expect(stored?.text).toHaveLength(LIMITS.text);
    expect(stored?.authorName).toHaveLength(LIMITS.name);
    expect((await db.get('authors', 'x:big'))?.name).toHaveLength(LIMITS.name);
  });
});

describe('polluted readings', () => {
  it('stores only the known fields: no __proto__, no forged key or dates, no extra properties', async () => {
    const { h } = setup();
    const hostile = JSON.parse(
      JSON.stringify({
        ...reading({ postId: '7' }),
        key: 'x:someone-elses-post',
        firstSeen: 0,
        authorKey: 'x:victim',
        evil: '<script>alert(1)</script>',
      }).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted2":true}},'),
    );
    hostile.author = JSON.parse('{"handle":"nasa","name":"NASA","__proto__":{"isAdmin":true}}');
    expect(await h.recordReadings(batch([hostile]), CONTENT)).toMatchObject({ ok: true, stored: 1 });
    const db = await getDb();
    const stored = await db.get('posts', 'x:7');
    expect(Object.keys(stored!).sort()).toEqual(
      [
        'authorHandle',
        'authorKey',
        'authorName',
        'firstSeen',
        'key',
        'lastSeen',
        'platform',
        'postId',
        'promoted',
        'publishedAt',
        // Built by the background from the stored snapshots, never taken from the message.
        'summary',
        'text',
        'url',
      ].sort(),
    );
    expect(stored).toMatchObject({ key: 'x:7', authorKey: 'x:nasa', firstSeen: T0 });
    expect(await db.get('posts', 'x:someone-elses-post')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
  });
});

describe('senders that must not be obeyed', () => {
  const STRANGERS: Record<string, SenderLike | undefined> = {
    'our content script (a page cannot command writes)': CONTENT,
    'another extension': { id: 'evil-extension-id', url: `chrome-extension://evil-extension-id/p.html` },
    'another extension claiming our page url': { id: 'evil-extension-id', url: `${PAGES}dashboard.html` },
    'a web page in a tab': { url: 'https://evil.example/', tab: { id: 3 } },
    'a page whose url merely contains ours': { id: ID, url: `https://evil.example/${PAGES}`, tab: { id: 3 } },
    'no sender at all': undefined,
  };
  const WRITES: Array<
    [string, (h: ReturnType<typeof setup>['h'], s: SenderLike | undefined) => Promise<unknown>]
  > = [
    [
      'importData',
      (h, s) => h.importData({ format: 'postlens-export', version: 1, posts: [], authors: [] }, s),
    ],
    ['deletePost', (h, s) => h.deletePost('x:1790000000000000001', s)],
    ['deleteAuthor', (h, s) => h.deleteAuthor('x:nasa', s)],
    ['deleteAll', (h, s) => h.deleteAll(undefined, s)],
    ['pruneNow', (h, s) => h.pruneNow(undefined, s)],
    ['previewPrune', (h, s) => h.previewPrune(undefined, s)],
    ['saveCampaign', (h, s) => h.saveCampaign({ name: 'x' }, s)],
    ['deleteCampaign', (h, s) => h.deleteCampaign('campaign-1', s)],
  ];

  const cases = Object.entries(STRANGERS).flatMap(([who, sender]) =>
    WRITES.map(([what, call]) => [what, who, sender, call] as const),
  );
  it.each(cases)('%s from %s: refused with a warning, nothing changed', async (what, _who, sender, call) => {
    const { h, warnings, before } = await seeded();
    // Marked as refused for who asked, not failed by storage: a page told it does not say "try again".
    expect(await call(h, sender)).toEqual({
      ok: false,
      error: expect.stringContaining('only accepted'),
      refused: true,
      reason: 'notPage',
    });
    expect(warnings).toEqual([expect.stringContaining(`${what} refused from`)]);
    expect(await fullDump()).toBe(before);
  });

  // Not our content script, nor one of our pages (an https tab with our id IS our content script).
  const NOT_US = Object.entries(STRANGERS).filter(([, s]) => s?.id !== ID);
  it.each(NOT_US)(
    'readings, known posts and storage status from %s: refused, nothing stored, nothing told',
    async (_who, sender) => {
      const { h, warnings, before } = await seeded();
      expect(await h.recordReadings(batch([reading({ postId: '99' })]), sender)).toMatchObject({ ok: false });
      expect(await h.knownPosts(['x:1790000000000000001'], sender)).toEqual({});
      expect(await h.storageStatus(undefined, sender)).toEqual({ lastError: null, at: null });
      expect(warnings).toHaveLength(3);
      expect(await fullDump()).toBe(before);
    },
  );

  it('knownPosts survives 100,000 keys and keys that are not strings, and reads a bounded number', async () => {
    const { h } = await seeded();
    const junk = [null, 42, { toString: () => 'x:1790000000000000001' }, 'x:'.padEnd(5000, 'z')];
    const many = Array.from({ length: 100_000 }, (_, i) => `x:${i}`);
    const known = await h.knownPosts([...junk, 'x:1790000000000000001', ...many], CONTENT);
    expect(Object.keys(known)).toEqual(['x:1790000000000000001']);
    // Past the per-message bound (MAX_KNOWN_KEYS) nothing is read: one message cannot make the
    // worker walk the whole database.
    expect(await h.knownPosts([...many, 'x:1790000000000000001'], CONTENT)).toEqual({});
  });
});
