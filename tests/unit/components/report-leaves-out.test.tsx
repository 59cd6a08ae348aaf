// What a shared report leaves out. A post's history as a PNG showed the page's controls: the tags'
// × buttons, the header's star, "Add to campaign" and Delete; the tag and note fields were left
// out only by borrowing the share buttons' class ("share-report"). A report is the figures, their
// period, their formulas, their source (the post's address) and when they were read: what is not
// ("report-omit")
// is left out of the picture (report-image.ts, inReport) and of the printed page (base.css), the
// same nodes in both. The post's tags and saved note stay, as text.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createElement } from 'preact';
import { CampaignsPanel } from '@/components/campaigns';
import { elementToPng, inReport } from '@/components/common/report-image';
import { AuthorsView } from '@/components/dashboard/authors-view';
import { PostDetail } from '@/components/dashboard/post-detail';
import { annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { fireEvent, render, screen, waitFor, within } from '../testing-library';
import { saveDirect, seedPosts } from './campaigns/setup-campaigns';
import { clock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
const drawn = vi.hoisted(() => ({ filter: null as unknown }));
vi.mock('modern-screenshot', () => ({
  domToBlob: async (_el: HTMLElement, options: { filter?: unknown }) => {
    drawn.filter = options.filter;
    return new Blob([new Uint8Array([0x89])], { type: 'image/png' });
  },
}));
// Full DOM renders with a real background behind them: slow when the machine is busy.
vi.setConfig({ testTimeout: 20_000 });

const NOTE = 'Call the agency\nabout the launch';
const CONTROLS = 'button, input, select, textarea';
type Device = { mediaType: string };
const device = () =>
  (window as unknown as { happyDOM: { settings: { device: Device } } }).happyDOM.settings.device;

beforeEach(async () => {
  await resetAll();
  vi.stubGlobal('print', vi.fn());
});
afterEach(() => {
  device().mediaType = 'screen';
  document.getElementById('base-css')?.remove();
  window.dispatchEvent(new Event('afterprint'));
  vi.unstubAllGlobals();
});

/** In the picture: modern-screenshot skips a node the filter refuses, and all it holds. */
function inPicture(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n && n !== root.parentElement; n = n.parentElement)
    if (!inReport(n)) return false;
  return true;
}

/** On the printed page: neither it nor what holds it laid out as none. */
function inPrint(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n && n !== root.parentElement; n = n.parentElement)
    if (getComputedStyle(n).display === 'none') return false;
  return true;
}

/** How a control reads in a failure message: its tag and name. */
const named = (el: Element) =>
  `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}"`;

/** The controls the picture keeps. */
const keptControls = (root: Element) =>
  [...root.querySelectorAll(CONTROLS)].filter((el) => inPicture(el, root)).map(named);

/**
 * Prints through the report's own Print button, then lays the page out as the browser does for
 * print: base.css's rules, for print media. (Added only now: happy-dom keeps a selector's match on
 * an element once computed, and would not see the body's class added by Print.) The elements whose
 * print and picture differ.
 */
async function printDiffers(root: HTMLElement): Promise<string[]> {
  fireEvent.click(within(root).getAllByRole('button', { name: 'Print' })[0]!);
  await waitFor(() => expect(document.body.classList.contains('printing-report')).toBe(true));
  device().mediaType = 'print';
  const style = document.createElement('style');
  style.id = 'base-css';
  style.textContent = readFileSync(resolve(__dirname, '../../../components/common/base.css'), 'utf8');
  document.head.append(style);
  return [...root.querySelectorAll('*')]
    .filter((el) => inPicture(el, root) !== inPrint(el, root))
    .map((el) => `${named(el)} (picture: ${inPicture(el, root)})`);
}

