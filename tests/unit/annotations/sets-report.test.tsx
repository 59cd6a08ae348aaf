// "Sets compared" as a report of its own. It sat inside the author comparison's report area: with
// no author picked it had no Download PNG / Copy / Print; once one was, it went into that PNG with
// its formulas only as hover titles, and the "Readings from … to …" there counted only the
// compared authors' readings. And the set list counted keys PostLens has no author record of
// ("Old rivals 2 authors" when both were deleted).

import { AuthorSets, SetsCompared } from '@/components/annotations';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { annotationsItem } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { reading, record, resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

const DAY = 24 * 3_600_000;
const T = Date.UTC(2026, 10, 1, 12); // 1 Nov 2026, 12:00 UTC (tests run in UTC)

// Our brand (x:brand): two posts, read from T − 40 days to T − 39 days; ERs by views 4% and 6%,
// engagement 40 and 60, a velocity on the first only (10/h).
// Competitors (x:rival): one post, read once at T − 90 days; ER by views 2%, engagement 20, 5/h.
const rows = [
  postRow({
    authorKey: 'x:brand',
    authorHandle: 'brand',
    erViews: 0.04,
    er: 0.04,
    erBasis: 'views',
    engagement: 40,
    velocity: 10,
    firstSeen: T - 40 * DAY,
    lastSeen: T - 39 * DAY,
  }),
  postRow({
    authorKey: 'x:brand',
    authorHandle: 'brand',
    erViews: 0.06,
    er: 0.06,
    erBasis: 'views',
    engagement: 60,
    firstSeen: T - 40 * DAY,
    lastSeen: T - 40 * DAY,
  }),
  postRow({
    authorKey: 'x:rival',
    authorHandle: 'rival',
    erViews: 0.02,
    er: 0.02,
    erBasis: 'views',
    engagement: 20,
    velocity: 5,
    firstSeen: T - 90 * DAY,
    lastSeen: T - 90 * DAY,
  }),
];
const sets = [
  { id: 'a', name: 'Our brand', authorKeys: ['x:brand'] },
  { id: 'b', name: 'Competitors', authorKeys: ['x:rival'] },
];

/** The Authors view with the brand recorded (picker lists it) and the sets stored. */
async function showView(stored = sets) {
  await record([
    reading({ postId: '1', author: { handle: 'brand', name: 'Brand', followers: 10 }, likes: 1 }),
  ]);
  await annotationsItem.setValue({ sets: stored, tags: {}, notes: {} });
  render(<AuthorsView pref="auto" version={0} onChanged={() => {}} rows={rows} />);
  await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(1));
}

/** The sets' report: its own region, apart from the authors' report. */
const setsReport = () => screen.findByRole('region', { name: 'Sets compared' });

