// A destructive action that asks first: the first click arms it, the second (within a few
// seconds) runs it. No modal, so it works the same in the popup, the dashboard and tests.
// The same button both asks and confirms: a keyboard user's focus stays on it (a new element in
// its place would drop focus to the page), and Enter again confirms. Armed, it waits while focus
// is on it or its Cancel (someone reading the question with a screen reader may take longer than
// the few seconds); Escape or Cancel disarms it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  children: ComponentChildren;
  /** What the second click does, in words: "Delete all data". */
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
}

export function ConfirmButton({ children, confirmLabel, onConfirm, disabled }: Props) {
  const [armed, setArmed] = useState(false);
  const [focused, setFocused] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!armed || focused) return;
    const timer = setTimeout(() => setArmed(false), 5000);
    return () => clearTimeout(timer);
  }, [armed, focused]);
  // Cancel goes away when it is used: focus goes back to the button, not to the page.
  const disarm = () => {
    setArmed(false);
    button.current?.focus();
  };
  // Handlers on both buttons (the span around them is no control): whether focus is on either,
  // and Escape on either.
  const focusHandlers = {
    onFocus: () => setFocused(true),
    onBlur: (e: FocusEvent) => setFocused(wrapper.current?.contains(e.relatedTarget as Node | null) ?? false),
    onKeyDown: (e: KeyboardEvent) => {
      if (armed && e.key === 'Escape') disarm();
    },
  };
  return (
    <span class="confirm" ref={wrapper}>
      <button
        ref={button}
        type="button"
        class={armed ? 'danger armed' : 'danger'}
        disabled={disabled && !armed}
        {...focusHandlers}
        onClick={() => {
          if (!armed) return setArmed(true);
          setArmed(false);
          void onConfirm();
        }}
      >
        {armed ? confirmLabel : children}
      </button>
      {armed ? (
        <button type="button" {...focusHandlers} onClick={disarm}>
          {t('common.cancel')}
        </button>
      ) : null}
    </span>
  );
}
