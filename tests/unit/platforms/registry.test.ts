// The platform registry: one descriptor per platform, and what it derives from them. The values
// pinned here are what lib/format.ts, lib/check.ts, lib/settings.ts and lib/platforms/hosts.ts
// held before the descriptors: the move must not change them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTENT_MATCHES,
  DEFAULT_BANDS,
  factsOf,
  PLATFORM_FACTS,
  PLATFORM_MATCHES,
  PLATFORM_NAMES,
  platformNames,
} from '@/lib/platforms';
import { ADAPTERS, adapterFor, PLATFORM_DESCRIPTORS } from '@/lib/platforms/adapters';
import { MASTODON_DEFAULT_HOSTS } from '@/lib/platforms/mastodon';
import { xPlatform } from '@/lib/platforms/x';
import { PLATFORMS } from '@/lib/types';

describe('registry', () => {
  it('lists one descriptor per platform, in PLATFORMS order, Mastodon last', () => {
    expect(PLATFORM_FACTS.map((p) => p.id)).toEqual([...PLATFORMS]);
    expect(PLATFORM_FACTS.at(-1)?.id).toBe('mastodon');
    expect(PLATFORM_DESCRIPTORS.map((p) => p.id)).toEqual([...PLATFORMS]);
    expect(ADAPTERS.map((a) => a.id)).toEqual([...PLATFORMS]);
    for (const p of PLATFORM_FACTS) expect(factsOf(p.id)).toBe(p);
    for (const p of PLATFORM_DESCRIPTORS) {
      // A descriptor is its platform's facts with the adapter on top.
      expect(p).toMatchObject({ ...factsOf(p.id), adapter: { id: p.id, name: p.name } });
    }
    expect(factsOf('nope' as never)).toBeUndefined();
    expect(factsOf('toString' as never)).toBeUndefined();
  });

  it('derives the names the pages show', () => {
    expect(PLATFORM_NAMES).toEqual({
      x: 'X',
      reddit: 'Reddit',
      linkedin: 'LinkedIn',
      instagram: 'Instagram',
      youtube: 'YouTube',
      tiktok: 'TikTok',
      facebook: 'Facebook',
      threads: 'Threads',
      bluesky: 'Bluesky',
      mastodon: 'Mastodon',
    });
    // In the reader's language, with its own list punctuation (Intl.ListFormat).
    expect(platformNames('or', 'en-US')).toBe(
      'X, Reddit, LinkedIn, Instagram, YouTube, TikTok, Facebook, Threads, Bluesky, or Mastodon',
    );
    expect(platformNames('and', 'en-GB')).toBe(
      'X, Reddit, LinkedIn, Instagram, YouTube, TikTok, Facebook, Threads, Bluesky and Mastodon',
    );
    expect(platformNames('or', 'de')).toBe(
      'X, Reddit, LinkedIn, Instagram, YouTube, TikTok, Facebook, Threads, Bluesky oder Mastodon',
    );
  });

  it('derives the host permissions and each content script’s matches', () => {
    const https = (hosts: readonly string[]) => hosts.map((h) => `https://${h}/*`);
    const before = {
      x: https(['x.com', 'twitter.com', 'mobile.x.com']),
      reddit: https(['www.reddit.com', 'old.reddit.com']),
      linkedin: https(['www.linkedin.com']),
      instagram: https(['www.instagram.com']),
      youtube: https(['www.youtube.com']),
      tiktok: https(['www.tiktok.com']),
      facebook: https(['www.facebook.com', 'web.facebook.com']),
      threads: https(['www.threads.net', 'www.threads.com']),
      bluesky: https(['bsky.app']),
      mastodon: https(MASTODON_DEFAULT_HOSTS),
    };
    expect(PLATFORM_MATCHES).toEqual(before);
    expect(CONTENT_MATCHES).toEqual(Object.values(before).flat());
    expect(MASTODON_DEFAULT_HOSTS).toHaveLength(10);
    expect(xPlatform.matches).toBe(PLATFORM_MATCHES.x);
  });

  it('derives the default bands', () => {
    expect(DEFAULT_BANDS).toEqual({
      x: { typical: 0.005, strong: 0.02, viral: 0.05 },
      reddit: { typical: 0.01, strong: 0.05, viral: 0.15 },
      linkedin: { typical: 0.01, strong: 0.03, viral: 0.06 },
      instagram: { typical: 0.01, strong: 0.02, viral: 0.03 },
      youtube: { typical: 0.02, strong: 0.04, viral: 0.08 },
      tiktok: { typical: 0.03, strong: 0.06, viral: 0.12 },
      facebook: { typical: 0.001, strong: 0.005, viral: 0.02 },
      threads: { typical: 0.005, strong: 0.02, viral: 0.05 },
      bluesky: { typical: 0.005, strong: 0.02, viral: 0.05 },
      mastodon: { typical: 0.005, strong: 0.02, viral: 0.05 },
    });
  });

  it.each([
    ['https://x.com/home', '', 'x'],
    ['https://old.reddit.com/r/science/', '', 'reddit'],
    ['https://www.youtube.com/watch?v=abc', '', 'youtube'],
    ['https://bsky.app/', '', 'bluesky'],
    // Mastodon is recognised by markup, on any https host.
    ['https://social.example.org/home', '<div id="mastodon" data-props="{}"></div>', 'mastodon'],
    ['https://example.org/', '<p>hello</p>', null],
  ])('adapterFor %s is %s', (url, markup, expected) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    expect(adapterFor(new URL(url), doc)?.id ?? null).toBe(expected);
  });
});

describe('platform facts live in their own folder', () => {
  // Every hostname, link domain and display name a platform's facts hold, as a literal anywhere in the
  // extension's source outside lib/platforms/<id>/ (comments are prose, not facts: left out).
  const facts = PLATFORM_FACTS.flatMap((p) => [
    ...p.hosts.map((h) => [p.id, h] as const),
    ...(p.domains === 'any' ? [] : p.domains.map((d) => [p.id, d] as const)),
    [p.id, p.name] as const,
  ]);
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  const sources = [...files('lib'), ...files('components'), ...files('entrypoints'), 'wxt.config.ts'];
  const code = (path: string) =>
    readFileSync(path, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1');

  it.each(facts)('%s: %s', (id, fact) => {
    const escaped = fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A quoted or templated literal, a word in JSX text, or a host inside a URL.
    const pattern = fact.includes('.')
      ? new RegExp(`(^|[^\\w.-])${escaped}($|[^\\w-])`)
      : new RegExp(`(['"\`>]\\s*|\\b)${escaped}\\b(?![\\w-])`);
    const found = sources.filter(
      (path) => !path.startsWith(join('lib', 'platforms', id)) && pattern.test(code(path)),
    );
    expect(found).toEqual([]);
  });
});
