// The stage of an import under way (reading with its progress, checking, writing), and its Cancel.

import { t } from '../../lib/i18n';
import { type Stage, stageText, type WriteStage } from './import-pipeline';

interface Props {
  stage: Stage | WriteStage;
  /** Cancel was pressed while the background writes: its answer is awaited. */
  cancelling?: boolean;
  onCancel: () => void;
}

export function ImportProgress({ stage, cancelling, onCancel }: Props) {
  return (
    <p>
      <span role="status">{cancelling ? t('dashboard.import.cancelling') : stageText(stage)}</span>
      {stage.stage === 'reading' && stage.fraction !== null ? (
        <progress max={1} value={stage.fraction} aria-label={t('dashboard.import.readingProgress')} />
      ) : (
        <progress aria-label={t('dashboard.import.working')} />
      )}{' '}
      <button type="button" disabled={cancelling} onClick={onCancel}>
        {t('dashboard.import.cancel')}
      </button>
    </p>
  );
}
