// YouTube lists on a channel's own page (its Home, Videos and Live tabs): the items carry no channel
// link (the channel is the page), so the title link's aria-label ("<title> by <channel> …",
// home-en.html's live item: "Building a compiler, live by Northwind Labs") still holds the channel's
// name, and a title may hold a views word too. A live item's line says "1.2K watching", an upcoming
// one's "787 waiting" and its date (youtube-live-upcoming-views.test.ts has where those come from):
// neither is views, and a number in the channel's name or the title never is.
//
// The items are the fixtures' own, read as a channel page shows them: home-en.html's ytd-rich-grid-media
// items and home-shelves-en.html's 2025 lockup (tests/fixtures/youtube/SOURCES.md), without their
// avatar link, channel-name link and (lockup) channel row, the parts that name the channel elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import type { PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const PAGE = 'https://www.youtube.com/@top5views/streams';

/** Reads the item of `id` after `edit` made it a channel page's item. */
function readOnChannelPage(source: string, id: string, edit: (item: Element) => void): PostReading | null {
  const doc = new DOMParser().parseFromString(source, 'text/html');
  const item = adapter.findPosts(doc).find((el) => el.querySelector(`a[href="/watch?v=${id}"]`))!;
  expect(item).toBeDefined();
  edit(item);
  // what a channel page's item lacks: every link to a channel
  for (const a of item.querySelectorAll('a[href^="/@"]')) a.remove();
  expect(item.querySelector('a[href^="/@"], a[href^="/channel/"]')).toBeNull();
  return adapter.readPost(item, { url: new URL(PAGE), locale: 'en', now: NOW });
}

/** Sets the title link's title and label, and the metadata line's spans (as many as it had). */
function gridMedia(title: string, label: string, line: readonly string[]) {
  return (item: Element) => {
    const link = item.querySelector('a#video-title-link')!;
    link.setAttribute('title', title);
    link.setAttribute('aria-label', label);
    const spans = item.querySelectorAll('#metadata-line span.inline-metadata-item');
    expect(spans.length).toBeGreaterThan(0);
    spans.forEach((s, i) => {
      if (i < line.length) s.textContent = line[i]!;
      else s.remove();
    });
    const parent = spans[0]!.parentElement!;
    for (const text of line.slice(spans.length)) {
      const s = spans[0]!.cloneNode() as Element;
      s.textContent = text;
      parent.append(s);
    }
  };
}

describe('youtube channel page (ytd-rich-grid-media): a number in the channel’s name or the title is no views', () => {
  it.each([
    // live: the label names the channel, the line an audience
    ['Building a compiler, live', 'Top 5 Views', ['1.2K watching'], null],
    ['Building a compiler, live', 'Top 5 Views', ['787 waiting', 'Scheduled for 6/22/26, 12:00 PM'], null],
    ['Building a compiler, live', '100 Views a Day', ['14k watching'], null],
    ['How I got 5 views', 'Northwind Labs', ['1.2K watching'], null],
    ['How I got 5 views', 'Top 5 Views', ['1.2K watching'], null],
  ])('live %j by %j, line %j: views %s', (title, channel, line, views) => {
    const r = readOnChannelPage(
      html('home-en.html'),
      'LiveNow1234',
      gridMedia(title, `${title} by ${channel}`, line),
    );
    expect(r?.author.handle).toBe('top5views');
    expect(r?.author.name).toBeNull();
    expect(r?.views).toBe(views);
    expect(r?.publishedAt).toBeNull();
  });

  // The same names on a video with views: the label's exact count after them stays the count.
  it.each([
    ['How I got 5 views', 'Top 5 Views', '12,345 views', ['12K views', '3 days ago'], 12345],
    ['Eric Maskin - An Introduction', 'Top 5 Views', 'No views', ['No views', '5 minutes ago'], 0],
    ['How I got 5 views', 'Northwind Labs', '12,345 views', ['12K views', '3 days ago'], 12345],
  ])('video %j by %j (%s), line %j: views %s', (title, channel, count, line, views) => {
    const r = readOnChannelPage(
      html('home-en.html'),
      'XSVoeETsEc1',
      gridMedia(title, `${title} by ${channel} ${count} 3 days ago 1 hour, 4 minutes`, line),
    );
    expect(r?.author.handle).toBe('top5views');
    expect(r?.views).toBe(views);
  });
});

describe('youtube channel page (2025 lockup, no channel row): the title’s number is no views', () => {
  it.each([
    ['How I got 5 views', ['1.2K watching', 'Started streaming 2 hours ago'], null],
    ['How I got 5 views', ['301 views', '3 hours ago'], 301],
  ])('%j, row %j: views %s', (title, row, views) => {
    const r = readOnChannelPage(html('home-shelves-en.html'), 'Gr1dVid0001', (item) => {
      const rows = item.querySelectorAll('.yt-content-metadata-view-model__metadata-row');
      expect(rows).toHaveLength(2);
      rows[0]!.remove();
      const texts = rows[1]!.querySelectorAll('span[role="text"]');
      texts[0]!.textContent = row[0]!;
      texts[1]!.textContent = row[1]!;
      item.querySelector('h3')!.setAttribute('title', title);
      const link = item.querySelector('a.yt-lockup-metadata-view-model__title')!;
      link.setAttribute('aria-label', `${title} 8 minutes, 47 seconds`);
      link.querySelector('span')!.textContent = title;
    });
    expect(r?.author.handle).toBe('top5views');
    expect(r?.text).toBe(title);
    expect(r?.views).toBe(views);
  });
});
