// The Overview as a user meets it: the cards' values, changes and formulas for the default 30 days,
// then 7 days and a custom period; follower cards from the database; the top posts; and what to do
// when there is nothing to show. Values are worked out by hand in the comments.

import { AuthorFilter } from '@/components/insights/author-filter';
import { OverviewView } from '@/components/insights/overview';
import { TopPosts } from '@/components/insights/top-posts';
import { annotationsItem } from '@/lib/annotations';
import { formatDateTime, isoDay } from '@/lib/format';
import { loadFollowerReadings, type PostRow } from '@/lib/queries';
import { getDb } from '@/lib/store';
import { resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';

// uPlot draws on a canvas, which the test DOM lacks: record what each chart is given instead.
const charts = vi.hoisted(() => [] as Array<{ title?: string; data: unknown[][] }>);
vi.mock('uplot', () => ({
  default: class {
    constructor(opts: { title?: string }, data: unknown[][]) {
      charts.push({ title: opts.title, data });
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
// Counted: how often the view draws its filters and its top posts.
vi.mock('@/components/insights/author-filter', async (original) =>
  (await import('../components/spied-exports')).spiedExports(original, 'AuthorFilter'),
);
// Held in one test, to let the follower readings arrive after everything else.
vi.mock('@/lib/queries', async (original) =>
  (await import('../components/spied-exports')).spiedExports(original, 'loadFollowerReadings'),
);
vi.mock('@/components/insights/top-posts', async (original) =>
  (await import('../components/spied-exports')).spiedExports(original, 'TopPosts'),
);

const D = 86_400_000;
const NOW = Date.UTC(2026, 2, 15, 12);

const row = (author: string, date: number, f: Partial<PostRow> = {}): PostRow => {
  const r = postRow({
    authorHandle: author,
    publishedAt: new Date(date).toISOString(),
    firstSeen: date,
    lastSeen: date,
    date,
  });
  // An ER given is by views, as the posts show views.
  return { ...r, text: `post ${r.postId} of ${author}`, erViews: f.er ?? null, ...f };
};

const rows = [
  // This 30 days: acme three posts, rival one.
  row('acme', NOW - 1 * D, { engagement: 10, er: 0.02, outlier: 2.5 }),
  row('acme', NOW - 2 * D, { engagement: 20, er: 0.04 }),
  row('acme', NOW - 3 * D),
  row('rival', NOW - 10 * D, { engagement: 30, er: 0.06, velocity: 5 }),
  // The 30 days before: acme two posts.
  row('acme', NOW - 31 * D, { engagement: 40, er: 0.01 }),
  row('acme', NOW - 32 * D, { engagement: 20, er: 0.01 }),
];

const card = (name: string) => screen.getByRole('article', { name });
const text = (name: string) => card(name).textContent ?? '';

beforeEach(async () => {
  await resetAll();
  charts.length = 0;
  const db = await getDb();
  for (const [capturedAt, followers] of [
    [NOW - 40 * D, 1000],
    [NOW - 20 * D, 1100],
    [NOW - 1 * D, 1250],
  ] as const)
    await db.add('followerSnapshots', { authorKey: 'x:acme', capturedAt, followers });
});

describe('OverviewView', () => {
  it('says what to do when there are no posts', () => {
    render(<OverviewView rows={[]} now={NOW} />);
    expect(screen.getByText(/No posts yet: browse a feed with PostLens on/)).toBeTruthy();
  });

  it('says what to do when the period has no posts', () => {
    render(<OverviewView rows={[row('acme', NOW - 100 * D, { engagement: 5 })]} now={NOW} />);
    expect(
      screen.getByText(/No posts of these authors seen in this period\. Choose a longer period/),
    ).toBeTruthy();
    expect(text('Posts seen')).toContain('0');
    // Interactions of no posts are unknown, not 0.
    expect(text('Interactions')).toContain('—no posts seen in this period');
  });

  it.each([
    // 4 posts against 2: ▲ 2, 2 ÷ 2 = 100%.
    ['Posts seen', '4', '▲ 2 (100%) vs 2 the previous period'],
    // 10 + 20 + 30 = 60 (one post shows no counts) against 40 + 20 = 60.
    ['Interactions', '60', '= 0 (0%) vs 60 the previous period'],
    // median of 2%, 4%, 6% = 4% against 1%: +3 percentage points, 0.03 ÷ 0.01 = 300%.
    ['Median engagement rate', '4%', '▲ 3 pp (300%) vs 1% the previous period'],
    // only rival's post has a velocity; none before.
    ['Median velocity', '5/h', '— vs — the previous period: no value for the previous period'],
  ])('the last 30 days: %s is %s, %s', (name, value, change) => {
    render(<OverviewView rows={rows} now={NOW} />);
    expect(card(name).querySelector('.overview-value')?.textContent).toBe(value);
    expect(text(name)).toContain(change);
  });

  it('shows what each value rests on and its formula', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    expect(text('Interactions')).toContain('1 of 4 posts show no interaction counts and add nothing');
    expect(text('Interactions')).toContain('= Σ interactions (likes + comments + reposts + saves');
    expect(text('Median engagement rate')).toContain('3 of 4 posts with an ER');
    const formula = card('Posts seen').querySelector('.overview-formula') as HTMLElement;
    expect(formula.title).toContain('change = this period − previous period; % = change ÷ |previous|');
    // Each card draws its value per day over the 30 days: 31 calendar days, as they begin and end
    // at noon (the first from noon, today to noon).
    const posts = charts.find((c) => c.title === 'Posts seen per day')!;
    expect(posts.data[0]).toHaveLength(31);
    expect((posts.data[1] as number[]).reduce((s, v) => s + v, 0)).toBe(4);
  });

  it('compares the last 7 days with the 7 before when chosen', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    fireEvent.click(screen.getByLabelText('Last 7 days'));
    // acme's 3 posts against rival's one (10 days ago): ▲ 2, 200%.
    expect(text('Posts seen')).toContain('▲ 2 (200%) vs 1 the previous period');
    expect(card('Posts seen').querySelector('.overview-value')?.textContent).toBe('3');
  });

  it('takes a custom period of days and refuses one that ends before it starts', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    fireEvent.click(screen.getByLabelText('Custom'));
    const from = screen.getByLabelText(/^From/) as HTMLInputElement;
    const to = screen.getByLabelText(/^to/) as HTMLInputElement;
    fireEvent.change(from, { target: { value: isoDay(new Date(NOW - 3 * D)) } });
    fireEvent.change(to, { target: { value: isoDay(new Date(NOW - 1 * D)) } });
    // The three days hold acme's 3 posts; the three days before hold none: no percentage of 0.
    expect(text('Posts seen')).toContain('▲ 3 (no %: the previous period was 0: no percentage of 0) vs 0');
    fireEvent.change(from, { target: { value: isoDay(new Date(NOW)) } });
    expect(screen.getByRole('alert').textContent).toBe('The first day must not be after the last day.');
    expect(screen.queryByRole('article', { name: 'Posts seen' })).toBeNull();
  });

  it('shows each author’s follower change from the readings stored', async () => {
    render(<OverviewView rows={rows} now={NOW} />);
    // acme: 1,000 at the start (40 days ago), 1,250 at the end; no reading 60 days ago.
    const acme = await screen.findByRole('article', { name: 'Follower change: ACME @acme · X' });
    // A change, with its sign.
    expect(acme.querySelector('.overview-value')?.textContent).toBe('+250');
    expect(acme.textContent).toContain('1,000 → 1,250 followers');
    expect(acme.textContent).toContain('— vs — the previous period: no value for the previous period');
    // rival: no follower count read at all, so no blank card but what to do, by name.
    expect(screen.queryByRole('article', { name: /RIVAL/ })).toBeNull();
    expect(screen.getByText(/^No follower count read yet for/).textContent).toBe(
      'No follower count read yet for RIVAL @rival · X: open their profile once with PostLens on, and this shows how their followers change.',
    );
    // 7 days: the last count before them (1,100) was read 13 days before their start, longer
    // before than they last, so 1,100 → 1,250 is said over the 19 days it was seen in, not as
    // theirs (it was shown as +150 in the last 7 days); no change against the 7 days before either.
    fireEvent.click(screen.getByLabelText('Last 7 days'));
    await waitFor(() =>
      expect(text('Follower change: ACME @acme · X')).toContain(
        'over longer than this period: +150 in 19 days (1,100 → 1,250 followers, read Feb 23, 2026, 12:00 PM and Mar 14, 2026, 12:00 PM)',
      ),
    );
    expect(
      screen
        .getByRole('article', { name: 'Follower change: ACME @acme · X' })
        .querySelector('.overview-value')?.textContent,
    ).toBe('—');
    expect(text('Follower change: ACME @acme · X')).toContain(
      '— vs — the previous period: no value for this period',
    );
  });

  it('draws each post card’s chart once: follower readings arriving later redraw only their cards', async () => {
    render(<OverviewView rows={rows} now={NOW} />);
    const drawn = (title: string) => charts.filter((c) => c.title === title).length;
    // The follower card's chart is drawn once its readings are in.
    await waitFor(() => expect(drawn("Followers at each day's end")).toBe(1));
    // The post cards with a daily value each drew their chart at the first render, and not again
    // when the readings came in (or when the view first asked for them).
    for (const label of ['Posts seen', 'Interactions', 'Median engagement rate', 'Median velocity'])
      expect([label, drawn(`${label} per day`)]).toEqual([label, 1]);
  });

  it('does not draw its filters and top posts again when the follower readings arrive', async () => {
    // A set, so that the set select shows when the annotations have been read.
    await annotationsItem.setValue({
      sets: [{ id: 's1', name: 'Competitors A', authorKeys: ['x:rival'] }],
      tags: {},
      notes: {},
    });
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const read = vi.mocked(loadFollowerReadings).getMockImplementation()!;
    vi.mocked(loadFollowerReadings).mockImplementationOnce(async (keys) => {
      await held;
      return read(keys);
    });
    render(<OverviewView rows={rows} now={NOW} />);
    await screen.findByLabelText('Set');
    expect(screen.getByText('Reading follower counts…')).toBeTruthy();
    vi.mocked(AuthorFilter).mockClear();
    vi.mocked(TopPosts).mockClear();
    answer();
    await waitFor(() =>
      expect(charts.filter((c) => c.title === "Followers at each day's end")).toHaveLength(1),
    );
    // The author select lists every author: with 500 of them, drawing it again is most of a render.
    expect(AuthorFilter).not.toHaveBeenCalled();
    expect(TopPosts).not.toHaveBeenCalled();
    // A choice still draws them again, with what it changed.
    fireEvent.change(screen.getByLabelText('Author'), { target: { value: 'x:acme' } });
    await waitFor(() => expect(TopPosts).toHaveBeenCalled());
    expect(AuthorFilter).toHaveBeenCalled();
  });

  it('gives cards to the authors with follower counts first, and names the others in one line', async () => {
    // 14 authors with more posts than acme and no follower count read: before, their 12 blank
    // cards filled every place and acme's figures were not shown at all.
    const busy = Array.from({ length: 14 }, (_, i) => `busy${String(i).padStart(2, '0')}`);
    const many = [...rows, ...busy.flatMap((a) => [1, 2, 3, 4].map((d) => row(a, NOW - d * D)))];
    render(<OverviewView rows={many} now={NOW} />);
    await screen.findByRole('article', { name: 'Follower change: ACME @acme · X' });
    expect(screen.getAllByRole('article', { name: /^Follower change/ })).toHaveLength(1);
    const line = screen.getByText(/^No follower count read yet for/).textContent;
    // 15 without (14 busy and rival): 8 by name, then how many more.
    expect(line).toMatch(
      /^No follower count read yet for 15 authors: (BUSY\d\d @busy\d\d · X, ){8}and 7 more\. Open each/,
    );
    expect(screen.queryByText(/more authors? with fewer posts/)).toBeNull();
  });

  it('says what changed since the first count read when none was read at the start', async () => {
    // 90 days: acme's first count is 40 days ago (1,000), none before the start, so the period has
    // no change; the card says what changed since that first count instead: 1,000 → 1,250.
    render(<OverviewView rows={rows} now={NOW} />);
    fireEvent.click(screen.getByLabelText('Last 90 days'));
    await waitFor(() =>
      expect(text('Follower change: ACME @acme · X')).toContain(
        'no follower count read at or before the start',
      ),
    );
    expect(text('Follower change: ACME @acme · X')).toContain(
      `since the first count read, ${formatDateTime(NOW - 40 * D)}: 1,000 → 1,250 followers (+250)`,
    );
    expect(card('Follower change: ACME @acme · X').querySelector('.overview-value')?.textContent).toBe('—');
  });

  it('narrows every card to the author chosen', async () => {
    render(<OverviewView rows={rows} now={NOW} />);
    fireEvent.change(screen.getByLabelText(/^Author/), { target: { value: 'x:acme' } });
    expect(card('Posts seen').querySelector('.overview-value')?.textContent).toBe('3');
    await screen.findByRole('article', { name: 'Follower change: ACME @acme · X' });
    expect(screen.queryByRole('article', { name: /RIVAL/ })).toBeNull();
  });

  it('links the top posts by rate, velocity and outlier, with author and figure', () => {
    render(<OverviewView rows={rows} now={NOW} />);
    // The list names the one basis it ranks on (these rows' ERs are by views).
    const byEr = within(screen.getByRole('region', { name: 'Top posts by engagement rate by views' }));
    const items = byEr.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'post 4 of rival RIVAL @rival · X 6%',
      'post 2 of acme ACME @acme · X 4%',
      'post 1 of acme ACME @acme · X 2%',
    ]);
    expect(byEr.getAllByRole('link')[0]!.getAttribute('href')).toBe('#/post/x%3A4');
    const byOutlier = screen.getByRole('region', { name: 'Top posts by outlier score' });
    expect(byOutlier.textContent).toContain('2.5×');
  });

  it('says why no post is ranked by rate or velocity when no post of the period shows its interactions', () => {
    // Two posts of this 30 days, neither showing a count: no ER or velocity can be had, whatever
    // the followers, views or readings (it said PostLens needed the followers or the views).
    render(<OverviewView rows={[row('acme', NOW - D), row('rival', NOW - 2 * D)]} now={NOW} />);
    const why = 'No post of this period shows its interaction counts: an ER and a velocity need them.';
    for (const name of ['Top posts by engagement rate', 'Top posts by velocity'])
      expect(screen.getByRole('region', { name }).textContent).toContain(why);
  });

  it("keeps each list's own reason where posts show their interactions", () => {
    render(<OverviewView rows={[row('acme', NOW - D, { engagement: 4 })]} now={NOW} />);
    expect(screen.getByRole('region', { name: 'Top posts by engagement rate' }).textContent).toContain(
      'No post of this period has an ER: PostLens needs the followers or the views.',
    );
  });
});
