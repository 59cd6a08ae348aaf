// The Overview's period: the last 7, 30 or 90 days, or two days the user picks (both included).
import { formatNumber, isoDay } from '@/lib/format';
import { PERIOD_PRESETS, periodOfDays } from '@/lib/insights';

export type PeriodChoice = { kind: 'last'; days: number } | { kind: 'custom'; from: string; to: string };

interface Props {
  choice: PeriodChoice;
  now: number;
  onChange: (c: PeriodChoice) => void;
}

const PRESET_NAME: Record<string, string> = { 7: 'Last 7 days', 30: 'Last 30 days', 90: 'Last 90 days' };

export function PeriodChooser({ choice, now, onChange }: Props) {
  const custom = choice.kind === 'custom' ? choice : null;
  const check = custom ? periodOfDays(custom.from, custom.to) : null;
  const today = isoDay(new Date(now));
  return (
    <fieldset class="period-chooser">
      <legend>Period</legend>
      {PERIOD_PRESETS.map((days) => (
        <label key={days}>
          <input
            type="radio"
            name="overview-period"
            checked={choice.kind === 'last' && choice.days === days}
            onChange={() => onChange({ kind: 'last', days })}
          />{' '}
          {PRESET_NAME[days] ?? `Last ${formatNumber(days)} days`}
        </label>
      ))}
      <label>
        <input
          type="radio"
          name="overview-period"
          checked={custom !== null}
          // The custom period opens on the last 30 days, so the dates start out valid.
          onChange={() =>
            onChange({ kind: 'custom', from: isoDay(new Date(now - 29 * 86_400_000)), to: today })
          }
        />{' '}
        Custom
      </label>
      {custom && (
        <span class="period-days">
          <label>
            From{' '}
            <input
              type="date"
              value={custom.from}
              max={today}
              onChange={(e) => onChange({ ...custom, from: e.currentTarget.value })}
            />
          </label>{' '}
          <label>
            to{' '}
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
