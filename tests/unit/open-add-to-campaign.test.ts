// @vitest-environment node

// The card's "Add to campaign…" (lib/background/open-dashboard.ts): the background opens the
// dashboard's campaigns view with the post to add, only for our content script and a post key.
import { dashboardAddUrl, openFromCard } from '@/lib/background/open-dashboard';

const ID = 'test-extension-id';
const BASE = `chrome-extension://${ID}/`;
const content = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

function deps() {
  const opened: string[] = [];
  const warnings: string[] = [];
  return {
    opened,
    warnings,
    deps: {
      runtimeId: ID,
      extensionUrl: BASE,
      openTab: async (url: string) => opened.push(url),
      warn: (m: string) => warnings.push(m),
    },
  };
}

describe('dashboardAddUrl', () => {
  it.each([
    ['x:123', `${BASE}dashboard.html?add=x%3A123#/campaigns`],
    [
      'mastodon:1@social.example.org',
      `${BASE}dashboard.html?add=mastodon%3A1%40social.example.org#/campaigns`,
    ],
    // Escaped whole: nothing in a key can end the query, start the hash or add a parameter.
    [
      'reddit:t3_a#/post/x&add=y',
      `${BASE}dashboard.html?add=reddit%3At3_a%23%2Fpost%2Fx%26add%3Dy#/campaigns`,
    ],
  ])('asks where to add %s', (key, url) => {
    expect(dashboardAddUrl(BASE, key)).toBe(url);
  });

  it.each([['x:'], ['x: '], [':1'], ['evil:1'], ['x'], [42], [null], [`x:${'1'.repeat(219)}`]])(
    'refuses %s',
    (key) => {
      expect(dashboardAddUrl(BASE, key)).toBeNull();
    },
  );
});

describe('openFromCard', () => {
  it('opens the campaigns view asking where to add the post, for our content script', async () => {
    const { deps: d, opened, warnings } = deps();
    expect(await openFromCard('openAddToCampaign', 'x:123', content, d)).toBe(true);
    expect(opened).toEqual([`${BASE}dashboard.html?add=x%3A123#/campaigns`]);
    expect(warnings).toEqual([]);
  });

  it('opens the post view for "History and campaigns…", as before', async () => {
    const { deps: d, opened } = deps();
    expect(await openFromCard('openPostInDashboard', 'x:123', content, d)).toBe(true);
    expect(opened).toEqual([`${BASE}dashboard.html#/post/x%3A123`]);
  });

  it.each([
    ['our popup', { id: ID, url: `${BASE}popup.html` }],
    ['another extension', { id: 'other', url: 'https://x.com/home', tab: { id: 7 } }],
    ['our script on a plain http page', { id: ID, url: 'http://x.com/home', tab: { id: 7 } }],
    ['a sender without a tab', { id: ID, url: 'https://x.com/home' }],
    ['nobody', undefined],
  ])('refuses %s and opens nothing', async (_who, sender) => {
    const { deps: d, opened, warnings } = deps();
    expect(await openFromCard('openAddToCampaign', 'x:123', sender, d)).toBe(false);
    expect(opened).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^PostLens: openAddToCampaign refused from /);
  });

  it.each([['x:'], ['evil:1'], [{ key: 'x:1' }], [['x:1']]])('refuses the payload %j', async (key) => {
    const { deps: d, opened } = deps();
    expect(await openFromCard('openAddToCampaign', key, content, d)).toBe(false);
    expect(opened).toEqual([]);
  });
});
