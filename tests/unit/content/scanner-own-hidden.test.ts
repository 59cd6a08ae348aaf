// Badges switched off or on set `hidden` on every badge (components/badge/badge-layer.ts). The
// scanner watches `hidden` because a page shows and hides posts with it, but a badge's own
// attribute changes no post: nothing is to be read again for it. A page's own `hidden` still is.
import type { PlatformAdapter, PostReading } from '@/lib/types';
import { driveScanner } from './scanner-harness';

function setup() {
  document.body.innerHTML = `<main id="feed">${['1', '2', '3']
    .map(
      (id) =>
        `<section class="cell"><article class="post" data-id="${id}"><span class="likes" aria-label="5"></span></article></section>`,
    )
    .join('')}</main><div id="header"></div>`;
  let reads = 0;
  let profileReads = 0;
  const adapter: PlatformAdapter = {
    id: 'x',
    name: 'Test',
    matches: () => true,
    findPosts: (root) => Array.from(root.querySelectorAll('article.post')),
    readPost(el): PostReading | null {
      reads++;
      const likes = el.querySelector('.likes')?.getAttribute('aria-label');
      return {
        platform: 'x',
        postId: el.getAttribute('data-id')!,
        url: `https://x.com/a/status/${el.getAttribute('data-id')}`,
        author: { handle: 'a', name: 'A' },
        publishedAt: null,
        text: '',
        likes: likes ? Number(likes) : null,
        comments: null,
        reposts: null,
        saves: null,
        views: null,
      };
    },
    readProfile: () => {
      profileReads++;
      return null;
    },
  };
  const { scanner, settle } = driveScanner({ adapter, onReadings: () => {} });
  const counts = () => ({ reads, profileReads });
  return { scanner, settle, counts };
}

describe('Scanner: hidden on our own badges', () => {
  it('reads nothing again when badges are hidden and shown', async () => {
    const { scanner, settle, counts } = setup();
    scanner.start();
    await settle();
    // Badges as the layer adds them: one per post, and one outside every post (a profile's).
    const hosts = [...document.querySelectorAll('article.post'), document.querySelector('#header')!].map(
      (parent) => parent.appendChild(document.createElement('postlens-badge')),
    );
    await settle();
    const before = counts();
    for (const h of hosts) h.hidden = true;
    await settle();
    for (const h of hosts) h.hidden = false;
    await settle();
    expect(counts()).toEqual(before);
    scanner.stop();
  });

  it('still reads the posts a page shows again with hidden (control)', async () => {
    const { scanner, settle, counts } = setup();
    scanner.start();
    await settle();
    const before = counts().reads;
    (document.querySelector('section.cell') as HTMLElement).hidden = true;
    await settle();
    expect(counts().reads).toBe(before + 1);
    scanner.stop();
  });
});