async function openPost(): Promise<HTMLElement> {
  await record([
    reading({ postId: 'p', likes: 5, author: { handle: 'acme', name: 'Acme', followers: 100 } }),
  ]);
  await saveDirect({ name: 'Spring launch' });
  await annotationsItem.setValue({
    ...EMPTY_ANNOTATIONS,
    tags: { 'x:p': ['launch'] },
    notes: { 'x:p': NOTE },
  });
  render(createElement(PostDetail, { postKey: 'x:p', onDeleted: () => {} }));
  await screen.findByText('1 snapshot');
  // Every control there: the star read, the campaigns read, the tag and the note shown.
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Star this post' }).hasAttribute('disabled')).toBe(false),
  );
  await screen.findByRole('combobox', { name: 'Campaign' });
  await screen.findByRole('button', { name: 'Remove tag launch' });
  await waitFor(() => expect(document.querySelector('.saved-note')?.textContent).toContain(NOTE));
  return document.querySelector<HTMLElement>('article.post-detail')!;
}

describe("a post's report", () => {
  it('draws with the filter that leaves out what is marked', async () => {
    const root = await openPost();
    await elementToPng(root);
    expect(drawn.filter).toBe(inReport);
  });

  it('keeps the figures, the formulas, the date, the tag and the saved note', async () => {
    const root = await openPost();
    const kept = (selector: string) => inPicture(root.querySelector(selector)!, root);
    for (const selector of ['h2', '.post-text', '.post-made', 'table', '.engagement-formula', '.formulas'])
      expect(kept(selector), selector).toBe(true);
    expect(kept('.saved-note')).toBe(true);
    const tag = [...root.querySelectorAll('.tag-chips bdi')].find((b) => b.textContent === 'launch')!;
    expect(inPicture(tag, root)).toBe(true);
  });

  it("leaves out every button and field; the post's address stays, the figures' source", async () => {
    const root = await openPost();
    expect(keptControls(root)).toEqual([]);
    const links = [...root.querySelectorAll('a')].filter((a) => inPicture(a, root));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([expect.stringMatching(/^https:\/\/x\.com\//)]);
  });

  it('prints what the picture shows, and leaves out what it leaves out', async () => {
    const root = await openPost();
    expect(await printDiffers(root)).toEqual([]);
    expect([...root.querySelectorAll(CONTROLS)].filter((el) => inPrint(el, root)).map(named)).toEqual([]);
  });
});

describe('every other report leaves out its controls the same way', () => {
  it('a campaign', async () => {
    await seedPosts();
    const c = await saveDirect({ name: 'Spring launch', postKeys: ['x:1', 'x:2'] });
    render(<CampaignsPanel selectedId={c.id} now={() => clock.now} locale="en-US" />);
    const detail = await screen.findByRole('article', { name: 'Campaign Spring launch' });
    await within(detail).findByRole('button', { name: 'Remove x:1 from the campaign' });
    expect(keptControls(detail)).toEqual([]);
    expect(await printDiffers(detail)).toEqual([]);
  });

  it('the campaigns compared: the names kept, as text to read', async () => {
    await seedPosts();
    await saveDirect({ name: 'Spring launch', postKeys: ['x:1', 'x:2'] });
    render(<CampaignsPanel now={() => clock.now} locale="en-US" />);
    const compared = await screen.findByRole('region', { name: 'Campaign comparison' });
    await within(compared).findByRole('button', { name: 'Print' });
    // The campaign's name is a button to open it, and the name its row is of.
    expect(keptControls(compared)).toEqual(['button "Spring launch"']);
    expect(await printDiffers(compared)).toEqual([]);
  });

  it('the authors compared', async () => {
    for (const handle of ['ann', 'bob'])
      await record([reading({ postId: handle, author: { handle, name: handle, followers: 100 }, likes: 1 })]);
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /ann|bob/ })).toHaveLength(2));
    for (const box of screen.getAllByRole('checkbox', { name: /ann|bob/ })) fireEvent.click(box);
    await screen.findAllByRole('button', { name: /^Star / });
    const body = document.querySelector<HTMLElement>('.comparison-body')!;
    await within(body).findByRole('button', { name: 'Print' });
    expect(keptControls(body)).toEqual([]);
    expect(await printDiffers(body)).toEqual([]);
  });
});
