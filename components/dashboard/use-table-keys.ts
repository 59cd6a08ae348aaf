// The Posts table's keys: `/` search, `j` / `k` move the highlighted row, `Enter` open it, `e`
// export JSON. Not while the user types in a field, and not with Ctrl, Alt or Meta held.
import { useEffect, useRef } from 'preact/hooks';

export interface TableKeyActions {
  search: () => void;
  move: (delta: 1 | -1) => void;
  open: () => void;
  exportJson: () => void;
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether keys typed at `el` are text (an input, a text area, a select, an editable element). */
export function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
    return true;
  return el instanceof HTMLInputElement && !NOT_TEXT.has(el.type);
}

/** Whether Enter at `el` already does something (follows a link, presses a button, opens a menu). */
const actsOnEnter = (el: EventTarget | null) =>
  el instanceof HTMLElement && el.closest('a[href], button, summary, input, select, textarea') !== null;

export function useTableKeys(actions: TableKeyActions): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || isTyping(e.target)) return;
      const a = ref.current;
      if (e.key === '/') a.search();
      else if (e.key === 'j') a.move(1);
      else if (e.key === 'k') a.move(-1);
      else if (e.key === 'e') a.exportJson();
      else if (e.key === 'Enter' && !e.shiftKey && !actsOnEnter(e.target)) a.open();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
