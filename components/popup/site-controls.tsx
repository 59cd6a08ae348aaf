// Global and per-platform switches, and site access for hosts PostLens may read on request.
import { useState } from 'preact/hooks';
import { stopReadingIn } from '@/lib/messaging';
import { disableSite, enableSite, PLATFORM_NAMES, type SiteStatus } from '@/lib/platforms';
import type { Settings } from '@/lib/settings';
import { updateSettings } from '@/lib/settings-item';
import type { Platform } from '@/lib/types';
import { t } from '../../lib/i18n';

interface Props {
  settings: Settings;
  platform: Platform | null;
  site: SiteStatus;
  tabUrl: string | null;
  tabId: number | null;
  onChanged: () => void;
}

const originOf = (url: string | null) => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

export function SiteControls({ settings, platform, site, tabUrl, tabId, onChanged }: Props) {
  const [note, setNote] = useState<string | null>(null);
  const origin = originOf(tabUrl);
  // One switch changed over the settings as stored now, not over this popup's copy of them.
  const save = async (change: (stored: Settings) => Settings) => {
    try {
      await updateSettings(change);
      setNote(null);
    } catch (e) {
      setNote(t('popup.site.notSaved', e instanceof Error ? e.message : String(e)));
    }
    onChanged();
  };
  const access = async (enable: boolean) => {
    if (!origin) return;
    // Called straight from the click: the permission prompt needs the user gesture.
    const result = enable
      ? await enableSite(origin, tabId ?? undefined)
      : await disableSite(origin, stopReadingIn);
    setNote(result.message);
    onChanged();
  };
  return (
    <section class="site-controls" aria-label={t('popup.site.label')}>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void save((s) => ({ ...s, enabled }));
          }}
        />{' '}
        {t('popup.site.on')}
      </label>
      {platform ? (
        <label class="switch">
          <input
            type="checkbox"
            checked={settings.platforms[platform]}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void save((s) => ({ ...s, platforms: { ...s.platforms, [platform]: on } }));
            }}
          />{' '}
          {t('popup.site.onFor', PLATFORM_NAMES[platform])}
        </label>
      ) : null}
      {/* One button whose words and action follow the site's state: two buttons in turn would
          put a new one in place of the clicked one, and the keyboard's focus would fall back to
          the page's start. */}
      {(site === 'available' || site === 'enabled') && origin ? (
        <button type="button" onClick={() => access(site === 'available')}>
          {site === 'available' ? t('popup.site.enable') : t('popup.site.disable')}
        </button>
      ) : null}
      {note ? (
        <p class="note" role="status">
          {note}
        </p>
      ) : null}
    </section>
  );
}
