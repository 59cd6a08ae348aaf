// Sites the user enabled from the popup (Mastodon servers beyond the built-in ones).
import { useEffect, useState } from 'preact/hooks';
import { stopReadingIn } from '@/lib/messaging';
import { disableSite, enabledSites } from '@/lib/platforms';
import { t } from '../../lib/i18n';

export function SitesList() {
  const [hosts, setHosts] = useState<string[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = () => {
    enabledSites().then(setHosts, () => setHosts([]));
  };
  useEffect(load, []);
  // With its answer shown, the section stays when its last site was disabled: the answer says
  // whether that worked.
  if (!hosts || (hosts.length === 0 && note === null)) return null;
  return (
    <fieldset>
      <legend>{t('options.sites.legend')}</legend>
      <ul class="sites">
        {hosts.map((host) => (
          <li key={host}>
            {host}{' '}
            <button
              type="button"
              onClick={async () => {
                setNote((await disableSite(`https://${host}`, stopReadingIn)).message);
                load();
              }}
            >
              {t('options.sites.disable')}
            </button>
          </li>
        ))}
      </ul>
      {note ? <p role="status">{note}</p> : null}
    </fieldset>
  );
}
