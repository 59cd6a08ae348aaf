// Review of the report's "Made … · Times in …" line (components/common/share-report.tsx): it was
// written only at the first Download PNG, Copy image or Print click, so a report printed with the
// browser's own Ctrl+P (or File > Print) before any of them carried no date and no zone. The line is
// now there as soon as the report is shown, dated when it was drawn, and dated again when a report
// is made through the buttons.

import { createRef } from 'preact';
import { ShareReport } from '@/components/common/share-report';
import { OverviewView } from '@/components/insights/overview';
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

function report() {
  const target = createRef<HTMLElement>();
  const renderPng = vi.fn(async (el: HTMLElement) => {
    // What the picture is drawn with: the line as it stands at that moment.
    drawnLines.push(el.querySelector('.report-made')?.textContent ?? '');
    return PNG;
  });
  const drawnLines: string[] = [];
  render(
    <section ref={target}>
      <p>Figures</p>
      <ShareReport target={target} what="overview" download={vi.fn()} render={renderPng} />
    </section>,
  );
  return { target, drawnLines };
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
