// A destructive action that asks first: the first click arms it, the second (within a few
// seconds) runs it. No modal, so it works the same in the popup, the dashboard and tests.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 5000);
    return () => clearTimeout(timer);
  }, [armed]);
  if (!armed) {
    return (
      <button type="button" class="danger" disabled={disabled} onClick={() => setArmed(true)}>
        {children}
      </button>
    );
  }
  return (
    <span class="confirm">
      <button
        type="button"
        class="danger armed"
        onClick={() => {
          setArmed(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onClick={() => setArmed(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
