// Every setting, saved to extension storage so each PostLens context sees the same.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Download } from '@/components/common/download';
import { PLATFORM_NAMES } from '@/lib/platforms';
import {
  type ErPreference,
  readSettings,
  type Settings,
  type SettingsProblem,
  watchSettings,
} from '@/lib/settings';
import { updateSettings } from '@/lib/settings-item';
import { withRawError } from '@/lib/store';
import { PLATFORMS } from '@/lib/types';
import { t } from '../../lib/i18n';
import { FoldedMessage, InlineFoldedMessage, rawError } from '../common/action-failed';
import { aroundSlot, SLOT } from '../common/slot';
import { BandsEditor } from './bands-editor';
import { NumberInput } from './number-input';
import { RetentionField } from './retention-field';
import {
  INTERVAL_LIMITS,
  type ProblemField,
  settingsProblems,
  settingsToSave,
  storedProblemsText,
} from './settings-model';
import { SitesList } from './sites-list';

/** Each denominator, its label and its hint, in the user's language (asked at render). */
const preferences = (): Array<[ErPreference, string, string]> => [
  ['auto', t('options.er.auto'), t('options.er.autoHint')],
  ['followers', t('options.er.followers'), t('options.er.followersHint')],
  ['views', t('options.er.views'), t('options.er.viewsHint')],
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
  /**
   * The first read's failure: said in place of the form while no read has worked, never beside the
   * form a later read (the next change's) filled, even one that worked before the first failed.
   */
  const [unreadable, setUnreadable] = useState<string | null>(null);
  /** The settings as read (or last saved), and the stored keys that could not be used then. */
  const [loaded, setLoaded] = useState<{ value: Settings; problems: SettingsProblem[] } | null>(null);
  const [saving, setSaving] = useState(false);
  /**
   * The settings changed since this page read them, and reading them again failed: what the form
   * shows may no longer be stored, so it says so (the browser's error folded) and Save waits.
   */
  const [unread, setUnread] = useState<string | null>(null);
  /** Each problem's message has an id its field points to (aria-describedby). */
  const idBase = useId();
  /** The form as shown now and the settings it was loaded from, for the watcher below. */
  const shown = useRef({ settings, loaded });
  shown.current = { settings, loaded };
  useEffect(() => {
    // Settings another page changes while this one is open (the popup's switches, a second
    // options tab): each field the user has not changed here shows the setting as stored now, so
    // a switch shown is the one the content scripts follow (ticking it back and saving then
    // saves it). A field the user changed keeps the user's value until Save. A read that ends
    // after a newer one started is dropped. A read that fails leaves the form as it was, so it says
    // it may be out of date and Save waits for a read that works (a reload, the next change's):
    // the user would choose, and save, over values no longer stored.
    let reads = 0;
    const apply = (read: { value: Settings; problems: SettingsProblem[] }) => {
      const { settings: edited, loaded: was } = shown.current;
      setSettings(edited && was ? settingsToSave(was.value, edited, read.value, []) : read.value);
      setLoaded(read);
      setSavedDays(read.value.retentionDays);
      setUnread(null);
      setUnreadable(null);
    };
    const unwatch = watchSettings(() => {
      const n = ++reads;
      readSettings().then(
        (read) => n === reads && apply(read),
        (e: unknown) => {
          if (n !== reads) return;
          // Beside the form, the form may be out of date; with no form yet (the first read ended
          // after this one started, so it was dropped), nothing was read: said in its place.
          if (shown.current.loaded) setUnread(withRawError(t('options.rereadFailed'), rawError(e)));
          else setUnreadable(withRawError(t('options.readFailed'), rawError(e)));
        },
      );
    });
    readSettings().then(
      (read) => reads === 0 && apply(read),
      // The user's sentence, the browser's words (often English) folded after it.
      (e: unknown) => setUnreadable(withRawError(t('options.readFailed'), rawError(e))),
    );
    return unwatch;
  }, []);
  if (!settings || !loaded)
    return unreadable ? (
      <FoldedMessage message={unreadable} role="alert" class="error" />
    ) : (
      <p class="muted">{t('common.loading')}</p>
    );

  const set = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    setStatus(null);
  };
  const problems = settingsProblems(settings);
  const errorId = (field: ProblemField) =>
    problems.some((p) => p.field === field) ? `${idBase}-${field.replace('.', '-')}` : undefined;
  const bandErrors = Object.fromEntries(PLATFORMS.map((p) => [p, errorId(`bands.${p}`)]));
  /** Stored values this page could not use when it read them: each shows its default. */
  const unusable = storedProblemsText(loaded.problems);
  const intervalText = aroundSlot(t('options.snapshots.interval', SLOT));
  const save = async (e: Event) => {
    e.preventDefault();
    // A field the browser holds invalid (a band emptied or "abc", a value out of its range) is
    // not saved as whatever it showed before: the browser says which field and why, and Save
    // does not say "Saved." (the submit button's own check does the same; Enter in a field too).
    // Nor is a form that may be out of date (`unread`): its line says to reload first.
    if (problems.length > 0 || saving || unread) return;
    if (!(e.currentTarget as HTMLFormElement).reportValidity()) return;
    setSaving(true);
    try {
      // Over the settings as stored now: only what the user changed here, so a switch the popup
      // flipped since this page opened stays as the popup left it.
      const saved = await updateSettings((stored) =>
        settingsToSave(loaded.value, settings, stored, loaded.problems),
      );
      setSettings(saved);
      setLoaded({ value: saved, problems: [] });
      setSavedDays(saved.retentionDays);
      setStatus(t('options.saved'));
    } catch (e) {
      // The user's sentence, the browser's words (often English: Chromium's
      // "Resource::kQuotaBytes quota exceeded") folded after it.
      setStatus(withRawError(t('options.saveFailed'), rawError(e)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="options" onSubmit={save}>
      {unusable ? <p class="error">{unusable}</p> : null}
      <fieldset>
        {/* i18n-ignore: brand */}
        <legend>PostLens</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
          />{' '}
          {t('options.on')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.badges}
            onChange={(e) => set({ badges: e.currentTarget.checked })}
          />{' '}
          {t('options.badges')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options.platforms')}</legend>
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
        <legend>{t('options.er.legend')}</legend>
        {preferences().map(([value, label, hint]) => (
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
      <BandsEditor bands={settings.bands} errorIds={bandErrors} onChange={(bands) => set({ bands })} />
      <fieldset>
        <legend>{t('options.snapshots.legend')}</legend>
        <label htmlFor={`${idBase}-interval-input`}>
          {intervalText[0]}
          <NumberInput
            id={`${idBase}-interval-input`}
            min={INTERVAL_LIMITS.min}
            max={INTERVAL_LIMITS.max}
            step={1}
            required
            aria-label={t('options.snapshots.intervalLabel')}
            value={settings.snapshotIntervalMinutes}
            errorId={errorId('interval')}
            hintId={`${idBase}-interval-hint`}
            onValue={(snapshotIntervalMinutes) => set({ snapshotIntervalMinutes })}
          />
          {intervalText[1]}
        </label>
        <p class="muted" id={`${idBase}-interval-hint`}>
          {t('options.snapshots.intervalZero')}
        </p>
      </fieldset>
      <RetentionField
        days={settings.retentionDays}
        savedDays={savedDays}
        onChange={(retentionDays) => set({ retentionDays })}
        errorId={errorId('retention')}
        download={download}
        locale={locale}
      />
      {problems.length > 0 ? (
        <ul class="error" role="alert">
          {problems.map((p) => (
            <li key={p.field} id={errorId(p.field)}>
              {p.text}
            </li>
          ))}
        </ul>
      ) : null}
      {unread ? <FoldedMessage message={unread} role="alert" class="error" /> : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={problems.length > 0 || unread !== null}>
          {t('options.save')}
        </button>
        {/* The status line: a failed Save's sentence shown, the browser's raw error folded after it. */}
        {status ? <InlineFoldedMessage message={status} role="status" /> : null}
      </div>
    </form>
  );
}
