// @vitest-environment node

// Numbers in messages are written as the user's language writes them: t() puts a number in as it
// is, so a German user read "höchstens 5000 Beiträge", "mehr als 100000 Zeilen" and "2048
// Zeichen" (German groups "5.000"; English "5,000"). Each reason below is the one a user meets.
import { checkAddPosts } from '@/lib/background/campaign-posts';
import { campaignInputProblems, readCampaignForm } from '@/lib/campaigns';
import { parseAdsCsv } from '@/lib/campaigns/ads-csv-decode';
import { postOf } from '@/lib/check';
import { setMessageLookup } from '@/lib/i18n';
import { viewNameProblem } from '@/lib/table-views';
import { readImport } from '@/lib/transfer';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { campaignOf, EMPTY_FORM } from '../fixtures/campaign';

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

const LONG_URL = `https://x.com/a/status/1?${'q'.repeat(2100)}`;

const reasons: Array<[string, () => string]> = [
  [
    'too many posts added to a campaign',
    () => {
      const r = checkAddPosts({
        campaignId: 'c1',
        postKeys: Array.from({ length: 5001 }, (_, i) => `x:${i}`),
      });
      return r.ok ? '' : r.error;
    },
  ],
  [
    'a campaign with too many posts',
    () => {
      const c = { ...campaignOf(), postKeys: Array.from({ length: 5001 }, (_, i) => `x:${i}`) };
      const r = campaignInputProblems(c);
      return r.ok ? '' : r.problems.join('; ');
    },
  ],
  [
    'an ads CSV with too many rows',
    () => {
      const r = parseAdsCsv(`Day,Cost\n${'2025-01-01,1\n'.repeat(100_001)}`);
      return r.ok ? '' : r.error;
    },
  ],
  [
    'a link too long in a reading',
    () => {
      try {
        postOf({ platform: 'x', postId: '1', url: LONG_URL });
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    },
  ],
  ['a view name too long', () => viewNameProblem('n'.repeat(1234)) ?? ''],
  [
    'a campaign period too long',
    () => {
      const r = readCampaignForm(
        { ...EMPTY_FORM, start: '2020-01-01', end: '2030-12-31' },
        { postKeys: [] },
        'de',
      );
      return r.ok ? '' : Object.values(r.errors).join('; ');
    },
  ],
];

it.each(reasons)('%s: its numbers grouped the German way', async (_, reason) => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  const text = reason();
  expect(text).not.toBe('');
  expect(text).not.toMatch(/\d{4}/);
  expect(text).toMatch(/\d\.\d{3}/);
});

it('a link too long in an import file (German)', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  const file = {
    format: 'postlens-export',
    version: 1,
    exportedAt: '2025-03-01T10:00:00.000Z',
    posts: [
      {
        platform: 'x',
        postId: '1',
        url: LONG_URL,
        author: { handle: 'a', name: null, followers: null },
        publishedAt: null,
        text: '',
        snapshots: [],
      },
    ],
    authors: [],
  };
  const r = readImport(JSON.stringify(file), { now: Date.UTC(2025, 2, 2) });
  expect(r.ok ? '' : r.problems?.map((p) => p.reason).join('; ')).toContain('2.048');
});

it('the same in English: "5,000"', async () => {
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
  expect(reasons[0]![1]()).toContain('5,000');
});
