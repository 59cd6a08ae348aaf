// A sidebar lockup can end in a "New" badge row (watch-sidebar-en.html, SideCamel02): the badge goes
// by the row with the views and age, not on the badge row below it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const ctx = { url: new URL('https://www.youtube.com/watch?v=dQw4w9WgXc1'), locale: 'en', now: 0 };

const doc = new DOMParser().parseFromString(html('watch-en.html'), 'text/html');
doc.querySelector('#related')!.innerHTML = html('watch-sidebar-en.html');
const posts = adapter.findPosts(doc);
const itemOf = (id: string) => {
  const el = posts.find((p) => adapter.readPost(p, ctx)?.postId === id);
  if (!el) throw new Error(`sidebar item ${id} not found`);
  return el;
};

describe('youtube sidebar: the badge sits by the views row', () => {
  it.each([
    ['SideBem0001', '94K views'],
    ['SideCamel01', '648K views'],
    // the last row is the "New" badge row
    ['SideCamel02', '4.8K views'],
    ['SideCompac1', '22M views'],
  ])('%s: the badge anchor is the row showing "%s"', (id, views) => {
    const el = itemOf(id);
    const anchor = adapter.badgeAnchor?.(el);
    expect(anchor && el.contains(anchor) && anchor !== el).toBe(true);
    expect(anchor?.textContent).toContain(views);
  });
});

// Only a lockup's badge row steps back: an older item's #metadata-line read before its spans arrive
// (the badge is placed once, when first shown) keeps the badge on that line, where the views will be.
it('an older item whose #metadata-line has no spans yet: the badge stays on that line', () => {
  const home = new DOMParser().parseFromString(html('home-en.html'), 'text/html');
  const item = adapter.findPosts(home).find((p) => p.querySelector('#metadata-line'))!;
  const line = item.querySelector('#metadata-line')!;
  for (const span of line.querySelectorAll('span')) span.remove();
  expect(adapter.badgeAnchor?.(item)).toBe(line);
});
