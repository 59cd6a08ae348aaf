// Every setting, saved to extension storage so each PostLens context sees the same.
import { useEffect, useState } from 'preact/hooks';
import type { Download } from '@/components/common/download';
import { DEFAULT_BANDS, PLATFORM_NAMES } from '@/lib/platforms';
import { type ErPreference, getSettings, type Settings, settingsItem } from '@/lib/settings';
import { PLATFORMS } from '@/lib/types';
import { BandsEditor } from './bands-editor';
import { RetentionField } from './retention-field';
import { INTERVAL_LIMITS, settingsProblems } from './settings-model';
import { SitesList } from './sites-list';

const PREFERENCES: Array<[ErPreference, string, string]> = [
  ['auto', 'Automatic', 'by views where the post shows views, else by followers'],
  ['followers', 'By followers', '(likes + comments + reposts + saves) / followers'],
  ['views', 'By views', '(likes + comments + reposts + saves) / views'],
];

interface Props {
  /** How "Export everything first" saves its file (tests pass their own). */
  download?: Download;
  locale?: string;
}

export function OptionsForm({ download, locale }: Props = {}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  /** The retention as saved: what the background prunes with. */
  const [savedDays, setSavedDays] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    getSettings().then(
      (s) => {
        setSettings(s);
        setSavedDays(s.retentionDays);
      },
      (e: unknown) => setStatus(`Could not read settings: ${String(e)}`),
    );
  }, []);
  if (!settings) return <p class="muted">{status ?? 'Loading…'}</p>;

  const set = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    setStatus(null);
  };
  const problems = settingsProblems(settings);
  const save = async (e: Event) => {
    e.preventDefault();
    if (problems.length > 0) return;
    await settingsItem.setValue(settings);
    setSavedDays(settings.retentionDays);
    setStatus('Saved.');
  };

  return (
    <form class="options" onSubmit={save}>
      <fieldset>
        <legend>PostLens</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
          />{' '}
          On (read posts and show badges)
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.badges}
            onChange={(e) => set({ badges: e.currentTarget.checked })}
          />{' '}
          Show badges on posts
        </label>
      </fieldset>
      <fieldset>
        <legend>Platforms</legend>
        <div class="platforms">
          {PLATFORMS.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={settings.platforms[p]}
                onChange={(e) => set({ platforms: { ...settings.platforms, [p]: e.currentTarget.checked } })}
              />{' '}
              {PLATFORM_NAMES[p]}
            </label>
          ))}
        </div>
      </fieldset>
      <SitesList />
      <fieldset>
        <legend>Engagement rate denominator</legend>
        {PREFERENCES.map(([value, label, hint]) => (
          <label key={value}>
            <input
              type="radio"
              name="erPreference"
              checked={settings.erPreference === value}
              onChange={() => set({ erPreference: value })}
            />{' '}
            {label} <span class="muted">{hint}</span>
          </label>
        ))}
      </fieldset>
      <BandsEditor bands={{ ...DEFAULT_BANDS, ...settings.bands }} onChange={(bands) => set({ bands })} />
      <fieldset>
        <legend>Snapshots</legend>
        <label>
          A new snapshot of an unchanged post after{' '}
          <input
            type="number"
            min={INTERVAL_LIMITS.min}
            max={INTERVAL_LIMITS.max}
            step={1}
            aria-label="Snapshot interval in minutes"
            value={settings.snapshotIntervalMinutes}
            onInput={(e) => set({ snapshotIntervalMinutes: Number(e.currentTarget.value) })}
          />{' '}
          minutes
        </label>
      </fieldset>
      <RetentionField
        days={settings.retentionDays}
        savedDays={savedDays}
        onChange={(retentionDays) => set({ retentionDays })}
        download={download}
        locale={locale}
      />
      {problems.length > 0 ? (
        <ul class="error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={problems.length > 0}>
          Save
        </button>
        {status ? <span role="status"> {status}</span> : null}
      </div>
    </form>
  );
}
