// A Mastodon instance enabled with "Enable on this site" whose access the user took back in the
// browser's own settings: the script already injected into its open pages goes on reading until
// each is reloaded, and the background stored what it sent. It is no longer the user's choice:
// those readings are not kept (as a switched-off platform's), while a built-in host's and a still
// granted site's are.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import { batch, freshIndexedDb, reading, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

const ID = fakeBrowser.runtime.id;
const SITE = 'https://social.example.org';

function setup(granted: Set<string>, answers = true) {
  const asked: string[] = [];
  const h = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => T0,
    warn: () => {},
    runtimeId: ID,
    extensionUrl: fakeBrowser.runtime.getURL('/'),
    siteAccess: async (pattern) => {
      asked.push(pattern);
      if (!answers) throw new Error('permissions unavailable');
      return granted.has(pattern);
    },
  });
  const send = (site: string, postId: string) =>
    h.recordReadings(
      batch([reading({ platform: 'mastodon', postId, url: `${site}/@ann/${postId}` })], {
        pageUrl: `${site}/home`,
      }),
      { id: ID, url: `${site}/home`, tab: { id: 3 } },
    );
  return { h, send, asked };
}

const storedPosts = async () => (await (await getDb()).getAllKeys('posts')).map(String).sort();

describe('readings of a site whose access was taken back', () => {
  it('are not kept, and the page is answered so it lets them go', async () => {
    const { send, asked } = setup(new Set());
    expect(await send(SITE, '1')).toMatchObject({ ok: true, stored: 0, dropped: 1 });
    expect(asked).toEqual([`${SITE}/*`]);
    expect(await storedPosts()).toEqual([]);
  });

  it('are kept while the access is held', async () => {
    const { send } = setup(new Set([`${SITE}/*`]));
    expect(await send(SITE, '1')).toMatchObject({ ok: true, stored: 1, dropped: 0 });
    expect(await storedPosts()).toEqual(['mastodon:1']);
  });

  it('of a built-in host are kept without asking (its access is granted at install)', async () => {
    const { send, asked } = setup(new Set());
    expect(await send('https://mastodon.social', '2')).toMatchObject({ ok: true, stored: 1 });
    expect(asked).toEqual([]);
  });

  it('are kept when the browser cannot say (nothing says the access was taken back)', async () => {
    const { send } = setup(new Set(), false);
    expect(await send(SITE, '1')).toMatchObject({ ok: true, stored: 1 });
  });
});
