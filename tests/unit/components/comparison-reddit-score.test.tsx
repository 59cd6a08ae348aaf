// The author comparison's share of voice adds each compared author's engagement into one total. A
// Reddit author's engagement counts its posts' score (upvotes − downvotes, which can be below 0) where
// an X author's counts likes: the share's title, the report's notes and the column headers must say
// so when a compared author's figures include Reddit posts, and stay as they were when none do.

import { ComparisonNotes } from '@/components/dashboard/comparison-notes';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { setMessageLookup } from '@/lib/i18n';
import { type AuthorView, authorStats, followerTrend, type PostRow, shareOfVoice } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import type { Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

function view(platform: Platform, handle: string, engagement: number[]): AuthorView {
  const author: AuthorRecord = {
    key: `${platform}:${handle}`,
    platform,
    handle,
    name: handle.toUpperCase(),
    followers: null,
    followersAt: null,
  };
  const rows: PostRow[] = engagement.map((e, i) =>
    postRow({
      key: `${author.key}:${i}`,
      platform,
      authorKey: author.key,
      authorHandle: handle,
      engagement: e,
    }),
  );
  return { author, trend: followerTrend([], author), stats: authorStats(author.key, rows), rows };
}

const compare = (...views: AuthorView[]) => ({ views, share: shareOfVoice(views.map((v) => v.stats)) });

// X: 300 likes and more; Reddit: a score of 100 (two posts, 120 and −20).
const mixed = () => compare(view('x', 'alice', [200, 100]), view('reddit', 'bob', [120, -20]));
const xOnly = () => compare(view('x', 'alice', [200, 100]), view('x', 'carol', [100]));
const redditOnly = () => compare(view('reddit', 'bob', [120, -20]), view('reddit', 'dave', [100]));

const shareCell = (handle: string) =>
  screen.getByRole('row', { name: new RegExp(handle) }).querySelector<HTMLElement>('td[data-col="share"]')!;
const header = (name: string) => screen.getByRole('columnheader', { name });

describe('a comparison of an X author and a Reddit author', () => {
  it.each([
    ['en', 'alice', '300 of 400 engagements', 'likes (score on Reddit)', 'Engagement', 'Share of voice'],
    ['en', 'bob', '100 of 400 engagements', 'likes (score on Reddit)', 'Engagement', 'Share of voice'],
    [
      'de',
      'alice',
      '300 von 400 Interaktionen',
      'Likes (Punkte bei Reddit)',
      'Interaktionen',
      'Share of Voice',
    ],
    [
      'de',
      'bob',
      '100 von 400 Interaktionen',
      'Likes (Punkte bei Reddit)',
      'Interaktionen',
      'Share of Voice',
    ],
  ] as const)(
    '(%s) @%s’s share title says the total adds Reddit’s score to likes',
    async (lang, handle, figures, words, engagement, share) => {
      setMessageLookup(lookupFrom(await loadMessages(lang)));
      render(<ComparisonTable comparison={mixed()} onDelete={() => {}} />);
      const title = shareCell(handle).title;
      expect(title).toContain(figures);
      expect(title).toContain(words);
      // Both columns' headers say, on hover, what Reddit's figure is.
      for (const name of [engagement, share]) expect(header(name).title).toMatch(/Reddit/);
    },
  );

  it('the report’s notes say it under Share of voice', () => {
    render(<ComparisonNotes comparison={mixed()} madeAt={Date.UTC(2026, 0, 2)} />);
    const section = [...document.querySelectorAll('.comparison-notes dl > div')].find(
      (d) => d.querySelector('dt')?.textContent === 'Share of voice',
    )!;
    const lines = [...section.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('likes (score on Reddit)');
  });
});

it('a comparison of Reddit authors only names the score, not likes', () => {
  render(<ComparisonTable comparison={redditOnly()} onDelete={() => {}} />);
  const title = shareCell('bob').title;
  expect(title).toContain('100 of 200 engagements');
  expect(title).toContain('score + comments');
  expect(title).not.toContain('likes');
  expect(header('Engagement').title).toMatch(/Reddit/);
});

it('a comparison with no Reddit post is worded as before', () => {
  render(<ComparisonTable comparison={xOnly()} onDelete={() => {}} />);
  expect(shareCell('alice').title).toBe(
    "300 of 400 engagements: this author's engagement ÷ that of all authors compared whose posts show counts",
  );
  expect(header('Engagement').title).toBe('');
  expect(header('Share of voice').title).toBe('');
});
