// The Posts table's header row is sticky inside the scroller, above the rows: the virtualizer is
// told so (scrollMargin, scrollPaddingStart), so the row `j` and `k` highlight is scrolled fully
// into view, below the header, in either direction, and the spacers leave each rendered row where
// the virtualizer counts it. happy-dom lays nothing out: the scroller here goes where it is told,
// its rows 36 px high after a header of 36 px (or of two lines, 52 px, as measured).
import { PostsTable } from '@/components/dashboard/posts-table';
import type { PostRow } from '@/lib/queries';
import { DEFAULT_COLUMNS } from '@/lib/table-views';
import { postRow } from '../fixtures/post-row';
import { render } from '../testing-library';

const ROW = 36;
const VIEW = 600;
const N = 200;
const SORT = { key: 'er', dir: 'desc' } as const;

const rows: PostRow[] = Array.from({ length: N }, (_, i) => postRow({ key: `x:${i}`, text: `post ${i}` }));

afterEach(() => vi.restoreAllMocks());

/** The scroller, `head` px of header above N rows of ROW px; scrollTo goes where it is told. */
function scroller(container: Element, head: number) {
  const el = container.querySelector<HTMLElement>('.table-scroll')!;
  let top = 0;
  Object.defineProperty(el, 'scrollTop', { get: () => top, configurable: true });
  Object.defineProperty(el, 'scrollHeight', { get: () => head + N * ROW, configurable: true });
  Object.defineProperty(el, 'clientHeight', { get: () => VIEW, configurable: true });
  vi.spyOn(el, 'scrollTo').mockImplementation((to) => {
    top = Math.max(0, Math.min((to as ScrollToOptions).top ?? 0, head + N * ROW - VIEW));
    el.dispatchEvent(new Event('scroll'));
  });
  el.dispatchEvent(new Event('scroll'));
  return { top: () => top };
}

/**
 * Where row `i` is drawn for the scroll offset `top`: fully in the part of the view the header
 * leaves, or not.
 */
function seen(i: number, top: number, head: number): string {
  const start = head + i * ROW - top;
  return start >= head && start + ROW <= VIEW
    ? 'in view'
    : `at ${start}..${start + ROW} (view ${head}..${VIEW})`;
}

/** The rendered rows' indexes, and the offset each is drawn at below the header (spacers first). */
function layout(container: Element) {
  const body = container.querySelector('tbody')!;
  let y = 0;
  const at: Array<[number, number]> = [];
  for (const tr of Array.from(body.querySelectorAll<HTMLTableRowElement>(':scope > tr'))) {
    const h = Number.parseFloat(tr.style.height);
    if (!tr.classList.contains('spacer')) at.push([Number(tr.getAttribute('aria-rowindex')) - 2, y]);
    y += h;
  }
  return { at, total: y };
}

function walk(head: number) {
  const table = (activeKey: string | null) => (
    <PostsTable rows={rows} sort={SORT} onSort={() => {}} columns={DEFAULT_COLUMNS} activeKey={activeKey} />
  );
  const { container, rerender } = render(table(null));
  const s = scroller(container, head);
  const wrong: string[] = [];
  const press = (i: number) => {
    rerender(table(rows[i]!.key));
    const where = seen(i, s.top(), head);
    if (where !== 'in view') wrong.push(`row ${i}: ${where}`);
    // Each rendered row is drawn where the virtualizer counts it, the body as high as its rows.
    const { at, total } = layout(container);
    if (total !== N * ROW) wrong.push(`row ${i}: body ${total} px high`);
    const off = at.filter(([index, y]) => y !== index * ROW);
    if (off.length > 0) wrong.push(`row ${i}: rows drawn off their place ${JSON.stringify(off.slice(0, 2))}`);
  };
  for (let i = 0; i < 20; i++) press(i); // j from the top, past the view's bottom
  for (let i = 18; i >= 0; i--) press(i); // k back up, past its top
  press(N - 1); // k from nothing: the last row
  press(N - 30);
  return wrong;
}

describe('the highlighted row, below the sticky header', () => {
  it('is fully in view after each j and k, the header 36 px', () => {
    expect(walk(36)).toEqual([]);
  });

  it('is fully in view with a header of two lines, as measured', () => {
    const measured = HTMLTableSectionElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLTableSectionElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLTableSectionElement,
    ) {
      return this.tagName === 'THEAD' ? new DOMRect(0, 0, 1000, 52) : measured.call(this);
    });
    expect(walk(52)).toEqual([]);
  });
});