/** Text a picture or a printout shows: the element's own, its hover titles left out. */
const visible = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('the sets’ own report', () => {
  it('has its own Download PNG, Copy image and Print with no author picked', async () => {
    await showView();
    const table = await screen.findByRole('table', { name: 'Sets compared' });
    expect(table.closest('.comparison-body')).toBeNull();
    // The picture is made of the report the table is in, with its own buttons (left out of it).
    const report = table.closest('.sets-report')!;
    expect(report).not.toBeNull();
    const buttons = [...report.querySelectorAll('.share-report button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Download PNG', 'Copy image', 'Print']);
  });

  it('stays out of the author comparison’s report once an author is picked', async () => {
    await showView();
    fireEvent.click(screen.getByRole('checkbox', { name: /Brand/ }));
    await waitFor(() => expect(document.querySelector('table.comparison')).not.toBeNull());
    const authors = document.querySelector('.comparison-body')!;
    expect(within(authors as HTMLElement).queryByRole('table', { name: 'Sets compared' })).toBeNull();
    expect(authors.textContent).not.toContain('Sets compared');
    // Each report its own buttons: the authors' and the sets'.
    expect(screen.getAllByRole('button', { name: 'Download PNG' })).toHaveLength(2);
  });

  it('writes its formulas out as visible text, each set’s under its column', async () => {
    await showView();
    const report = await setsReport();
    const notes = visible(report.querySelector('.sets-notes')!);
    // Every set is rated by views: all three posts have an ER by views only.
    expect(notes).toContain('every set here is rated by views');
    // Our brand: ERs 4% and 6% (2 of 2 posts), a velocity on 1 of its 2, counts on 2 of 2.
    expect(notes).toContain(
      'Median ER by viewsOur brand: median of the ERs by views of 2 of the 2 posts seen (those with one)',
    );
    expect(notes).toContain('Median velocityOur brand: median of the velocities of 1 of the 2 posts seen');
    expect(notes).toContain('Competitors: median of the velocities of 1 of the 1 posts seen');
    expect(notes).toContain('latest reading of 2 of the 2 posts seen (those that show counts)');
    // The figures those formulas are of: 5% (median of 4% and 6%), 10/h, 40 + 60 = 100.
    const brand = [
      ...within(report)
        .getByRole('row', { name: /Our brand/ })
        .querySelectorAll('td'),
    ];
    expect(brand.map((td) => td.textContent)).toEqual(['1', '2', '5%', '10/h', '100']);
  });

  it('dates its readings from the earliest to the latest reading of the sets’ posts', async () => {
    await showView();
    const report = await setsReport();
    // Earliest: the rival's post at T − 90 days (3 Aug); latest: the brand's at T − 39 days (23 Sep).
    expect(visible(report)).toContain(
      "Readings from Aug 3, 2026, 12:00 PM to Sep 23, 2026, 12:00 PM: the earliest and latest times PostLens read the sets' posts.",
    );
  });

  it('words its readings in the user’s language', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<SetsCompared sets={sets} rows={rows} pref="auto" />);
    const text = visible(document.querySelector('.sets-notes')!);
    expect(text).toContain(
      'Messungen vom 03.08.2026, 12:00 bis 23.09.2026, 12:00: die früheste und späteste Zeit, zu der PostLens die Beiträge der Gruppen gelesen hat.',
    );
    expect(text).toContain('Our brand: Median der Tempowerte von 1 der 2 gesehenen Beiträge');
  });

  it('says so when no post of any set was read', () => {
    render(<SetsCompared sets={sets} rows={[]} pref="auto" />);
    expect(visible(document.querySelector('.sets-notes')!)).toContain("No readings of the sets' posts yet.");
  });

  it('is shown with one set too (its figures are what is reported on), and not with none', () => {
    const { rerender } = render(<SetsCompared sets={[]} rows={rows} pref="auto" />);
    expect(screen.queryByRole('region', { name: 'Sets compared' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download PNG' })).toBeNull();
    rerender(<SetsCompared sets={sets.slice(0, 1)} rows={rows} pref="auto" />);
    const region = screen.getByRole('region', { name: 'Sets compared' });
    expect(within(region).getByRole('button', { name: 'Download PNG' })).toBeTruthy();
    rerender(<SetsCompared sets={sets} rows={rows} pref="auto" />);
    expect(screen.getByRole('region', { name: 'Sets compared' })).toBeTruthy();
  });
});

describe('a set’s authors PostLens has no record of', () => {
  it('are not counted as its authors; the list and the table say how many', async () => {
    // Only x:brand has a record; x:gone1 and x:gone2 were deleted (or never read here).
    await showView([
      { id: 'a', name: 'Our brand', authorKeys: ['x:brand', 'x:gone1'] },
      { id: 'b', name: 'Old rivals', authorKeys: ['x:gone1', 'x:gone2'] },
    ]);
    const list = screen.getByRole('region', { name: 'Author sets' });
    const count = (name: string) => within(list).getByText(name).closest('li')!.querySelector('.muted')!;
    await waitFor(() => expect(count('Old rivals').textContent).toBe('0 authors, 2 not recorded'));
    expect(count('Our brand').textContent).toBe('1 author, 1 not recorded');
    expect(count('Our brand').getAttribute('title')).toBe(
      "PostLens has no record of @gone1 · X (deleted, or never read in this browser): not counted among the set's authors.",
    );
    // The table's Authors column: 1 of 2 and 0 of 2, written out in the report.
    const report = await setsReport();
    const authorsCell = (name: string) =>
      within(report)
        .getByRole('row', { name: new RegExp(name) })
        .querySelector('td')!;
    expect(authorsCell('Our brand').textContent).toBe('1');
    expect(authorsCell('Old rivals').textContent).toBe('0');
    expect(visible(report.querySelector('.sets-notes')!)).toContain(
      'AuthorsOur brand: authors PostLens has a record of: 1 of the 2 in the set (the others deleted, or never read in this browser)Old rivals: authors PostLens has a record of: 0 of the 2',
    );
    // Still compared on request: the comparison names those it has no record of.
    expect(
      (within(list).getAllByRole('button', { name: 'Compare its authors' })[1] as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('are counted as before while the authors are not known', () => {
    const state = {
      annotations: {
        sets: [{ id: 'b', name: 'Old rivals', authorKeys: ['x:gone1', 'x:gone2'] }],
        tags: {},
        notes: {},
      },
      edit: async () => null,
    };
    render(<AuthorSets state={state} selected={[]} onPick={() => {}} recorded={null} />);
    expect(screen.getByText('2 authors')).toBeTruthy();
    expect(screen.queryByText(/not recorded/)).toBeNull();
  });
});

it('isolates each set name in its row, so a right-to-left override cannot reorder the row', () => {
  render(<SetsCompared sets={[{ ...sets[0]!, name: '\u202eABC' }]} rows={rows} pref="auto" />);
  const header = screen.getByRole('rowheader', { name: /ABC/ });
  expect(header.querySelector('bdi')?.textContent).toBe('\u202eABC');
});
