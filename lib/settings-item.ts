// The settings as a @wxt-dev/storage item, for the pages and the background that write and watch
// them (options, the popup's switches, tests). Readers go through lib/settings.ts.
import { storage } from '#imports';
import { exclusive } from './exclusive';
import { DEFAULT_SETTINGS, getSettings, SETTINGS_KEY, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
});

/**
 * Changes the settings as stored now (checked, as every reader sees them), one change at a time
 * across every page (the options page's Save, the popup's switches): neither undoes what the other
 * just saved. Answers what was saved.
 */
export function updateSettings(change: (stored: Settings) => Settings): Promise<Settings> {
  return exclusive('settings', async () => {
    const next = change(await getSettings());
    await settingsItem.setValue(next);
    return next;
  });
}
