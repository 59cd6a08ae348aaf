// The shared picture of a part of the dashboard holds that part, not the buttons that made it: the
// PNG showed "Download PNG  Copy image  Print  Drawing…" on every report sent (printing already
// leaves them out, base.css).

import { createRef } from 'preact';
import { elementToPng } from '@/components/common/report-image';
import { ShareReport } from '@/components/common/share-report';
import { fireEvent, render, screen, waitFor } from '../testing-library';

type Options = { filter?: ((n: Node) => boolean) | null; fetchFn?: (url: string) => Promise<unknown> };
const drawn = vi.hoisted(() => ({ text: '', options: null as null | Options }));

// modern-screenshot as it walks the element: every child the filter keeps, with its text.
vi.mock('modern-screenshot', () => ({
  domToBlob: async (el: HTMLElement, options: Options) => {
    drawn.options = options;
    const walk = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
      return [...n.childNodes]
        .filter((c) => !options.filter || options.filter(c))
        .map(walk)
        .join(' ');
    };
    drawn.text = walk(el).replace(/\s+/g, ' ').trim();
    return new Blob([new Uint8Array([0x89])], { type: 'image/png' });
  },
}));

afterEach(() => vi.useRealTimers());

it('draws the report without its own Download, Copy and Print buttons or their status', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 11, 1, 9)); // tests run in UTC
  const target = createRef<HTMLElement>();
  const download = vi.fn();
  render(
    <section ref={target}>
      <ShareReport target={target} what="overview" download={download} render={elementToPng} />
      <h2>Alice</h2>
      <p>Posted 1 Dec 2026</p>
    </section>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  // With the line the report is made with (ShareReport), not the controls' words.
  expect(drawn.text).toBe('Made Dec 1, 2026, 9:00 AM UTC · Times in UTC Alice Posted 1 Dec 2026');
});

it('fetches nothing from outside the extension for the picture', async () => {
  const el = document.createElement('div');
  document.body.append(el);
  await elementToPng(el);
  const fetchFn = drawn.options!.fetchFn!;
  for (const url of ['https://pbs.twimg.com/a.jpg', 'http://x.com/', '//cdn.example/a.png'])
    expect(await fetchFn(url)).toMatch(/^data:image\//);
});
