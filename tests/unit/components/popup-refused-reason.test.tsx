// The background's check refuses a post's link for several reasons (lib/check.ts urlOf: longer than
// PostLens keeps, a user name and password in it, not https, another host), and its answer names the
// refused posts, not the reason. The popup said every such post had "not an https link on the
// platform's site", untrue of a long link or one with credentials; it now says the rules a link must
// keep, with the longest link in the user's language's digits.
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';
import { backend, reading, resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

const CONTENT = { id: 'test-extension', url: 'https://x.com/home', tab: { id: 1 } };

/** Sends the post with link `url` as the page would, and has the tab answer with what the background refused. */
async function pageRead(url: string) {
  const result = await backend().recordReadings(
    {
      batchId: 'b1',
      pageUrl: 'https://x.com/home',
      posts: [reading({ postId: 'p1', url, likes: 1 })],
      profile: null,
    },
    CONTENT,
  );
  const refused = result.ok ? (result.refused ?? []) : [];
  // The background did refuse it: the popup's words are about a real refusal.
  expect(refused).toEqual(['x:p1']);
  tab.answer = { keys: ['x:p1'], refused, profileKey: null, platform: 'x' };
}

const EN =
  "1 post read on this page has a link PostLens cannot store (it stores only https links on the platform's site, without a user name or password, of at most 2,048 characters): it will not be saved.";

describe('a post whose link the background refused', () => {
  it.each([
    ['longer than PostLens keeps', `https://x.com/someone/status/p1?${'a'.repeat(2100)}`],
    ['with a user name and password', 'https://user:pw@x.com/someone/status/p1'],
    ['not https', 'http://x.com/someone/status/p1'],
    ['on another host', 'https://evil.example/someone/status/p1'],
  ])('%s: said with every rule a link must keep, none it may not have broken', async (_, url) => {
    await pageRead(url);
    render(<App />);
    expect(await screen.findByText(EN)).toBeTruthy();
  });

  it('in German, the longest link in German digits', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    await pageRead('https://user:pw@x.com/someone/status/p1');
    render(<App />);
    expect(
      await screen.findByText(
        '1 auf dieser Seite gelesener Beitrag hat einen Link, den PostLens nicht speichern kann (es speichert nur https-Links auf der Website der Plattform, ohne Benutzername oder Passwort, mit höchstens 2.048 Zeichen): Er wird nicht gespeichert.',
      ),
    ).toBeTruthy();
  });
});
