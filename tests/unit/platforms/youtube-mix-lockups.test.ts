// A Mix lockup (search-mix-lockup.html, captured markup) opens with a video but is no video post:
// neither on the search page, where YouTube's lockups are Mixes, nor put into the watch page's sidebar,
// where sidebar lockups are read. Its first video, oMRijktGkVs, must not be read as a post.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const MIX = 'oMRijktGkVs';

function ids(doc: Document, url: string): (string | undefined)[] {
  const ctx = { url: new URL(url), locale: 'en', now: Date.parse('2026-10-01T00:00:00Z') };
  return adapter.findPosts(doc).map((p) => adapter.readPost(p, ctx)?.postId);
}

describe('youtube: a Mix lockup is not read as its first video', () => {
  it('on the search page: no post', () => {
    const doc = new DOMParser().parseFromString(html('search-mix-lockup.html'), 'text/html');
    expect(doc.querySelector('yt-lockup-view-model')).not.toBeNull();
    expect(ids(doc, 'https://www.youtube.com/results?search_query=violin')).not.toContain(MIX);
  });

  it('in the watch sidebar: the Mix is skipped, the sidebar videos are read', () => {
    const doc = new DOMParser().parseFromString(html('watch-en.html'), 'text/html');
    doc.querySelector('#related')!.innerHTML = html('watch-sidebar-en.html');
    const mix = new DOMParser()
      .parseFromString(html('search-mix-lockup.html'), 'text/html')
      .querySelector('yt-lockup-view-model')!;
    doc.querySelector('ytd-watch-next-secondary-results-renderer #items')!.prepend(doc.importNode(mix, true));
    const read = ids(doc, 'https://www.youtube.com/watch?v=dQw4w9WgXc1');
    expect(read).not.toContain(MIX);
    expect(read).toEqual(
      expect.arrayContaining(['SideBem0001', 'SideCamel01', 'SideCamel02', 'SideCompac1']),
    );
  });
});
