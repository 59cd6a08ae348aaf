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
import { useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';

// Before layout (or in a test DOM without layout) the scroller measures 0 high; assume a
// screenful so the first rows render at once rather than after the first resize.
const FALLBACK_HEIGHT = 600;

const observeRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, height: FALLBACK_HEIGHT }));

/** Rows rendered beyond the visible ones, each way. */
export const OVERSCAN = 12;

export function useVirtualRows(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
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
    items,
    padTop: first ? first.start : 0,
    padBottom: last ? total - last.end : 0,
    scrollToTop: () => virtualizer.scrollToOffset(0),
    /** Scrolls just enough to show row `index` (none when it is in view). */
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
