// Copy image: the clipboard is asked within the click, while the browser still counts the click
// as the user's (Firefox and Safari refuse a write made after a long drawing); the drawing's own
// failure is still told as one.

import { createRef } from 'preact';
import { ShareReport } from '@/components/common/share-report';
import { fireEvent, render, screen, waitFor } from '../../testing-library';

const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });

class FakeItem {
  constructor(readonly items: Record<string, Blob | Promise<Blob>>) {}
}

function setup(renderPng: (el: HTMLElement) => Promise<Blob>) {
  const target = createRef<HTMLElement>();
  render(
    <section ref={target}>
      <p>Overview</p>
      <ShareReport target={target} what="overview" download={vi.fn()} render={renderPng} />
    </section>,
  );
}

afterEach(() => vi.unstubAllGlobals());

it('asks the clipboard during the click, not after the drawing is done', async () => {
  const write = vi.fn(async (items: FakeItem[]) => {
    await items[0]!.items['image/png'];
  });
  vi.stubGlobal('ClipboardItem', FakeItem);
  Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
  let finish: (b: Blob) => void = () => {};
  const renderPng = vi.fn(() => new Promise<Blob>((r) => (finish = r)));
  setup(renderPng);
  fireEvent.click(screen.getByRole('button', { name: 'Copy image' }));
  // The drawing is not done yet: the write must already be under way, inside the click.
  expect(write).toHaveBeenCalledTimes(1);
  // The drawing starts once the report's date is on the page (ShareReport), and ends here.
  await waitFor(() => expect(renderPng).toHaveBeenCalledTimes(1));
  finish(PNG);
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      'Copied the image: paste it into a message or a slide.',
    ),
  );
  expect(await write.mock.calls[0]![0][0]!.items['image/png']).toBe(PNG);
});

it('says the drawing failed, not that the browser refused, when the picture cannot be made', async () => {
  const write = vi.fn(async (items: FakeItem[]) => {
    await items[0]!.items['image/png'];
  });
  vi.stubGlobal('ClipboardItem', FakeItem);
  Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
  setup(async () => Promise.reject(new Error('tainted canvas')));
  fireEvent.click(screen.getByRole('button', { name: 'Copy image' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(
    /^The image was not copied: the clipboard is as it was\. Try Copy image again;.*Error: tainted canvas$/,
  );
});
