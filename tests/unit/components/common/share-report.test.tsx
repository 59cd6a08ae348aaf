// Sharing a part of the dashboard: the PNG is drawn from that element and saved under a dated,
// safe name; a failure or a refused clipboard says what to do (review-share-failed.test.tsx);
// printing shows only that part and restores the page after. The drawing itself
// (modern-screenshot) runs in real Chromium in tests/e2e/journeys-report.test.ts.

import { createRef } from 'preact';
import { reportFileName } from '@/components/common/report-image';
import { ShareReport } from '@/components/common/share-report';
import { fireEvent, render, screen, waitFor } from '../../testing-library';

const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });

function setup(renderPng = vi.fn(async () => PNG)) {
  const target = createRef<HTMLElement>();
  const download = vi.fn();
  render(
    <section ref={target}>
      <p>Overview</p>
      <ShareReport target={target} what="post-x:1/2" download={download} render={renderPng} />
    </section>,
  );
  return { target, download, renderPng };
}

describe('ShareReport', () => {
  it.each([
    ['overview', new Date(2026, 11, 3), 'postlens-overview-2026-12-03.png'],
    ['post-x:1/2', new Date(2026, 0, 9), 'postlens-post-x-1-2-2026-01-09.png'],
    ['../../etc/passwd', new Date(2026, 0, 9), 'postlens-etc-passwd-2026-01-09.png'],
    ['', new Date(2026, 0, 9), 'postlens-report-2026-01-09.png'],
  ])('names the file of %j on %s %s', (what, date, name) => {
    expect(reportFileName(what, date)).toBe(name);
  });

  it('draws the element it is given and saves the PNG', async () => {
    const { target, download, renderPng } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    expect(renderPng).toHaveBeenCalledWith(target.current);
    const [bytes, name, mime] = download.mock.calls[0]!;
    expect([...new Uint8Array(bytes as ArrayBuffer)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(name).toMatch(/^postlens-post-x-1-2-\d{4}-\d{2}-\d{2}\.png$/);
    expect(mime).toBe('image/png');
    expect(screen.getByRole('status').textContent).toBe(`Saved ${name}.`);
  });

  it('says nothing was saved when the drawing fails, and saves nothing', async () => {
    const { download } = setup(vi.fn(async () => Promise.reject(new Error('tainted canvas'))));
    fireEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The image was not downloaded: nothing was saved\..*Error: tainted canvas$/,
    );
    expect(download).not.toHaveBeenCalled();
  });

  it('copies the image, or says to download it when the browser refuses', async () => {
    const write = vi.fn(async () => {});
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly items: Record<string, Promise<Blob>>) {}
      },
    );
    Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Copied the image: paste it into a message or a slide.',
      ),
    );
    // The clipboard gets the picture as it is being drawn (asked within the click), so a promise.
    const items = (write.mock.calls[0] as unknown as [{ items: Record<string, Promise<Blob>> }[]])[0][0]!
      .items;
    expect(Object.keys(items)).toEqual(['image/png']);
    expect(await items['image/png']).toBe(PNG);
    write.mockRejectedValueOnce(new Error('Document is not focused.'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^The image was not copied: .*Use Download PNG instead\..*Document is not focused\.$/,
    );
    vi.unstubAllGlobals();
  });

  it('prints only the shared part, then puts the page back', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { target } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    // Printed once the report's date is on it.
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(target.current?.querySelector('.report-made')?.textContent).toMatch(/^Made .+ · Times in /);
    expect(document.body.classList.contains('printing-report')).toBe(true);
    expect(target.current?.classList.contains('print-target')).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.classList.contains('printing-report')).toBe(false);
    expect(target.current?.classList.contains('print-target')).toBe(false);
    vi.unstubAllGlobals();
  });
});
