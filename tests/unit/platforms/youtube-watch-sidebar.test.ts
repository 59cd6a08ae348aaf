// The watch page's sidebar ("up next", watch-sidebar-en.html put into watch-en.html's empty #related):
// each related video is a post the user sees, with its views and age. Its channel name is plain text
// (no channel link, no channel id), so its author stays unknown rather than guessed, and a number in
// that name ("Top 5 Views") is no view count. The main video reads as it does without a sidebar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = { url: new URL('https://www.youtube.com/watch?v=dQw4w9WgXc1'), locale: 'en', now: NOW };

function watchPage(withSidebar: boolean) {
  const doc = new DOMParser().parseFromString(html('watch-en.html'), 'text/html');
  if (withSidebar) doc.querySelector('#related')!.innerHTML = html('watch-sidebar-en.html');
  return doc;
}

const doc = watchPage(true);
const posts = adapter.findPosts(doc);
const readingOf = (id: string) => {
  const el = posts.find((p) => adapter.readPost(p, ctx)?.postId === id);
  if (!el) throw new Error(`sidebar item ${id} not found`);
  return { el, reading: adapter.readPost(el, ctx)! };
};
const NO_AUTHOR = { handle: null, name: null };

describe('youtube: watch-page sidebar (watch-sidebar-en.html)', () => {
  it('finds the main video, then each sidebar item in page order', () => {
    expect(posts.map((p) => adapter.readPost(p, ctx)?.postId)).toEqual([
      'dQw4w9WgXc1',
      'SideBem0001',
      'SideCamel01',
      'SideCamel02',
      'SideCompac1',
    ]);
  });

  it.each([
    // BEM lockup directly in #items; its channel "100 Views a Day" is no count
    ['SideBem0001', 'Ten lathe tools I use every day', 94000, '2025-03-09'],
    // camelCase lockup in an item section; its channel "Top 5 Views" is no count
    ['SideCamel01', 'Late night drive, part 2', 648000, '2024-05-01'],
    // camelCase, the verified icon's spans inside the channel name, a "New" badge row
    ['SideCamel02', 'Our 2026 cup predictions', 4800, '2025-02-18'],
    // 2023 compact renderer: the title's aria-label holds the exact count ("22M views" shown)
    ['SideCompac1', 'Alphabet songs collection', 22960714, '2022-01-01'],
  ])('%s reads its title, views and age, and no author', (id, text, views, publishedAt) => {
    const { reading } = readingOf(id);
    expect({
      url: reading.url,
      text: reading.text,
      views: reading.views,
      publishedAt: reading.publishedAt,
      author: reading.author,
    }).toEqual({ url: `https://www.youtube.com/watch?v=${id}`, text, views, publishedAt, author: NO_AUTHOR });
  });

  it.each([['SideBem0001'], ['SideCamel01'], ['SideCamel02'], ['SideCompac1']])(
    '%s: the badge sits inside the item, not on all of it',
    (id) => {
      const { el } = readingOf(id);
      const anchor = adapter.badgeAnchor?.(el);
      expect(anchor).not.toBe(el);
      expect(anchor && el.contains(anchor)).toBe(true);
    },
  );

  it.each([
    // a live item: its row shows an audience, so the channel's "5 Views" must not stand in for views
    ['SideCamel01', '1.2K watching', null],
    ['SideBem0001', '787 waiting', null],
    // a row with views: the row's count, never the name's
    ['SideCamel01', '12 views', 12],
  ])('%s with the row "%s" reads views %s, whatever the channel name holds', (id, row, views) => {
    const page = watchPage(true);
    const item = adapter
      .findPosts(page)
      .find((p) => p.querySelector(`a[href*="${id}"]`) && !p.matches('ytd-watch-flexy'))!;
    const spans = item.querySelectorAll('[class*="etadata-row"] span, [class*="etadataRow"] span');
    // The second row (the first is the channel's name): its first span takes the row's words, the rest go.
    const first = Array.from(spans).find((s) => !s.closest('div')!.contains(spans[0]!))!;
    const rowEl = first.parentElement!;
    rowEl.replaceChildren(first);
    first.textContent = row;
    expect(adapter.readPost(item, ctx)?.views).toBe(views);
  });

  it('reads the main video as it does without a sidebar', () => {
    const bare = watchPage(false);
    const [watchBare] = adapter.findPosts(bare);
    const watchFull = posts[0]!;
    expect(watchFull.matches('ytd-watch-flexy')).toBe(true);
    expect(adapter.readPost(watchFull, ctx)).toEqual(adapter.readPost(watchBare!, ctx));
    expect(adapter.badgeAnchor?.(watchFull)).toBe(watchFull.querySelector('#top-level-buttons-computed'));
  });
});
