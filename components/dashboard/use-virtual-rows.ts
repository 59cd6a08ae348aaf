// @tanstack/virtual-core wired to Preact: only the rows in view (plus overscan) are rendered, so
// a table of 10,000 posts scrolls like one of 50.
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type Rect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';

// Before layout (or in a test DOM without layout) the scroller measures 0 high; assume a
// screenful so the first rows render at once rather than after the first resize.
const FALLBACK_HEIGHT = 600;

const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: FALLBACK_HEIGHT }));

/** Rows rendered beyond the visible ones, each way. */
export const OVERSCAN = 12;

/**
 * The height of `ref`'s element, followed as it changes (a header's labels wrapping onto a second
 * line in a narrow window or a longer language); `fallback` until it is laid out, or where nothing
 * is (a test DOM).
 */
function useHeight(ref: RefObject<Element | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const h = el.getBoundingClientRect().height;
      setHeight(h > 0 ? h : fallback);
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return height;
}

/**
 * `count` rows of `rowHeight` px in the element of `scrollRef`, after a sticky header (`headRef`,
 * `headHeight` px until measured) inside the same scroller.
 */
export function useVirtualRows(count: number, rowHeight: number, headHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const head = useHeight(headRef, headHeight);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options: VirtualizerOptions<HTMLDivElement, Element> = {
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    scrollToFn: elementScroll,
    observeElementRect: observeRect,
    observeElementOffset,
    overscan: OVERSCAN,
    initialRect: { width: 0, height: FALLBACK_HEIGHT },
    // The header sits in the scroller above the rows: they start its height down the content
    // (scrollMargin), so a row scrolled to at the bottom (`j`) ends at the view's bottom edge, not
    // a header's height below it; and, sticky, it covers that much of the view's top, so a row
    // scrolled to at the top (`k`) lands just below it, not behind it (scrollPaddingStart).
    scrollMargin: head,
    scrollPaddingStart: head,
    onChange: () => rerender(0),
  };
  const virtualizer = useMemo(() => new Virtualizer(options), []);
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => {
    virtualizer._willUpdate();
  });
  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    scrollRef,
    headRef,
    items,
    // The items' offsets count from the scroller's top (scrollMargin in); the spacers, from the
    // body's, as getTotalSize does.
    padTop: first ? first.start - head : 0,
    padBottom: last ? total - (last.end - head) : 0,
    scrollToTop: () => virtualizer.scrollToOffset(0),
    /** Scrolls just enough to show row `index` (none when it is in view). */
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
