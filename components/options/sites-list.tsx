// Sites the user enabled from the popup (Mastodon servers beyond the built-in ones).
import { useEffect, useState } from 'preact/hooks';
import { disableSite, enabledSites } from '@/lib/platforms';

export function SitesList() {
  const [hosts, setHosts] = useState<string[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = () => {
    enabledSites().then(setHosts, () => setHosts([]));
  };
  useEffect(load, []);
  if (!hosts || hosts.length === 0) return null;
  return (
    <fieldset>
      <legend>Sites you enabled</legend>
      <ul class="sites">
        {hosts.map((host) => (
          <li key={host}>
            {host}{' '}
            <button
              type="button"
              onClick={async () => {
                setNote((await disableSite(`https://${host}`)).message);
                load();
              }}
            >
              Disable
            </button>
          </li>
        ))}
      </ul>
      {note ? <p role="status">{note}</p> : null}
    </fieldset>
  );
}
