// The author comparison rates every author on one ER basis, as the heatmap does for all its
// cells: an author rated by followers (0.5%) never stands beside one rated by views (4.5%) in one
// column. The headers name the basis; an author with no ER on it shows "—" and no best posts.
// The notes below the table (the report's text: a PNG or printout has no hover titles) describe
// those same figures, and the Authors view gives the table Settings' choice.

import { AuthorsView } from '@/components/dashboard/authors-view';
import { ComparisonNotes } from '@/components/dashboard/comparison-notes';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import type { ErPref } from '@/lib/metrics';
import { type AuthorView, authorStats, followerTrend, type PostRow, shareOfVoice } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

/** A post with an ER on the bases given; its lead (erBasis, er) as rowOf makes it under `pref`. */
function row(handle: string, erViews: number | null, erFollowers: number | null, pref: ErPref): PostRow {
  const basis =
    erViews !== null && (pref !== 'followers' || erFollowers === null)
      ? 'views'
      : erFollowers !== null
        ? 'followers'
        : null;
  return postRow({
    authorHandle: handle,
    text: `${handle} post`,
    engagement: 100,
    erViews,
    erFollowers,
    erBasis: basis,
    er: basis === 'views' ? erViews : basis === 'followers' ? erFollowers : null,
  });
}

const author = (handle: string): AuthorRecord => ({
  key: `x:${handle}`,
  platform: 'x',
  handle,
  name: handle,
  followers: null,
  followersAt: null,
});

/** An author as loadAuthorView gives them: stats taken with `statsPref` (Settings' choice). */
const view = (handle: string, rows: PostRow[], statsPref: ErPref): AuthorView => ({
  author: author(handle),
  trend: followerTrend([], author(handle)),
  stats: authorStats(`x:${handle}`, rows, 3, statsPref),
  rows,
});

// The brand's posts show no views; the rival's show them, and its followers are known.
const brandRows = (pref: ErPref) => [row('brand', null, 0.004, pref), row('brand', null, 0.006, pref)];
const rivalRows = (pref: ErPref) => [row('rival', 0.05, 0.009, pref), row('rival', 0.04, 0.011, pref)];

/** The table as read: its headers, and each author's Median ER, Mean ER and best posts cells. */
function table(views: AuthorView[], pref?: ErPref) {
  render(
    <ComparisonTable
      comparison={{ views, share: shareOfVoice(views.map((v) => v.stats)) }}
      onDelete={() => {}}
      {...(pref && { pref })}
    />,
  );
  const ths = [...document.querySelectorAll('table.comparison thead th')];
  const headers = ths.map((th) => th.textContent);
  const at = (name: string) => headers.findIndex((h) => h?.startsWith(name));
  const cells = (key: string) => {
    const row = [...document.querySelectorAll(`tr[data-author="${key}"] > *`)];
    const cell = (name: string) => row[at(name)] as HTMLElement;
    return {
      median: [cell('Median ER').textContent, cell('Median ER').getAttribute('title')],
      mean: cell('Mean ER').textContent,
      best: [...cell('Best posts').querySelectorAll('li')].map((li) => li.textContent),
    };
  };
  return { ths, headers, at, cells };
}

describe('the author comparison: one ER basis for every author', () => {
  it('Settings lead with views: the brand, with no ER by views, shows "—" and no best posts', () => {
    const { ths, headers, at, cells } = table([
      view('brand', brandRows('auto'), 'auto'),
      view('rival', rivalRows('auto'), 'auto'),
    ]);
    expect(headers.filter((h) => / by /.test(h ?? ''))).toEqual([
      'Median ER by views',
      'Mean ER by views',
      'Best posts (ER by views)',
    ]);
    expect(ths[at('Median ER')]!.getAttribute('title')).toMatch(/every author here is rated by views/);
    expect(cells('x:brand')).toEqual({
      median: ['—', expect.stringMatching(/^median of the ERs by views of 0 of the 2 posts seen/)],
      mean: '—',
      best: [],
    });
    expect(cells('x:rival')).toEqual({
      median: ['4.5%', expect.stringMatching(/^median of the ERs by views of 2 of the 2 posts seen/)],
      mean: '4.5%',
      best: ['5% · rival post', '4% · rival post'],
    });
  });

  it('Settings lead with followers: both authors rated by followers, their best posts too', () => {
    const { headers, cells } = table(
      [
        view('brand', brandRows('followers'), 'followers'),
        view('rival', rivalRows('followers'), 'followers'),
      ],
      'followers',
    );
    expect(headers).toContain('Median ER by followers');
    expect(cells('x:brand').median).toEqual(['0.5%', expect.stringMatching(/by followers of 2 of the 2/)]);
    expect(cells('x:rival')).toEqual({
      median: ['1%', expect.stringMatching(/by followers of 2 of the 2/)],
      mean: '1%',
      best: ['1.1% · rival post', '0.9% · rival post'],
    });
  });

  it('takes the other basis for every author when none has an ER on the lead', () => {
    const rows = [row('other', null, 0.02, 'views')];
    const { headers, cells } = table(
      [view('brand', brandRows('views'), 'views'), view('other', rows, 'views')],
      'views',
    );
    expect(headers).toContain('Median ER by followers');
    expect(cells('x:brand').median[0]).toBe('0.5%');
    expect(cells('x:other').median[0]).toBe('2%');
  });

  it('rates an author on the table’s basis even when their stats were taken with another lead', () => {
    // The rival's stats by views (taken with "auto"); the table is by followers, as Settings say.
    const { cells } = table(
      [view('brand', brandRows('followers'), 'followers'), view('rival', rivalRows('auto'), 'auto')],
      'followers',
    );
    expect(cells('x:rival').median).toEqual(['1%', expect.stringMatching(/by followers of 2 of the 2/)]);
  });
});

