// YouTube's 2025 lockups come in two class spellings: the BEM one of home-en.html and
// home-shelves-en.html ("yt-content-metadata-view-model__metadata-row") and the camelCase one a 2026
// home page shows on every item ("ytContentMetadataViewModelMetadataRow"; home-camel-en.html, its
// sources in its opening comment and tests/fixtures/youtube/SOURCES.md). Both must read alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';

const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = { url: new URL('https://www.youtube.com/'), locale: 'en', now: NOW };
const doc = new DOMParser().parseFromString(
  readFileSync(join(process.cwd(), 'tests/fixtures/youtube/home-camel-en.html'), 'utf8'),
  'text/html',
);
const posts = adapter.findPosts(doc);
const byId = (id: string) => {
  const el = posts.find((p) => adapter.readPost(p, ctx)?.postId === id);
  if (!el) throw new Error(`no post ${id}`);
  return { el, reading: adapter.readPost(el, ctx)! };
};

describe('youtube: camelCase lockups (home-camel-en.html)', () => {
  it('finds both grid items', () => {
    expect(posts.map((p) => adapter.readPost(p, ctx)?.postId)).toEqual(['CamelVid001', 'CamelLive01']);
  });

  it.each([
    // "648K views • 10 months ago": the rounded views, the month's 1st ten months back
    [
      'CamelVid001',
      {
        text: 'Restoring a 1960s lathe, part 3',
        views: 648000,
        publishedAt: '2024-05-01',
        author: { handle: 'WorkshopNotes', name: 'Workshop Notes' },
      },
    ],
    // "158 watching": a live stream's audience is no views, and it shows no age
    [
      'CamelLive01',
      {
        text: 'Building the river base, day 4',
        views: null,
        publishedAt: null,
        author: { handle: 'NightBuilds', name: 'Night Builds' },
      },
    ],
  ])('%s reads its title, views, age and channel', (id, expected) => {
    const { reading } = byId(id);
    expect({
      text: reading.text,
      views: reading.views,
      publishedAt: reading.publishedAt,
      author: reading.author,
    }).toEqual(expected);
  });

  it.each([['CamelVid001'], ['CamelLive01']])('%s: the badge sits on the last metadata row', (id) => {
    const { el } = byId(id);
    const anchor = adapter.badgeAnchor?.(el);
    expect(anchor?.className).toBe('ytContentMetadataViewModelMetadataRow');
    expect(anchor?.nextElementSibling).toBeNull();
  });

  // No saved camelCase item of a channel's own page was found: this is the video item as a channel page
  // shows its lockups (youtube-channel-page-name-not-views.test.ts does the same with the BEM one):
  // without the channel row, the channel being the page's.
  it.each([
    ['How I got 5 views', '648K views', 648000],
    ['How I got 5 views', '1.2K watching', null],
  ])('on a channel page, %j with %j: views %s', (title, first, views) => {
    const item = byId('CamelVid001').el.cloneNode(true) as Element;
    const rows = item.querySelectorAll('.ytContentMetadataViewModelMetadataRow');
    expect(rows).toHaveLength(2);
    rows[0]!.remove();
    rows[1]!.querySelector('span[role="text"]')!.textContent = first;
    item.querySelector('h3')!.setAttribute('title', title);
    const link = item.querySelector('a.ytLockupMetadataViewModelTitle')!;
    link.setAttribute('aria-label', `${title} 27 minutes`);
    link.querySelector('span')!.textContent = title;
    expect(item.querySelector('a[href^="/@"], a[href^="/channel/"]')).toBeNull();
    const page = { ...ctx, url: new URL('https://www.youtube.com/@WorkshopNotes/videos') };
    const r = adapter.readPost(item, page);
    expect({ handle: r?.author.handle, text: r?.text, views: r?.views }).toEqual({
      handle: 'WorkshopNotes',
      text: title,
      views,
    });
  });

  it('reads the same as the BEM spelling of the same item', () => {
    // The video item with every camelCase lockup class written the BEM way, as home-shelves-en.html
    // spells them: one reading for both.
    const item = byId('CamelVid001').el;
    const bem = item.cloneNode(true) as Element;
    const rename: Record<string, string> = {
      ytLockupMetadataViewModelTitle: 'yt-lockup-metadata-view-model__title',
      ytContentMetadataViewModelMetadataRow: 'yt-content-metadata-view-model__metadata-row',
      ytContentMetadataViewModelMetadataText: 'yt-content-metadata-view-model__metadata-text',
    };
    for (const el of Array.from(bem.querySelectorAll('[class]')))
      el.className = el.className
        .split(' ')
        .map((c) => rename[c] ?? c)
        .join(' ');
    expect(bem.outerHTML).not.toBe(item.outerHTML);
    expect(adapter.readPost(item, ctx)).toEqual(adapter.readPost(bem, ctx));
  });
});
