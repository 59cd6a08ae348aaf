// @vitest-environment node

// Lists the user reads sort in the user's language (uiLocale, the browser's UI language, which the
// page's numbers and dates follow), as the Posts table does (collate, lib/queries/sort-rows.ts),
// not in the JavaScript default locale. A Swedish user looks for Ödman after Zorn ("… x y z å ä ö");
// the default locale here (en-US) puts Ö with O. Unit tests set the UI language with
// setMessageLookup's locale; the runtime's default locale stays en-US, so the two differ.
import { inject } from 'vitest';
import { authorsOf } from '@/components/insights/author-filter';
import type { Campaign } from '@/lib/campaigns';
import { setMessageLookup } from '@/lib/i18n';
import { loadAuthors } from '@/lib/queries/authors';
import { loadCampaigns } from '@/lib/queries/campaigns';
import type { AuthorRecord } from '@/lib/records';
import { closeDb, getDb } from '@/lib/store/db';
import { lookupFrom } from '../../harness/locale-messages';
import { NO_OUTCOMES } from '../fixtures/campaign';
import { postRow } from '../fixtures/post-row';
import { freshIndexedDb } from '../recorder-helpers';

const english = lookupFrom(new Map(inject('englishMessages')));
const inLanguage = (locale: string) => setMessageLookup(english, locale);

beforeEach(freshIndexedDb);
afterEach(async () => {
  setMessageLookup(english);
  await closeDb();
});

const author = (platform: AuthorRecord['platform'], handle: string): AuthorRecord => ({
  key: `${platform}:${handle.toLowerCase()}`,
  platform,
  handle,
  name: null,
  followers: null,
  followersAt: null,
});

const campaign = (id: string, name: string): Campaign => ({
  id,
  name,
  postKeys: [],
  start: '2025-03-01',
  end: '2025-03-31',
  ...NO_OUTCOMES,
  createdAt: 1,
  updatedAt: 1,
});

async function storeAuthors(authors: AuthorRecord[]) {
  const db = await getDb();
  const tx = db.transaction('authors', 'readwrite');
  await Promise.all([...authors.map((a) => tx.store.put(a)), tx.done]);
}

async function storeCampaigns(campaigns: Campaign[]) {
  const db = await getDb();
  const tx = db.transaction('campaigns', 'readwrite');
  await Promise.all([...campaigns.map((c) => tx.store.put(c)), tx.done]);
}

const handles = async () => (await loadAuthors()).map((a) => `${a.platform}:${a.handle}`);

describe('the authors list (loadAuthors: Authors page, Watchlist’s starred authors)', () => {
  beforeEach(() =>
    storeAuthors([
      author('x', 'zorn'),
      author('x', 'ödman'),
      author('x', 'anna'),
      author('bluesky', 'zeta.bsky.social'),
    ]),
  );

  it('sorts a Swedish user’s handles A, Z, Ö within each platform', async () => {
    inLanguage('sv');
    expect(await handles()).toEqual(['bluesky:zeta.bsky.social', 'x:anna', 'x:zorn', 'x:ödman']);
  });

  it('sorts an English user’s handles with Ö beside O', async () => {
    inLanguage('en');
    expect(await handles()).toEqual(['bluesky:zeta.bsky.social', 'x:anna', 'x:ödman', 'x:zorn']);
  });

  it('orders the platforms by their ids, whatever the language', async () => {
    // Ids, not words: a language that moves "b" or "x" moves no platform.
    for (const locale of ['sv', 'lt', 'da', 'en']) {
      inLanguage(locale);
      expect((await loadAuthors()).map((a) => a.platform)).toEqual(['bluesky', 'x', 'x', 'x']);
    }
  });
});

describe('campaigns created at the same moment (loadCampaigns: Add to campaign, the comparison)', () => {
  // Stored under ids in another order than their names', so the store's key order says nothing.
  beforeEach(() => storeCampaigns([campaign('c1', 'Ödla'), campaign('c2', 'Zebra'), campaign('c3', 'Apa')]));

  it('sorts a Swedish user’s names A, Z, Ö', async () => {
    inLanguage('sv');
    expect((await loadCampaigns()).map((c) => c.name)).toEqual(['Apa', 'Zebra', 'Ödla']);
  });

  it('sorts an English user’s names with Ö beside O', async () => {
    inLanguage('en');
    expect((await loadCampaigns()).map((c) => c.name)).toEqual(['Apa', 'Ödla', 'Zebra']);
  });

  it('still puts the oldest first, whatever its name', async () => {
    await storeCampaigns([{ ...campaign('c0', 'Öst'), createdAt: 0, updatedAt: 0 }]);
    inLanguage('sv');
    expect((await loadCampaigns()).map((c) => c.name)).toEqual(['Öst', 'Apa', 'Zebra', 'Ödla']);
  });
});

describe('the Insights and Overview author filter (authorsOf)', () => {
  const rows = () => [
    postRow({ authorKey: 'x:zorn', authorHandle: 'zorn', authorName: null }),
    postRow({ authorKey: 'x:ödman', authorHandle: 'ödman', authorName: null }),
    postRow({ authorKey: 'x:anna', authorHandle: 'anna', authorName: null }),
  ];
  const labels = () => authorsOf(rows()).map((a) => a.label);

  it('lists a Swedish user’s authors with as many posts A, Z, Ö', () => {
    inLanguage('sv');
    expect(labels()).toEqual(['@anna · X', '@zorn · X', '@ödman · X']);
  });

  it('lists an English user’s authors with Ö beside O', () => {
    inLanguage('en');
    expect(labels()).toEqual(['@anna · X', '@ödman · X', '@zorn · X']);
  });

  it('still lists the author with the most posts first', () => {
    inLanguage('sv');
    const more = [...rows(), postRow({ authorKey: 'x:ödman', authorHandle: 'ödman', authorName: null })];
    expect(authorsOf(more).map((a) => [a.label, a.posts])).toEqual([
      ['@ödman · X', 2],
      ['@anna · X', 1],
      ['@zorn · X', 1],
    ]);
  });
});
