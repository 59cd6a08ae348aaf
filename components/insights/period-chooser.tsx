// The Overview's period: the last 7, 30 or 90 days, or two days the user picks (both included).
import { isoDay } from '@/lib/format';
import { isoDaysBefore, PERIOD_PRESETS, periodOfDays } from '@/lib/insights';
import { t, tn } from '../../lib/i18n';

export type PeriodChoice = { kind: 'last'; days: number } | { kind: 'custom'; from: string; to: string };

interface Props {
  choice: PeriodChoice;
  now: number;
  onChange: (c: PeriodChoice) => void;
  /**
   * The time when Custom is picked (the clock, for a view that follows it): a dashboard left open
   * overnight must not open the custom period on the days up to the day it was opened, cutting today
   * off. `now` when left out.
   */
  clock?: () => number;
}

export function PeriodChooser({ choice, now, onChange, clock = () => now }: Props) {
  const custom = choice.kind === 'custom' ? choice : null;
  const check = custom ? periodOfDays(custom.from, custom.to) : null;
  const today = isoDay(new Date(now));
  return (
    <fieldset class="period-chooser">
      <legend>{t('insights.period.legend')}</legend>
      {PERIOD_PRESETS.map((days) => (
        <label key={days}>
          <input
            type="radio"
            name="overview-period"
            checked={choice.kind === 'last' && choice.days === days}
            onChange={() => onChange({ kind: 'last', days })}
          />{' '}
          {tn('insights.period.lastDays', days)}
        </label>
      ))}
      <label>
        <input
          type="radio"
          name="overview-period"
          checked={custom !== null}
          // The custom period opens on the last 30 days up to the day it is picked, so the dates
          // start out valid.
          onChange={() => {
            const at = clock();
            onChange({ kind: 'custom', from: isoDaysBefore(at, 29), to: isoDay(new Date(at)) });
          }}
        />{' '}
        {t('insights.period.custom')}
      </label>
      {custom && (
        <span class="period-days">
          <label>
            {t('insights.period.from')}{' '}
            <input
              type="date"
              value={custom.from}
              max={today}
              onChange={(e) => onChange({ ...custom, from: e.currentTarget.value })}
            />
          </label>{' '}
          <label>
            {t('insights.period.to')}{' '}
            <input
              type="date"
              value={custom.to}
              onChange={(e) => onChange({ ...custom, to: e.currentTarget.value })}
            />
          </label>
        </span>
      )}
      {check && !check.ok && (
        <p class="error" role="alert">
          {check.reason}
        </p>
      )}
    </fieldset>
  );
}
