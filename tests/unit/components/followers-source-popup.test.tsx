// A rate by followers whose followers were not read with the post's latest reading (the author's
// latest known count, read at another time: PostRow.followersFrom 'author') says so wherever the
// popup's post list and a post's page show it, as the posts table's cells do on hover. A manager
// comparing rates must know when one rests on a count from another day.
import { browser } from 'wxt/browser';
import { PostDetail } from '@/components/dashboard/post-detail';
import { PostRates } from '@/components/dashboard/post-rates';
import { PostItem } from '@/components/popup/post-item';
import { App } from '@/entrypoints/popup/App';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { loadAllRows } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';
import { clock, DAY, reading, record, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

// What the user must be told, in the words the posts table uses (rateFromAuthorFollowers).
const ANOTHER_TIME = /author's latest known count, read at another time/;

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});
afterEach(() => vi.restoreAllMocks());

const alice = { handle: 'alice', name: 'Alice' };

/** A post read with 60 engagements and no followers; its author's profile (1,000) a day later. */
async function followersReadADayLater() {
  const t0 = clock.now;
  await record([reading({ postId: 'p', author: alice, likes: 50, comments: 10 })], null, t0);
  await record([], { platform: 'x', handle: 'alice', name: 'Alice', followers: 1000 }, t0 + DAY);
}

/** The <dt>'s entry (its <div>) in a list of rates. */
const entry = (list: HTMLElement, label: string) => within(list).getByText(label).closest('div')!;

describe('the popup’s post list', () => {
  it('says an ER by followers rests on the author’s count read on another day', async () => {
    await followersReadADayLater();
    tab.answer = { keys: ['x:p'], profileKey: null, platform: 'x' };
    render(<App />);
    const item = (await screen.findByText('Alice')).closest('li')!;
    const rates = item.querySelector<HTMLElement>('dl.rates')!;
    // 60 ÷ 1,000 = 6 %: shown, and on hover it says where the 1,000 is from.
    const er = entry(rates, 'ER by followers').querySelector('dd')!;
    expect(er.textContent).toMatch(/6/);
    expect(er.getAttribute('title')).toMatch(ANOTHER_TIME);
    // And in the formulas said out loud (keyboards and touch screens never see a title).
    const formulas = item.querySelector<HTMLElement>('details.formulas')!;
    const line = [...formulas.querySelectorAll('p')].find((p) =>
      p.textContent!.startsWith('ER by followers'),
    );
    expect(line?.textContent).toMatch(ANOTHER_TIME);
    // Not said of the rates that are not by followers.
    const views = [...formulas.querySelectorAll('p')].find((p) => p.textContent!.startsWith('ER by views'));
    expect(views?.textContent).not.toMatch(ANOTHER_TIME);
  });

  it('says nothing of the kind when the followers came with the post’s reading', async () => {
    await record([reading({ postId: 'p', author: { ...alice, followers: 1000 }, likes: 50, comments: 10 })]);
    tab.answer = { keys: ['x:p'], profileKey: null, platform: 'x' };
    render(<App />);
    const item = (await screen.findByText('Alice')).closest('li')!;
    const er = entry(item.querySelector<HTMLElement>('dl.rates')!, 'ER by followers').querySelector('dd')!;
    expect(er.getAttribute('title')).not.toMatch(ANOTHER_TIME);
    expect(item.textContent).not.toMatch(ANOTHER_TIME);
  });

  it('says it of an outlier score taken on ERs by followers', () => {
    const row = postRow({
      likes: 60,
      engagement: 60,
      followers: 1000,
      followersFrom: 'author',
      erFollowers: 0.06,
      er: 0.06,
      erBasis: 'followers',
      outlier: 2,
    });
    render(<PostItem post={{ row, history: [60] }} dashboardUrl="dashboard.html" />);
    const outlier = entry(document.querySelector<HTMLElement>('dl.rates')!, 'Outlier').querySelector('dd')!;
    expect(outlier.getAttribute('title')).toMatch(ANOTHER_TIME);
  });
});

describe('a post’s page: its rates now', () => {
  it('writes out that its ER and ER by followers rest on the author’s count read on another day', async () => {
    await followersReadADayLater();
    const row = (await loadAllRows('auto')).find((r) => r.key === 'x:p')!;
    expect(row.followersFrom).toBe('author');
    render(<PostDetail postKey="x:p" row={row} onDeleted={() => {}} />);
    const rates = await screen.findByLabelText('Its rates now');
    // No views: its ER is by followers too (6 %).
    expect(entry(rates, 'ER').textContent).toMatch(ANOTHER_TIME);
    expect(entry(rates, 'ER followers').textContent).toMatch(ANOTHER_TIME);
    expect(entry(rates, 'ER views').textContent).not.toMatch(ANOTHER_TIME);
    expect(entry(rates, 'Velocity').textContent).not.toMatch(ANOTHER_TIME);
  });

  it('says nothing of the kind for followers read with the post, or an ER by views', () => {
    const row = postRow({
      likes: 60,
      engagement: 60,
      views: 600,
      followers: 1000,
      followersFrom: 'reading',
      erFollowers: 0.06,
      erViews: 0.1,
      er: 0.1,
      erBasis: 'views',
    });
    render(<PostRates row={row} />);
    expect(screen.getByLabelText('Its rates now').textContent).not.toMatch(ANOTHER_TIME);
    // The same counts, followers from another day: only the rate by followers says so.
    document.body.innerHTML = '';
    render(<PostRates row={{ ...row, followersFrom: 'author' }} />);
    const rates = screen.getByLabelText('Its rates now');
    expect(entry(rates, 'ER followers').textContent).toMatch(ANOTHER_TIME);
    expect(entry(rates, 'ER').textContent).not.toMatch(ANOTHER_TIME);
    expect(entry(rates, 'Outlier').textContent).not.toMatch(ANOTHER_TIME);
  });

  it('says it of an outlier score taken on ERs by followers', () => {
    const row = postRow({
      likes: 60,
      engagement: 60,
      followers: 1000,
      followersFrom: 'author',
      erFollowers: 0.06,
      er: 0.06,
      erBasis: 'followers',
      outlier: 2,
    });
    render(<PostRates row={row} />);
    expect(entry(screen.getByLabelText('Its rates now'), 'Outlier').textContent).toMatch(ANOTHER_TIME);
  });
});
