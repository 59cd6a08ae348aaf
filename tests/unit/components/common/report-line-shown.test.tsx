// Review of the report's "Made … · Times in …" line (components/common/share-report.tsx): it was
// written only at the first Download PNG, Copy image or Print click, so a report printed with the
// browser's own Ctrl+P (or File > Print) before any of them carried no date and no zone. The line is
// now there as soon as the report is shown, dated when it was drawn, and dated again when a report
// is made through the buttons. It then kept the time it was first drawn when the browser printed
// the page hours later (Ctrl+P) and when the Overview or the campaign comparison drew other
// figures (another period, author or campaign): it is now dated again at beforeprint, and with the
// time its owner drew the figures shown (drawnAt).

import { createRef } from 'preact';
import { CampaignComparison } from '@/components/campaigns/campaign-comparison';
import { ShareReport } from '@/components/common/share-report';
import { OverviewView } from '@/components/insights/overview';
import type { Campaign } from '@/lib/campaigns';
import { compareCampaigns } from '@/lib/campaigns/compare';
import { NO_OUTCOMES } from '../../fixtures/campaign';
import { postRow } from '../../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const DRAWN = Date.UTC(2026, 2, 15, 12, 30); // tests run in UTC
const LATER = Date.UTC(2026, 2, 15, 16, 45);
const D = 86_400_000;
const PNG = new Blob([new Uint8Array([0x89])], { type: 'image/png' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(DRAWN);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function report(drawnAt?: number) {
  const target = createRef<HTMLElement>();
  const renderPng = vi.fn(async (el: HTMLElement) => {
    // What the picture is drawn with: the line as it stands at that moment.
    drawnLines.push(el.querySelector('.report-made')?.textContent ?? '');
    return PNG;
  });
  const drawnLines: string[] = [];
  const page = (at?: number) => (
    <section ref={target}>
      <p>Figures</p>
      <ShareReport target={target} what="overview" download={vi.fn()} render={renderPng} drawnAt={at} />
    </section>
  );
  const { rerender, unmount } = render(page(drawnAt));
  /** The report's owner draws its figures again (or only renders again, with the same time). */
  const redraw = (at?: number) => rerender(page(at));
  return { target, drawnLines, redraw, unmount };
}

describe('a report carries its date and zone whenever it is shown', () => {
  it('the Overview, before any button: as the browser would print it with Ctrl+P', async () => {
    render(<OverviewView rows={[postRow({ date: DRAWN - D, engagement: 5 })]} now={DRAWN} />);
    fireEvent.click(screen.getByLabelText('Last 7 days'));
    await screen.findByRole('button', { name: 'Print' });
    const line = document.querySelector('.overview .report-made');
    expect(line?.textContent).toBe('Made Mar 15, 2026, 12:30 PM UTC · Times in UTC');
  });

  it('dated when drawn, then again when printed through its button', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { target } = report();
    const line = () => target.current?.querySelector('.report-made')?.textContent;
    expect(line()).toBe('Made Mar 15, 2026, 12:30 PM UTC · Times in UTC');
    vi.setSystemTime(LATER);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(line()).toBe('Made Mar 15, 2026, 4:45 PM UTC · Times in UTC');
    // One line, not one more per report made.
    expect(target.current?.querySelectorAll('.report-made')).toHaveLength(1);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('a PNG is drawn with the moment of its making, not of the page', async () => {
    const { drawnLines } = report();
    vi.setSystemTime(LATER);
    fireEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(drawnLines).toHaveLength(1));
    expect(drawnLines[0]).toBe('Made Mar 15, 2026, 4:45 PM UTC · Times in UTC');
  });

  it('a report that writes its own line (the post page) gets none added, from the start', () => {
    const target = createRef<HTMLElement>();
    render(
      <article ref={target}>
        <ShareReport target={target} what="post-x-1" download={vi.fn()} />
        <p class="muted post-made">its own</p>
      </article>,
    );
    expect(target.current?.querySelector('.report-made')).toBeNull();
  });
});

describe('the line is dated again when the figures are, and when the browser prints', () => {
  const line = (scope: string) => document.querySelector(`${scope} .report-made`)?.textContent;
  const MADE_DRAWN = 'Made Mar 15, 2026, 12:30 PM UTC · Times in UTC';
  const MADE_LATER = 'Made Mar 15, 2026, 4:45 PM UTC · Times in UTC';

  it('Ctrl+P (File > Print): dated when the browser is about to print, not when first drawn', async () => {
    const { target, unmount } = report();
    const scope = () => target.current?.querySelector('.report-made')?.textContent;
    expect(scope()).toBe(MADE_DRAWN);
    vi.setSystemTime(LATER);
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(scope()).toBe(MADE_LATER));
    // Gone with the report (after paint, as Preact ends an effect): a later print does not reach it.
    const removed = vi.spyOn(window, 'removeEventListener');
    unmount();
    await waitFor(() => expect(removed.mock.calls.map(([type]) => type)).toContain('beforeprint'));
  });

  it.each([
    ['drawn again: the time the figures were drawn', LATER, MADE_LATER],
    ['only rendered again: the time of the last report made through a button stays', DRAWN, MADE_LATER],
  ])('a report its owner dates, %s', async (_, redrawnAt, expected) => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { target, redraw } = report(DRAWN - 60_000);
    const scope = () => target.current?.querySelector('.report-made')?.textContent;
    expect(scope()).toBe('Made Mar 15, 2026, 12:29 PM UTC · Times in UTC');
    redraw(DRAWN);
    await waitFor(() => expect(scope()).toBe(MADE_DRAWN));
    vi.setSystemTime(LATER);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new Event('afterprint'));
    redraw(redrawnAt);
    await waitFor(() => expect(scope()).toBe(expected));
  });

  const awaitFollowers = () =>
    waitFor(() => expect(document.querySelector('.overview')?.textContent).not.toContain('Reading follower'));

  it('the Overview, its period changed: dated when its figures were drawn again', async () => {
    render(<OverviewView rows={[postRow({ date: DRAWN - D, engagement: 5 })]} now={DRAWN} />);
    await screen.findByRole('button', { name: 'Print' });
    await awaitFollowers();
    expect(line('.overview')).toBe(MADE_DRAWN);
    vi.setSystemTime(LATER);
    fireEvent.click(screen.getByLabelText('Last 7 days'));
    await awaitFollowers();
    await waitFor(() => expect(line('.overview')).toBe(MADE_LATER));
  });

  it('the Overview, another author chosen: dated when its figures were drawn again', async () => {
    const rows = [
      postRow({ authorHandle: 'acme', date: DRAWN - D, engagement: 5 }),
      postRow({ authorHandle: 'beta', date: DRAWN - D, engagement: 7 }),
    ];
    render(<OverviewView rows={rows} now={DRAWN} />);
    await screen.findByRole('button', { name: 'Print' });
    await awaitFollowers();
    expect(line('.overview')).toBe(MADE_DRAWN);
    vi.setSystemTime(LATER);
    fireEvent.change(screen.getByLabelText(/^Author/), { target: { value: 'x:beta' } });
    await awaitFollowers();
    await waitFor(() => expect(line('.overview')).toBe(MADE_LATER));
  });

  it('the campaign comparison, its campaigns changed: dated when compared again', async () => {
    const campaign = (id: string, start: string): Campaign => ({
      id,
      name: id,
      postKeys: [],
      start,
      end: '2026-03-14',
      ...NO_OUTCOMES,
      createdAt: 0,
      updatedAt: 0,
    });
    const compared = (start: string) =>
      compareCampaigns(
        [{ campaign: campaign('Launch', start), facts: new Map(), snapshots: [] }],
        Date.now(),
      );
    const props = { onOpen: vi.fn(), download: vi.fn(), now: () => Date.now(), locale: 'en-US' };
    const { rerender } = render(<CampaignComparison comparison={compared('2026-03-01')} {...props} />);
    expect(line('.campaign-comparison')).toBe(MADE_DRAWN);
    vi.setSystemTime(LATER);
    // Its period changed in the campaign's form: the panel compares again.
    rerender(<CampaignComparison comparison={compared('2026-03-05')} {...props} />);
    await waitFor(() => expect(line('.campaign-comparison')).toBe(MADE_LATER));
  });
});