/** The notes as the report shows them: each heading with its "author: formula" lines. */
function notes(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of document.querySelectorAll('.comparison-notes dl > div')) {
    const name = group.querySelector('dt')!.textContent!;
    out[name] = [...group.querySelectorAll('dd')].map((dd) => dd.textContent!);
  }
  return out;
}

describe('the comparison’s notes (the report’s text) follow the table’s one basis', () => {
  it('names the table’s basis and writes the formula of the figure it shows, not the author’s own', () => {
    // Settings lead with views: the table is by views. The brand's own stats are by followers
    // (its posts show no views), but its cell shows "—", on views; the notes must say that.
    const views = [view('brand', brandRows('auto'), 'auto'), view('rival', rivalRows('auto'), 'auto')];
    const comparison = { views, share: shareOfVoice(views.map((v) => v.stats)) };
    render(
      <>
        <ComparisonTable comparison={comparison} onDelete={() => {}} pref="auto" />
        <ComparisonNotes comparison={comparison} madeAt={Date.UTC(2026, 0, 2)} pref="auto" />
      </>,
    );
    const titles = (key: string) =>
      [...document.querySelectorAll(`tr[data-author="${key}"] > td`)].map((td) => td.getAttribute('title'));
    const byNotes = notes();
    expect(Object.keys(byNotes)).toEqual(expect.arrayContaining(['Median ER by views', 'Mean ER by views']));
    expect(Object.keys(byNotes)).not.toContain('Median ER');
    expect(byNotes['Median ER by views']).toEqual([
      expect.stringMatching(/^@brand · X: median of the ERs by views of 0 of the 2 posts seen/),
      expect.stringMatching(/^@rival · X: median of the ERs by views of 2 of the 2 posts seen/),
    ]);
    expect(byNotes['Mean ER by views']![0]).toMatch(/^@brand · X: mean of the ERs by views of 0 of the 2/);
    // Each line is word for word the hover title of the cell it explains.
    for (const [i, key] of ['x:brand', 'x:rival'].entries()) {
      expect(titles(key)).toContain(byNotes['Median ER by views']![i]!.replace(/^@\w+ · X: /, ''));
      expect(titles(key)).toContain(byNotes['Mean ER by views']![i]!.replace(/^@\w+ · X: /, ''));
    }
  });

  it('re-rates an author whose stats were taken with another lead, as the table does', () => {
    // The rival's stats by views; Settings (and so the table) lead with followers.
    const views = [
      view('brand', brandRows('followers'), 'followers'),
      view('rival', rivalRows('auto'), 'auto'),
    ];
    render(
      <ComparisonNotes
        comparison={{ views, share: shareOfVoice(views.map((v) => v.stats)) }}
        madeAt={Date.UTC(2026, 0, 2)}
        pref="followers"
      />,
    );
    expect(notes()['Median ER by followers']).toEqual([
      expect.stringMatching(/^@brand · X: median of the ERs by followers of 2 of the 2/),
      expect.stringMatching(/^@rival · X: median of the ERs by followers of 2 of the 2/),
    ]);
  });
});

describe('the Authors view gives the table and its notes Settings’ ER choice', () => {
  beforeEach(resetAll);

  it('rates by followers when Settings say so, though no one post shows both rates', async () => {
    // The brand's posts show no views (ER by followers only); the rival's show views and its
    // followers are unknown (ER by views only). Read from the rows alone, no post says which basis
    // Settings lead with, and the table would take views.
    await record([
      reading({ postId: '1', author: { handle: 'brand', name: 'Brand', followers: 1000 }, likes: 10 }),
      reading({ postId: '2', author: { handle: 'rival', name: 'Rival' }, likes: 50, views: 1000 }),
    ]);
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /Brand|Rival/ })).toHaveLength(2));
    fireEvent.click(screen.getByRole('checkbox', { name: /Brand/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Rival/ }));
    await waitFor(() => expect(document.querySelectorAll('table.comparison tbody tr')).toHaveLength(2));
    const headers = [...document.querySelectorAll('table.comparison thead th')].map((th) => th.textContent);
    expect(headers).toContain('Median ER by followers');
    expect(headers).toContain('Best posts (ER by followers)');
    const median = (key: string) => {
      const cells = [...document.querySelectorAll(`tr[data-author="${key}"] > *`)];
      return cells[headers.indexOf('Median ER by followers')]!.textContent;
    };
    expect(median('x:brand')).toBe('1%');
    expect(median('x:rival')).toBe('—');
    expect(Object.keys(notes())).toContain('Median ER by followers');
  });
});
