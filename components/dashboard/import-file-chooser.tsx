// The import's file input: a JSON export, chosen again as often as the user likes.

import { t } from '../../lib/i18n';

interface Props {
  /** An import under way: no other file until it ends. */
  disabled: boolean;
  onChoose: (file: File | undefined) => void;
}

export function ImportFileChooser({ disabled, onChoose }: Props) {
  return (
    <label>
      {t('dashboard.import.choose')}{' '}
      <input
        type="file"
        accept="application/json,.json"
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          onChoose(input.files?.[0]);
          input.value = '';
        }}
      />
    </label>
  );
}
