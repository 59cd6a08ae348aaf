// YouTube: a views word inside a channel's name is not the views count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');

// A channel's own page in English: channel-pt-BR.html's shelf (ytd-grid-video-renderer, its
// a#video-title and #metadata-line spans, copied markup: tests/fixtures/youtube/SOURCES.md) with
// the words an English page prints, in the layout of home-en.html's title label ("<title> by
// <channel> 17,458 views 10 years ago 1 hour, 4 minutes", code index file 47603204624) and its
// metadata line ("17K views", "10 years ago"). The items of a channel's own page name no channel,
// so the label's "by <channel>" cannot be cut; a name that merely contains a views word
// ("Reviews", "Interview", "Preview") is not a views word, and the exact 12,345 after it is the count.
describe('youtube: a channel named with "review", "interview" or "preview" keeps its exact views', () => {
  it.each(['Gadget Reviews', 'Founder Interviews', 'Movie Previews'])(
    'channel %j: CanalChic01 reads 12,345 from its label, not the rounded "12K views"',
    (name) => {
      const doc = new DOMParser().parseFromString(html('channel-pt-BR.html'), 'text/html');
      const title = doc.querySelector('a#video-title[href="/watch?v=CanalChic01"]')!;
      title.setAttribute(
        'aria-label',
        `Pão de queijo em 10 minutos by ${name} 12,345 views 2 weeks ago 8 minutes, 15 seconds`,
      );
      const spans = title.closest('ytd-grid-video-renderer')!.querySelectorAll('#metadata-line span');
      expect(spans).toHaveLength(2);
      spans[0]!.textContent = '12K views';
      spans[1]!.textContent = '2 weeks ago';
      const ctx = { url: new URL('https://www.youtube.com/@canalchico'), locale: 'en', now: NOW };
      const item = adapter.findPosts(doc).find((el) => el.contains(title))!;
      expect(adapter.readPost(item, ctx)?.views).toBe(12345);
    },
  );
});
