// @vitest-environment node

// The browser's permissions and scripting APIs are not implemented by WXT's fakeBrowser (they
// throw "not implemented"), so each test replaces them with mocks backed by a tiny in-memory
// model of the browser: a set of granted origins and a map of registered content scripts.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT,
  disableSite,
  enabledSites,
  enableSite,
  isBuiltin,
  siteOf,
  siteStatus,
} from '@/lib/platforms/mastodon/site-access';

type Registered = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

function mockBrowser(opts: { grant?: boolean; registerFails?: boolean } = {}) {
  const granted = new Set<string>();
  const scripts = new Map<string, Registered>();
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
    if (opts.grant === false) return false;
    for (const o of p.origins ?? []) granted.add(o);
    return true;
  });
  const contains = vi
    .spyOn(fakeBrowser.permissions, 'contains')
    .mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
  const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (p) => {
    for (const o of p.origins ?? []) granted.delete(o);
    return true;
  });
  const getRegistered = vi
    .spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts')
    .mockImplementation(async (filter) =>
      [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    );
  const register = vi
    .spyOn(fakeBrowser.scripting, 'registerContentScripts')
    .mockImplementation(async (list) => {
      if (opts.registerFails) throw new Error('Invalid match pattern');
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    });
  const unregister = vi
    .spyOn(fakeBrowser.scripting, 'unregisterContentScripts')
    .mockImplementation(async (filter) => {
      for (const id of filter?.ids ?? []) scripts.delete(id);
    });
  const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  return { granted, scripts, request, contains, remove, getRegistered, register, unregister, execute };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('siteOf', () => {
  it.each([
    ['https://social.example.org/@alice/123', 'social.example.org'],
    ['https://Social.Example.org', 'social.example.org'],
    ['https://social.example.org:8443/home', 'social.example.org'],
  ])('%s is the site %s', (url, host) => {
    expect(siteOf(url)).toEqual({
      host,
      pattern: `https://${host}/*`,
      scriptId: `postlens-site-${host}`,
    });
  });

  it.each([
    'http://social.example.org/',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'moz-extension://0a1b2c3d/popup.html',
    'chrome://extensions/',
    'about:blank',
    'file:///home/me/page.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'not a url',
    '',
  ])('PostLens cannot run on %j', (url) => {
    expect(siteOf(url)).toBeNull();
  });

  it('knows the built-in hosts', () => {
    expect(isBuiltin(siteOf('https://mastodon.social/')!)).toBe(true);
    expect(isBuiltin(siteOf('https://bsky.app/')!)).toBe(true);
    expect(isBuiltin(siteOf('https://social.example.org/')!)).toBe(false);
  });
});

describe('siteStatus', () => {
  it.each([
    ['https://mastodon.social/@alice', 'builtin'],
    ['https://www.reddit.com/r/all', 'builtin'],
    ['http://social.example.org/', 'unsupported'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'unsupported'],
    ['https://social.example.org/explore', 'available'],
  ])('%s is %s when nothing is enabled', async (url, status) => {
    mockBrowser();
    expect(await siteStatus(url)).toBe(status);
  });

  it('is enabled only with both the registration and the permission', async () => {
    const b = mockBrowser();
    b.scripts.set('postlens-site-social.example.org', { id: 'postlens-site-social.example.org' });
    expect(await siteStatus('https://social.example.org/')).toBe('available');
    b.granted.add('https://social.example.org/*');
    expect(await siteStatus('https://social.example.org/')).toBe('enabled');
    b.scripts.clear();
    expect(await siteStatus('https://social.example.org/')).toBe('available');
  });
});

describe('enableSite', () => {
  it('asks for the host, registers the content script and runs it once in the tab', async () => {
    const b = mockBrowser();
    expect(await siteStatus('https://social.example.org/explore')).toBe('available');

    const result = await enableSite('https://social.example.org', 42);

    expect(result).toMatchObject({ ok: true, status: 'enabled' });
    expect(b.request).toHaveBeenCalledTimes(1);
    expect(b.request).toHaveBeenCalledWith({ origins: ['https://social.example.org/*'] });
    expect(b.register).toHaveBeenCalledWith([
      {
        id: 'postlens-site-social.example.org',
        matches: ['https://social.example.org/*'],
        js: ['content-scripts/mastodon.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(b.execute).toHaveBeenCalledWith({ target: { tabId: 42 }, files: [`/${CONTENT_SCRIPT}`] });
    expect(await siteStatus('https://social.example.org/explore')).toBe('enabled');
    expect(await enabledSites()).toEqual(['social.example.org']);
  });

  it('asks before anything else, so the prompt stays inside the click', async () => {
    const b = mockBrowser();
    const pending = enableSite('https://social.example.org', 1);
    // Still synchronous: the request is made, nothing else yet.
    expect(b.request).toHaveBeenCalledTimes(1);
    expect(b.getRegistered).not.toHaveBeenCalled();
    await pending;
  });

  it('registers nothing and injects nothing when the user refuses', async () => {
    const b = mockBrowser({ grant: false });
    const result = await enableSite('https://social.example.org', 42);
    expect(result).toMatchObject({ ok: false, reason: 'refused', status: 'available' });
    expect(b.register).not.toHaveBeenCalled();
    expect(b.execute).not.toHaveBeenCalled();
    expect(b.scripts.size).toBe(0);
    expect(await siteStatus('https://social.example.org/')).toBe('available');
  });

  it('gives the permission back when registration fails', async () => {
    const b = mockBrowser({ registerFails: true });
    const result = await enableSite('https://social.example.org', 42);
    expect(result).toMatchObject({ ok: false, reason: 'failed', status: 'available' });
    expect(b.remove).toHaveBeenCalledWith({ origins: ['https://social.example.org/*'] });
    expect(b.granted.size).toBe(0);
    expect(b.execute).not.toHaveBeenCalled();
  });

  it('does not register or inject twice when enabled again', async () => {
    const b = mockBrowser();
    await enableSite('https://social.example.org', 42);
    const again = await enableSite('https://social.example.org', 42);
    expect(again).toMatchObject({ ok: true, status: 'enabled' });
    expect(b.register).toHaveBeenCalledTimes(1);
    expect(b.execute).toHaveBeenCalledTimes(1);
  });

  it('still enables the site when the tab cannot be scripted, and says to reload', async () => {
    const b = mockBrowser();
    b.execute.mockRejectedValue(new Error('Cannot access contents of the page'));
    const result = await enableSite('https://social.example.org', 42);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/reload/);
    expect(await siteStatus('https://social.example.org/')).toBe('enabled');
  });

  it.each([
    ['https://social.example.org/', 1],
    ['https://elsewhere.example/', 0],
  ])(
    'without a tab id, injects into the active tab only if it is on the site (%s)',
    async (tabUrl, calls) => {
      const b = mockBrowser();
      vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: tabUrl } as never]);
      await enableSite('https://social.example.org');
      expect(b.execute).toHaveBeenCalledTimes(calls);
      if (calls)
        expect(b.execute).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [`/${CONTENT_SCRIPT}`] });
    },
  );

  it.each([
    ['https://mastodon.social', 'builtin'],
    ['http://social.example.org', 'unsupported'],
    ['moz-extension://0a1b2c3d/popup.html', 'unsupported'],
  ])('refuses %s without asking the browser', async (origin, reason) => {
    const b = mockBrowser();
    expect(await enableSite(origin, 1)).toMatchObject({ ok: false, reason });
    expect(b.request).not.toHaveBeenCalled();
    expect(b.register).not.toHaveBeenCalled();
  });
});

