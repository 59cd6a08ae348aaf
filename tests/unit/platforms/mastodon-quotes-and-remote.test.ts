// Defects in the Threads and Mastodon adapters (lib/platforms/threads, lib/platforms/mastodon).
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mastodonAdapter } from '@/lib/platforms/mastodon';
import { enableSite } from '@/lib/platforms/mastodon/site-access';
import type { AdapterContext } from '@/lib/types';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const thread = () => readFileSync('tests/fixtures/mastodon/thread-ja.html', 'utf8');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

// Mastodon 4.5 draws the focused post's meta line as "boosts · quotes · favorites", each count in
// an AnimatedNumber: `a.detailed-status__link > span.detailed-status__quotes > AnimatedNumber`
// (features/status/components/detailed_status.tsx, quotesLink; the same markup in
// glitch-soc/mastodon app/javascript/flavours/glitch/features/status/components/detailed_status.tsx).
// On timelines the boost button's counter is `status.reblogs_count + status.quotes_count`
// (mastodon/mastodon app/javascript/mastodon/components/status/boost_button.tsx).
const animated = (n: string) =>
  `<span class="animated-number"><span style="position: static; transform: translateY(0%);">${n}</span></span>`;

describe('mastodon: the focused post counts quotes with boosts, as its timeline counter does', () => {
  it('reads reposts = boosts + quotes when the meta line shows quotes (210 boosts, 12 quotes)', () => {
    const source = thread()
      .replace(`<span class="detailed-status__reblogs">${animated('2.3K')}</span>`, () => {
        return `<span class="detailed-status__reblogs">${animated('210')}</span>`;
      })
      .replace(
        'boosts</a>·',
        `boosts</a>·<a class="detailed-status__link" href="/@kenji/114108310514044143/quotes"><span class="detailed-status__quotes">${animated('12')}</span>quotes</a>·`,
      );
    expect(source).toContain('detailed-status__quotes');
    expect(source).toContain(animated('210'));
    const c = ctx('https://mastodon.social/@kenji/114108310514044143', 'ja');
    const [focused] = mastodonAdapter.findPosts(parse(source));
    const r = mastodonAdapter.readPost(focused!, c);
    // The same post on Explore shows 222 on its boost button: one post, one repost count.
    expect(r?.reposts).toBe(222);
    expect(r?.likes).toBe(987);
  });

  it('still reads boosts alone where Mastodon shows no quote count (4.3)', () => {
    const c = ctx('https://mastodon.social/@kenji/114108310514044143', 'ja');
    const [focused] = mastodonAdapter.findPosts(parse(thread()));
    expect(mastodonAdapter.readPost(focused!, c)?.reposts).toBe(2300);
  });
});

// glitch-soc (a Mastodon fork that keeps its markup) links the focused post's date to the post's
// own URL, `href={status.get('url')}`, and its author to their profile on their own server,
// `<Permalink href={status.getIn(['account', 'url'])} className='detailed-status__display-name'>`
// (glitch-soc/mastodon app/javascript/flavours/glitch/features/status/components/detailed_status.tsx).
// For a post from another server both are that server's addresses: the status id in the date's
// link is the other server's id, and the profile link carries no domain in its path.
describe('mastodon: a remote post focused on a glitch-soc instance', () => {
  const REMOTE_URL = 'https://fosstodon.org/@bob/112233445566778899';
  const glitch = () =>
    thread()
      .replace(
        '<a data-hover-card-account="109300441" class="detailed-status__display-name" href="/@kenji">',
        '<a data-hover-card-account="109300441" data-hover-card-reference="status" class="detailed-status__display-name" href="https://fosstodon.org/@bob">',
      )
      .replace('<span class="display-name__account">@kenji@mastodon.social</span>', () => {
        return '<span class="display-name__account">@bob@fosstodon.org</span>';
      })
      .replace(
        '<a class="detailed-status__datetime" href="/@kenji/114108310514044143"',
        `<a class="detailed-status__datetime" href="${REMOTE_URL}"`,
      );
  // The page's own address names the status by this instance's id.
  const c = ctx('https://mastodon.social/@bob@fosstodon.org/114108310514044143', 'ja');

  it('keys the post by this instance id, as the timelines do, not by the other server id', () => {
    const source = glitch();
    expect(source).toContain(REMOTE_URL);
    const [focused] = mastodonAdapter.findPosts(parse(source));
    const r = mastodonAdapter.readPost(focused!, c);
    expect(r?.postId).toBe('114108310514044143@mastodon.social');
  });

  it('names the author bob@fosstodon.org, not bob@mastodon.social', () => {
    const source = glitch();
    expect(source).toContain('href="https://fosstodon.org/@bob"');
    const [focused] = mastodonAdapter.findPosts(parse(source));
    expect(mastodonAdapter.readPost(focused!, c)?.author.handle).toBe('bob@fosstodon.org');
  });
});

describe('mastodon site access: enabling again after the browser took the access back', () => {
  afterEach(() => vi.restoreAllMocks());

  it('does not say PostLens is on in the open tab when it did not start it there', async () => {
    // The script is still registered, but the user withdrew the site's access in the browser:
    // the tab loaded without PostLens. Enabling grants the access again.
    const granted = new Set<string>();
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (p) => {
      for (const o of p.origins ?? []) granted.add(o);
      return true;
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) =>
      (p.origins ?? []).every((o) => granted.has(o)),
    );
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([
      { id: 'postlens-site-social.example.org' } as never,
    ]);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue();
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);

    const result = await enableSite('https://social.example.org', 42);

    expect(result).toMatchObject({ ok: true, status: 'enabled' });
    expect(register).not.toHaveBeenCalled();
    // Either it runs PostLens in the tab now, or it tells the user to reload.
    if (execute.mock.calls.length === 0) expect(result.message).toMatch(/reload/i);
  });
});
