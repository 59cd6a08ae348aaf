// @vitest-environment node

// An import's messages named moments as the file writes them, UTC ISO strings: "in the future
// (…, 2025-06-01T08:00:00.000Z)" for a user whose clock said 10:00, and "post x:1 read at
// 2025-03-30T01:30:00.000Z", a time the user never saw, inside a German sentence. They now say
// the user's date and time in the user's language and time zone, to the second, with the zone's
// name (so the hour a clock goes back through twice reads as two times).
import { execFileSync } from 'node:child_process';
import { setMessageLookup } from '@/lib/i18n';
import { importExport } from '@/lib/store';
import { closeDb, getDb } from '@/lib/store/db';
import { type ExportPost, type ExportV1, instantRule } from '@/lib/transfer';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { freshIndexedDb, HOUR, T0 } from '../recorder-helpers';

const iso = (t: number) => new Date(t).toISOString();

beforeEach(freshIndexedDb);
afterEach(closeDb);
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

async function inLanguage(lang: 'en' | 'de') {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang === 'en' ? 'en-US' : 'de');
}

const post = (likes: number): ExportPost => ({
  platform: 'x',
  postId: '1',
  url: 'https://x.com/nasa/status/1',
  author: { handle: 'nasa', name: 'NASA', followers: null },
  publishedAt: null,
  text: 'Liftoff!',
  snapshots: [
    { capturedAt: iso(T0), likes, comments: null, reposts: null, saves: null, views: null, followers: null },
  ],
});

const file = (likes: number, followers: number): ExportV1 => ({
  format: 'postlens-export',
  version: 1,
  exportedAt: iso(T0 + HOUR),
  posts: [post(likes)],
  authors: [
    {
      platform: 'x',
      handle: 'nasa',
      name: 'NASA',
      followerSnapshots: [{ capturedAt: iso(T0 - HOUR), followers }],
      followers,
      followersAt: iso(T0),
    },
  ],
});

/** What the second import says is kept as the user has it, when the file's readings differ. */
async function keptText(): Promise<string> {
  const db = await getDb();
  await importExport(db, file(10, 1000));
  const r = await importExport(db, file(11, 1001));
  if (!r.ok) throw new Error(r.error);
  return r.kept ?? '';
}

// The tests run in UTC (vitest.config.ts); the last one runs in Berlin's zone.
describe('the moments an import names, in the user’s words', () => {
  it('English: a reading and follower counts kept as the user had them', async () => {
    await inLanguage('en');
    const kept = await keptText();
    expect(kept).toContain('post x:1 read at May 1, 2025, 12:00:00 PM UTC');
    expect(kept).toContain('followers of x:nasa read at May 1, 2025, 12:00:00 PM UTC');
    expect(kept).toContain('followers of x:nasa read at May 1, 2025, 11:00:00 AM UTC');
    expect(kept).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('German: the same, as a German reader writes a date', async () => {
    await inLanguage('de');
    const kept = await keptText();
    expect(kept).toContain('Beitrag x:1, gelesen am 01.05.2025, 12:00:00 UTC');
    expect(kept).toContain('Follower von x:nasa, gelesen am 01.05.2025, 11:00:00 UTC');
    expect(kept).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it.each([
    ['en', "is in the future (later than a day after this computer's clock, Jun 1, 2025, 8:00:00 AM UTC)"],
    [
      'de',
      'liegt in der Zukunft (mehr als einen Tag nach der Uhr dieses Computers, 01.06.2025, 08:00:00 UTC)',
    ],
  ] as const)('%s: a time in the future names the clock’s time', async (lang, reason) => {
    await inLanguage(lang);
    const r = instantRule('2025-06-05T10:00:00.000Z', Date.UTC(2025, 5, 1, 8));
    expect('reason' in r && r.reason).toBe(reason);
  });

  it("in the user's time zone (Berlin): the clock's time, and both times of the hour the clock repeats", () => {
    const code = `
      import { setMessageLookup } from '${process.cwd()}/lib/i18n/index.ts';
      import { loadMessages, lookupFrom } from '${process.cwd()}/tests/harness/locale-messages.ts';
      import { instantRule, shownTime } from '${process.cwd()}/lib/transfer/import-rules.ts';
      setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
      const now = Date.UTC(2025, 5, 1, 8);
      console.log(JSON.stringify([
        instantRule('2025-06-05T10:00:00.000Z', now).reason,
        shownTime('2025-10-26T00:30:00.000Z'),
        shownTime(Date.UTC(2025, 9, 26, 1, 30)),
      ]));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      env: { ...process.env, TZ: 'Europe/Berlin' },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([
      'liegt in der Zukunft (mehr als einen Tag nach der Uhr dieses Computers, 01.06.2025, 10:00:00 MESZ)',
      '26.10.2025, 02:30:00 MESZ',
      '26.10.2025, 02:30:00 MEZ',
    ]);
  });
});