describe('disableSite', () => {
  it('unregisters the script and removes the permission', async () => {
    const b = mockBrowser();
    await enableSite('https://social.example.org', 42);
    expect(await siteStatus('https://social.example.org/')).toBe('enabled');

    const result = await disableSite('https://social.example.org/@alice');

    expect(result).toMatchObject({ ok: true, status: 'available' });
    expect(b.unregister).toHaveBeenCalledWith({ ids: ['postlens-site-social.example.org'] });
    expect(b.remove).toHaveBeenCalledWith({ origins: ['https://social.example.org/*'] });
    expect(b.scripts.size).toBe(0);
    expect(b.granted.size).toBe(0);
    expect(await siteStatus('https://social.example.org/')).toBe('available');
    expect(await enabledSites()).toEqual([]);
  });

  it("stops the script in each of the site's open tabs, found while the access is held", async () => {
    const b = mockBrowser();
    await enableSite('https://social.example.org', 42);
    // A query by address answers only for sites whose access is held, as the browser's does.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string }) =>
      q.url === 'https://social.example.org/*' && b.granted.has(q.url)
        ? [
            { id: 7, url: 'https://social.example.org/home' },
            { id: 9, url: 'https://social.example.org/@alice' },
          ]
        : []) as never);
    const stop = vi.fn(async (_tabId: number) => {});
    expect(await disableSite('https://social.example.org/@alice', stop)).toMatchObject({ ok: true });
    expect(query).toHaveBeenCalled();
    expect(stop.mock.calls.map(([id]) => id)).toEqual([7, 9]);
    expect(b.granted.size).toBe(0);
  });

  it('is switched off even when a tab cannot be told to stop', async () => {
    const b = mockBrowser();
    await enableSite('https://social.example.org', 42);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    const stop = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await disableSite('https://social.example.org', stop)).toMatchObject({
      ok: true,
      status: 'available',
    });
    expect(stop).toHaveBeenCalledTimes(1);
    expect(b.scripts.size).toBe(0);
  });

  it('never removes a built-in host', async () => {
    const b = mockBrowser();
    expect(await disableSite('https://bsky.app')).toMatchObject({ ok: false, reason: 'builtin' });
    expect(b.remove).not.toHaveBeenCalled();
    expect(b.unregister).not.toHaveBeenCalled();
  });

  it('reports a failure instead of throwing', async () => {
    const b = mockBrowser();
    await enableSite('https://social.example.org', 42);
    b.remove.mockRejectedValue(new Error('boom'));
    expect(await disableSite('https://social.example.org')).toMatchObject({ ok: false, reason: 'failed' });
  });

  // A switch-off the browser refuses half way. The script was unregistered, then the access could
  // not be given back: the open tabs were never told to stop (they went on reading and storing, and
  // the background takes a site's readings while its access is held), and the answer said
  // 'enabled' where siteStatus said 'available': "Enable on this site" beside "Could not switch off".
  it.each([
    {
      refused: 'giving back the access',
      fails: (b: ReturnType<typeof mockBrowser>) => b.remove.mockRejectedValue(new Error('boom')),
      status: 'available',
      stopped: true,
      message:
        'PostLens is off for social.example.org: it is no longer set up there and its open pages were told to stop reading. But the browser did not take back its access to social.example.org (Error: boom): you can remove it in the browser’s settings for PostLens (site access).',
    },
    {
      refused: 'unregistering the script',
      fails: (b: ReturnType<typeof mockBrowser>) => b.unregister.mockRejectedValue(new Error('boom')),
      status: 'enabled',
      stopped: false,
      message: 'Could not switch off social.example.org: Error: boom',
    },
  ])(
    'when the browser refuses $refused, says the state there is',
    async ({ fails, status, stopped, message }) => {
      const b = mockBrowser();
      await enableSite('https://social.example.org', 42);
      vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
        { id: 7, url: 'https://social.example.org/home' } as never,
      ]);
      fails(b);
      const stop = vi.fn(async (_tabId: number) => {});

      const result = await disableSite('https://social.example.org', stop);

      expect(result).toEqual({ ok: false, reason: 'failed', status, message });
      // What the popup reads next agrees with the answer it shows.
      expect(await siteStatus('https://social.example.org/')).toBe(status);
      // The access is held either way; the tabs are stopped once no script is registered.
      expect(b.granted.has('https://social.example.org/*')).toBe(true);
      expect(stop.mock.calls).toEqual(stopped ? [[7]] : []);
    },
  );

  it('stops the open tabs before giving back the access', async () => {
    const b = mockBrowser();
    await enableSite('https://social.example.org', 42);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    const stop = vi.fn(async (_tabId: number) => {});
    await disableSite('https://social.example.org', stop);
    const [unregistered] = b.unregister.mock.invocationCallOrder;
    const [stopped] = stop.mock.invocationCallOrder;
    const [removed] = b.remove.mock.invocationCallOrder;
    expect(unregistered! < stopped! && stopped! < removed!).toBe(true);
  });
});
