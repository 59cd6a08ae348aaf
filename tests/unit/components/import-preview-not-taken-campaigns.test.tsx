// What the import names besides what it leaves as the user has it, said by its preview too:
// - what the file contradicts itself on (the merge's notTaken, "not imported"): the preview left
//   these out of differing and said nothing of them, so the user learnt of them only after Import;
// - a campaign whose id is stored with other content (store.keptCampaign, counted by the import
//   among the entries left as the user had them): the preview counted only the new ids.
import { setMessageLookup } from '@/lib/i18n';
import { previewImport } from '@/lib/queries/export-reads';
import { putCampaign } from '@/lib/store';
import { getDb } from '@/lib/store/db';
import { withCampaigns } from '@/lib/transfer';
import type { ExportPost, ExportV1, ExportV2 } from '@/lib/transfer/format';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { campaignOf } from '../fixtures/campaign';
import { type Author, exportOf, likesAt, T1 } from '../fixtures/export-file';
import { backend, clock, resetAll } from './helpers';
import { buttons, previewed } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

/** Post 1 by jane read at T1 with `likes`, its author's followers given with no time (`followers`). */
const post = (likes: number, followers: number | null = null): ExportPost => ({
  platform: 'x',
  postId: '1',
  url: 'https://x.com/jane/status/1',
  author: { handle: 'jane', name: 'Jane', followers },
  publishedAt: null,
  text: 'hello',
  snapshots: [likesAt(T1, likes)],
});
/** jane listed with 100 followers read at T1. */
const jane: Author = {
  platform: 'x',
  handle: 'jane',
  name: 'Jane',
  followerSnapshots: [{ capturedAt: T1, followers: 100 }],
};
/** The file contradicts itself: 500 followers given undated, where its newest dated reading says 100. */
const contradicting = () => exportOf([jane], [post(1, 500)]);

/** What the import answered of `file` (its kept sentences; '' for none). */
async function imported(file: ExportV1 | ExportV2): Promise<string> {
  const res = await backend().importData(file, PAGE);
  if (!res.ok) throw new Error(res.error);
  return res.kept ?? '';
}

/** A campaign created and last saved at clock.now, as putCampaign stores one saved then. */
const savedNow = () => ({ createdAt: clock.now, updatedAt: clock.now });

const leadOf = (said: string, what: RegExp) => Number(said.match(what)?.[1] ?? 0);

describe('previewImport counts what the import says it did not take, and the campaigns it keeps', () => {
  it.each<{ name: string; before?: ExportV1; file: () => ExportV1; differing?: number; notTaken?: number }>([
    { name: 'into an empty database, the file contradicting itself', file: contradicting, notTaken: 1 },
    {
      name: 'a reading the user has otherwise, beside the contradiction',
      before: exportOf([], [post(9)]),
      file: contradicting,
      differing: 1,
      notTaken: 1,
    },
    { name: 'a file that agrees with itself', file: () => exportOf([jane], [post(1)]) },
  ])('$name: differing $differing, notTaken $notTaken, as the import then says', async (c) => {
    if (c.before) await imported(c.before);
    const preview = await previewImport(c.file());
    expect([preview.differing, preview.notTaken]).toEqual([c.differing, c.notTaken]);
    const said = await imported(c.file());
    expect(leadOf(said, /(\d+) entr\S+ in the file differs?/)).toBe(c.differing ?? 0);
    expect(leadOf(said, /(\d+) entr\S+ in the file (?:was|were) not imported/)).toBe(c.notTaken ?? 0);
  });

  it.each<{ name: string; stored: Partial<ReturnType<typeof campaignOf>>; differing?: number }>([
    { name: 'stored with another name', stored: { name: 'Spring (ours)' }, differing: 1 },
    { name: 'stored with other posts', stored: { postKeys: [] }, differing: 1 },
    { name: 'stored as the file gives it', stored: {} },
  ])('a campaign of the file $name: differing $differing, as the import then says', async (c) => {
    await imported(exportOf([jane], [post(1)]));
    const db = await getDb();
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = campaignOf(c.stored);
    expect((await putCampaign(db, input, clock.now, () => 'c1')).ok).toBe(true);
    // The campaign as putCampaign stored it (created and updated now), but for c.stored.
    const file = withCampaigns(exportOf([jane], [post(1)]), [campaignOf(savedNow())]);
    const preview = await previewImport(file);
    expect(preview.differing).toBe(c.differing);
    expect(preview.posts + preview.snapshots + preview.authors + preview.followerSnapshots).toBe(0);
    const said = await imported(file);
    expect(leadOf(said, /(\d+) entr\S+ in the file differs?/)).toBe(c.differing ?? 0);
    if (c.differing) expect(said).toContain('campaign "Spring" (c1)');
  });
});

describe('the preview says so before Import', () => {
  it.each([
    {
      lang: 'en',
      said:
        'backup.json holds 1 post. Importing adds 1 post, 1 snapshot, 1 author and 1 follower reading. ' +
        '1 entry of the file would not be imported, as the file itself contradicts it.',
    },
    {
      lang: 'de',
      said:
        'backup.json enthält 1 Beitrag. Der Import fügt 1 Beitrag, 1 Messung, 1 Autor und 1 Follower-Messung hinzu. ' +
        '1 Eintrag der Datei würde nicht importiert, da die Datei selbst ihm widerspricht.',
    },
  ] as const)('$lang: a file contradicting itself, into an empty database', async (c) => {
    if (c.lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const el = await previewed(JSON.stringify(contradicting()));
    expect(el.querySelector('p')?.textContent).toBe(c.said);
    // It still adds: Import is offered.
    expect(buttons(el)).toHaveLength(2);
  });

  it('a campaign stored with another name: the entry left as you have it, nothing to add', async () => {
    await imported(exportOf([jane], [post(1)]));
    const { id: _id, createdAt: _c, updatedAt: _u, ...input } = campaignOf({ name: 'Spring (ours)' });
    expect((await putCampaign(await getDb(), input, clock.now, () => 'c1')).ok).toBe(true);
    const el = await previewed(JSON.stringify(withCampaigns(exportOf([jane], [post(1)]), [campaignOf()])));
    expect(el.querySelector('p')?.textContent).toBe(
      'Nothing to import: backup.json holds 1 post, 1 snapshot, 1 author, 1 follower reading and 1 campaign, and none of it adds to what is stored already. ' +
        '1 entry of the file differs from yours for the same moment (or id) and would be left as you have it.',
    );
  });
});
