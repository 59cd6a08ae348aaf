// The settings as a @wxt-dev/storage item, for the pages and the background that write and watch
// them (options, the popup's switches, tests). Readers go through lib/settings.ts.
import { storage } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
});
