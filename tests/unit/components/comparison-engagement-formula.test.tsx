// The author comparison's Engagement column is the sum of the latest counts of the posts that show
// counts, and an author's posts may show none (a count not shown is unknown, not 0). The cell gave
// no formula and no post count on hover, nor a line in the report's notes, where its neighbours
// (median and mean ER, posts a week) name both; 100 "of 10 posts" read as of all ten.

import { ComparisonNotes } from '@/components/dashboard/comparison-notes';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { setMessageLookup } from '@/lib/i18n';
import { type AuthorView, authorStats, followerTrend, shareOfVoice } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const alice: AuthorRecord = {
  key: 'x:alice',
  platform: 'x',
  handle: 'alice',
  name: 'Alice',
  followers: null,
  followersAt: null,
};

/** Ten posts of which four show counts (10 + 20 + 30 + 40 engagements). */
const rows = Array.from({ length: 10 }, (_, i) =>
  postRow({ key: `x:${i}`, authorKey: 'x:alice', engagement: i < 4 ? (i + 1) * 10 : null }),
);
const views: AuthorView[] = [
  { author: alice, trend: followerTrend([], alice), stats: authorStats('x:alice', rows), rows },
];
const comparison = { views, share: shareOfVoice(views.map((v) => v.stats)) };

it.each([
  [
    'en',
    '100',
    'sum of likes + comments + reposts + saves (those each post shows; views are not counted) of the latest reading of 4 of the 10 posts seen (those that show counts)',
  ],
  [
    'de',
    '100',
    'Summe aus Likes + Kommentaren + Reposts + Speicherungen (soweit jeder Beitrag sie anzeigt; Aufrufe zählen nicht mit) der neuesten Messung von 4 der 10 gesehenen Beiträge (denen, die Zahlen anzeigen)',
  ],
] as const)(
  '(%s) the Total engagement cell (%s) gives its formula and of how many posts it is',
  async (lang, value, title) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)));
    render(<ComparisonTable comparison={comparison} onDelete={() => {}} />);
    const row = screen.getByRole('row', { name: /alice/ });
    const cell = [...row.querySelectorAll('td')].find((td) => td.textContent === value)!;
    expect(cell.title).toBe(title);
  },
);

it('the report’s notes write the formula out under the column’s name', () => {
  render(<ComparisonNotes comparison={comparison} madeAt={Date.UTC(2026, 0, 2)} />);
  const notes = document.querySelector('.comparison-notes')!.textContent!;
  expect(notes).toContain('Engagement');
  expect(notes).toContain('of the latest reading of 4 of the 10 posts seen (those that show counts)');
});
