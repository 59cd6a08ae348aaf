// A page may draw a post's posting time or its author after its counts (a timeline filling in a
// cell). The scanner sends a re-read when its counts change; a time or an author that arrives
// later must be sent too, or the post stays undated (no velocity) or authorless until a count
// moves. A re-read that only gives the same again is not sent.
import type { ScannedPost } from '@/lib/read/scanner';
import type { PlatformAdapter, PostReading } from '@/lib/types';
import { driveScanner } from './scanner-harness';

const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Test',
  matches: () => true,
  findPosts: (root) => Array.from(root.querySelectorAll('article.post')),
  readPost(el): PostReading {
    const id = el.getAttribute('data-id')!;
    const handle = el.querySelector('a.author')?.getAttribute('href')?.slice(1) ?? null;
    return {
      platform: 'x',
      postId: id,
      url: `https://x.com/a/status/${id}`,
      author: { handle, name: null },
      publishedAt: el.querySelector('time')?.getAttribute('datetime') ?? null,
      text: '',
      likes: Number(el.querySelector('.likes')!.getAttribute('aria-label')),
      comments: null,
      reposts: null,
      saves: null,
      views: null,
    };
  },
  readProfile: () => null,
};

function setup() {
  document.body.innerHTML =
    '<main><article class="post" data-id="1"><span class="likes" aria-label="5"></span></article></main>';
  const sent: ScannedPost[][] = [];
  const { scanner, settle } = driveScanner({
    adapter,
    onReadings: (changed) => {
      if (changed.length > 0) sent.push(changed);
    },
  });
  const article = document.querySelector('article')!;
  return { scanner, sent, settle, article };
}

describe('Scanner: fields a page draws after the counts', () => {
  it('sends the posting time when it appears', async () => {
    const { scanner, sent, settle, article } = setup();
    scanner.start();
    await settle();
    expect(sent.map((b) => b[0]!.reading.publishedAt)).toEqual([null]);
    article.insertAdjacentHTML('afterbegin', '<time datetime="2025-03-01T12:00:00.000Z">2h</time>');
    await settle();
    expect(sent.map((b) => b[0]!.reading.publishedAt)).toEqual([null, '2025-03-01T12:00:00.000Z']);
    scanner.stop();
  });

  it('sends the author when it appears', async () => {
    const { scanner, sent, settle, article } = setup();
    scanner.start();
    await settle();
    article.insertAdjacentHTML('afterbegin', '<a class="author" href="/nasa">NASA</a>');
    await settle();
    expect(sent.map((b) => b[0]!.reading.author.handle)).toEqual([null, 'nasa']);
    scanner.stop();
  });

  it('sends nothing for a re-read that gives the same again (control)', async () => {
    const { scanner, sent, settle, article } = setup();
    scanner.start();
    await settle();
    article.insertAdjacentHTML('beforeend', '<p>more text</p>');
    await settle();
    expect(sent).toHaveLength(1);
    scanner.stop();
  });
});
