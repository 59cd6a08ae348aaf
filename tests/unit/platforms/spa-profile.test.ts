// After single-page navigation the address names the new profile while the page still shows the
// old one's header for a moment. A header is read under the address's handle only when it shows it
// belongs to that handle (its own link, printed handle or attribute); otherwise nothing is read:
// no reading is better than the old profile's name and followers stored under the new one.
// Each hostile page is a real fixture read with another profile's address, or a fixture with
// strings replaced as the comment says; fixtures themselves are untouched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blueskyAdapter } from '@/lib/platforms/bluesky';
import { facebookAdapter } from '@/lib/platforms/facebook';
import { linkedinAdapter } from '@/lib/platforms/linkedin';
import { threadsAdapter } from '@/lib/platforms/threads';
import { tiktokAdapter } from '@/lib/platforms/tiktok';
import { youtubeAdapter } from '@/lib/platforms/youtube';
import type { AdapterContext } from '@/lib/types';

const html = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

describe('threads: a header is read only under the handle it prints', () => {
  const page = html('threads/profile-ja.html');

  it("reads no profile from kissa.nikki's header at another profile's address", () => {
    expect(
      threadsAdapter.readProfile(parse(page), ctx('https://www.threads.com/@someone.else', 'ja')),
    ).toBeNull();
  });

  it('reads it at its own address, in any letter case', () => {
    const p = threadsAdapter.readProfile(parse(page), ctx('https://www.threads.com/@Kissa.Nikki', 'ja'));
    expect(p).toMatchObject({ handle: 'Kissa.Nikki', name: '喫茶日記', followers: 12345 });
  });

  it('does not take a bio mention (a link) for the printed handle', () => {
    const bio = '純喫茶の記録。毎朝更新。';
    const source = page.replace(bio, `<a href="/@someone.else">someone.else</a>`);
    expect(source).not.toBe(page);
    expect(
      threadsAdapter.readProfile(parse(source), ctx('https://www.threads.com/@someone.else', 'ja')),
    ).toBeNull();
  });
});

describe('facebook: only the followers link of the address’s page is read', () => {
  const page = html('facebook/page-de.html');

  it("reads no profile from Bäckerei Sonnenschein's header at another page's address", () => {
    expect(
      facebookAdapter.readProfile(parse(page), ctx('https://www.facebook.com/someone.else', 'de')),
    ).toBeNull();
  });

  it('reads no profile.php header for another id', () => {
    const source = page.replace(
      '/baeckerei.sonnenschein/followers/',
      '/profile.php?id=100077788899900&amp;sk=followers',
    );
    const other = ctx('https://www.facebook.com/profile.php?id=100011122233344', 'de');
    expect(facebookAdapter.readProfile(parse(source), other)).toBeNull();
  });
});

describe('linkedin: only cards linking to the address’s account are read', () => {
  it.each([
    ['linkedin/profile-en.html', 'https://www.linkedin.com/in/someone-else/', 'en'],
    ['linkedin/profile-de.html', 'https://www.linkedin.com/in/someone-else/', 'de'],
    ['linkedin/company-ja.html', 'https://www.linkedin.com/company/other-company/posts/', 'ja'],
  ])('%s at %s reads no profile', (file, url, locale) => {
    expect(linkedinAdapter.readProfile(parse(html(file)), ctx(url, locale))).toBeNull();
  });

  it("does not take the old Activity card's followers beside the new top card", () => {
    // profile-en.html with the top card's links renamed: the top card is now someone-else's, the
    // Activity card (followers) still Elena's.
    const source = html('linkedin/profile-en.html')
      .replace('/in/elena-marsh/edit/intro/', '/in/someone-else/edit/intro/')
      .replace('/in/elena-marsh/overlay/about-this-profile/', '/in/someone-else/overlay/about-this-profile/')
      .replace('/in/elena-marsh/overlay/contact-info/', '/in/someone-else/overlay/contact-info/');
    const p = linkedinAdapter.readProfile(
      parse(source),
      ctx('https://www.linkedin.com/in/someone-else/', 'en'),
    );
    expect(p).toMatchObject({ handle: 'someone-else', followers: null });
  });
});

describe('youtube: a channel header is read only under the @handle it prints', () => {
  const page = html('youtube/channel-pt-BR.html');

  it("reads no profile from @canalchico's header at another channel's address", () => {
    expect(
      youtubeAdapter.readProfile(parse(page), ctx('https://www.youtube.com/@outrocanal', 'pt-BR')),
    ).toBeNull();
  });

  it('reads the printed handle behind an address without one', () => {
    const p = youtubeAdapter.readProfile(
      parse(page),
      ctx('https://www.youtube.com/channel/UCxxxxxxxxxxxxxxxxxxxxxx', 'pt-BR'),
    );
    expect(p).toEqual({ platform: 'youtube', handle: 'canalchico', name: 'Canal Chico', followers: 1230000 });
  });
});

describe('tiktok: the header’s own handle, never the address’s', () => {
  it('reads no profile from a header that prints no handle', () => {
    // profile-ja.html without its user-title handle line
    const source = html('tiktok/profile-ja.html').replace(/<h2 data-e2e="user-title"[^>]*>[^<]*<\/h2>/, '');
    expect(source).not.toContain('data-e2e="user-title"');
    expect(
      tiktokAdapter.readProfile(parse(source), ctx('https://www.tiktok.com/@someone.else', 'ja-JP')),
    ).toBeNull();
  });
});

describe('bluesky: the followers button linking to the address’s account', () => {
  const page = html('bluesky/profile-de.html');

  it('reads no profile from a button without its link', () => {
    const source = page.replace('href="/profile/mareike.bsky.social/followers" ', '');
    expect(source).not.toBe(page);
    expect(
      blueskyAdapter.readProfile(parse(source), ctx('https://bsky.app/profile/someone.else', 'de')),
    ).toBeNull();
  });

  it('reads the new header, not the old one kept before it', () => {
    const doc = parse(page);
    const btn = doc.querySelector('[data-testid="profileHeaderFollowersButton"]')!;
    let header = btn.parentElement!;
    while (!header.querySelector('[data-testid="profileHeaderDisplayName"]')) header = header.parentElement!;
    // A second header after the first, for jonas.bsky.social.
    const jonas = header.outerHTML
      .replaceAll('mareike.bsky.social', 'jonas.bsky.social')
      .replace('Mareike Vogel', 'Jonas Weber')
      .replaceAll('12.345', '321');
    header.insertAdjacentHTML('afterend', jonas);
    const p = blueskyAdapter.readProfile(doc, ctx('https://bsky.app/profile/jonas.bsky.social', 'de'));
    expect(p).toEqual({
      platform: 'bluesky',
      handle: 'jonas.bsky.social',
      name: 'Jonas Weber',
      followers: 321,
    });
  });
});
