import { type ScannedPost, Scanner } from '@/lib/read/scanner';
import type { PlatformAdapter, PostReading, ProfileReading } from '@/lib/types';
import { driveScanner } from './scanner-harness';

// A minimal adapter over test markup: the scanner's job is finding, batching and re-reading,
// whatever the platform. Platform adapters have their own fixture tests.
const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Test',
  matches: () => true,
  findPosts: (root) => Array.from(root.querySelectorAll('article.post')),
  readPost(el): PostReading | null {
    const id = el.getAttribute('data-id');
    if (!id) return null;
    const likes = el.querySelector('.likes')?.getAttribute('aria-label');
    return {
      platform: 'x',
      postId: id,
      url: `https://x.com/a/status/${id}`,
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
  readProfile(root): ProfileReading | null {
    const f = root.querySelector('#followers');
    return f ? { platform: 'x', handle: 'a', name: 'A', followers: Number(f.textContent) } : null;
  },
};

const post = (id: string, likes: number) =>
  `<article class="post" data-id="${id}"><p>t</p><span class="likes" aria-label="${likes}"></span></article>`;

function setup(html: string) {
  document.body.innerHTML = `<main id="feed">${html}</main>`;
  const seen: ScannedPost[][] = [];
  const profiles: Array<ProfileReading | null> = [];
  const { scanner, settle } = driveScanner({
    adapter,
    onReadings: (changed, profile) => {
      seen.push(changed);
      profiles.push(profile);
    },
  });
  return { scanner, seen, profiles, settle };
}

describe('Scanner', () => {
  it('reads every post on start, once', async () => {
    const { scanner, seen, settle } = setup(post('1', 5) + post('2', 7));
    scanner.start();
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.map((p) => [p.reading.postId, p.reading.likes])).toEqual([
      ['1', 5],
      ['2', 7],
    ]);
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('reads posts appended later, and only those', async () => {
    const { scanner, seen, settle } = setup(post('1', 5));
    scanner.start();
    await settle();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('2', 1) + post('3', 2));
    await settle();
    expect(seen[1]!.map((p) => p.reading.postId)).toEqual(['2', '3']);
  });

  it('finds a post added as a whole element (the added node is the post itself)', async () => {
    const { scanner, seen, settle } = setup('');
    scanner.start();
    await settle();
    const tpl = document.createElement('template');
    tpl.innerHTML = post('9', 4);
    document.getElementById('feed')!.append(tpl.content.firstElementChild!);
    await settle();
    expect(seen.flat().map((p) => p.reading.postId)).toEqual(['9']);
  });

  it('reads a post container that the page fills in after adding it', async () => {
    const { scanner, seen, settle } = setup('<article class="post"></article>');
    scanner.start();
    await settle();
    expect(seen).toHaveLength(0);
    const article = document.querySelector('article')!;
    article.setAttribute('data-id', '5');
    article.insertAdjacentHTML('beforeend', '<span class="likes" aria-label="3"></span>');
    await settle();
    expect(seen.flat().map((p) => [p.reading.postId, p.reading.likes])).toEqual([['5', 3]]);
  });

  it('re-reads a post when its count node changes, not otherwise', async () => {
    const { scanner, seen, settle } = setup(post('1', 5));
    scanner.start();
    await settle();
    document.querySelector('.likes')!.setAttribute('aria-label', '6');
    await settle();
    expect(seen[1]!.map((p) => p.reading.likes)).toEqual([6]);
    // A change outside any count attribute (class) does not wake the scanner.
    document.querySelector('p')!.className = 'x';
    await settle();
    expect(seen).toHaveLength(2);
  });

  it('ignores its own badges being inserted', async () => {
    const { scanner, seen, settle } = setup(post('1', 5));
    scanner.start();
    await settle();
    document.querySelector('article')!.append(document.createElement('postlens-badge'));
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('reads everything again after navigation (reset)', async () => {
    const { scanner, seen, settle } = setup(post('1', 5));
    scanner.start();
    await settle();
    scanner.reset();
    await settle();
    expect(seen).toHaveLength(2);
    expect(scanner.keys).toEqual(new Set(['x:1']));
  });

  it('reports the profile header once, and again when it changes', async () => {
    const { scanner, profiles, settle } = setup('<b id="followers">100</b>');
    scanner.start();
    await settle();
    expect(profiles[0]).toMatchObject({ handle: 'a', followers: 100 });
    document.getElementById('followers')!.textContent = '101';
    await settle();
    expect(profiles.at(-1)).toMatchObject({ followers: 101 });
    expect(scanner.profileKey).toBe('x:a');
  });

  it('does not query the profile header again when only posts are appended', async () => {
    const { scanner, settle } = setup(`<b id="followers">100</b>${post('1', 5)}`);
    const spy = vi.spyOn(adapter, 'readProfile');
    scanner.start();
    await settle();
    const calls = spy.mock.calls.length;
    expect(calls).toBe(1);
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('2', 1));
    await settle();
    document.querySelector('article')!.append(document.createElement('postlens-badge'));
    await settle();
    expect(spy.mock.calls.length).toBe(calls);
    spy.mockRestore();
  });

  it('does not query the whole page for the header when posts leave or whitespace arrives', async () => {
    const { scanner, settle } = setup(`<b id="followers">100</b>${post('1', 5)}${post('2', 6)}`);
    const spy = vi.spyOn(adapter, 'readProfile');
    scanner.start();
    await settle();
    const calls = spy.mock.calls.length;
    const feed = document.getElementById('feed')!;
    // A feed recycling a cell, and HTML inserted with newlines between its posts.
    feed.querySelector('article')!.remove();
    feed.insertAdjacentHTML('beforeend', `\n  ${post('3', 1)}\n`);
    await settle();
    expect(spy.mock.calls.length).toBe(calls);
    // A header count replaced as a node (removed and added) is still read.
    document.getElementById('followers')!.replaceChildren(document.createTextNode('250'));
    await settle();
    expect(spy.mock.calls.length).toBe(calls + 1);
    expect(spy.mock.results.at(-1)?.value).toMatchObject({ followers: 250 });
    spy.mockRestore();
  });

  it('reads a post again when a count node inside it is removed', async () => {
    const { seen, scanner, settle } = setup(post('1', 5));
    scanner.start();
    await settle();
    const before = seen.length;
    document.querySelector('.likes')!.remove();
    await settle();
    expect(seen.length).toBe(before + 1);
    expect(seen.at(-1)?.[0]?.reading.likes).toBeNull();
  });

  it('survives an adapter that throws', async () => {
    const { seen, settle } = setup(post('1', 5));
    const throwing = new Scanner({
      adapter: {
        ...adapter,
        readPost: () => {
          throw new Error('boom');
        },
        findPosts: () => {
          throw new Error('boom');
        },
      },
      root: document,
      context: () => ({ url: new URL('https://x.com/'), locale: 'en' }),
      schedule: (f) => f(),
      isOwnNode: () => false,
      onReadings: (c) => seen.push(c),
    });
    expect(() => throwing.start()).not.toThrow();
    await settle();
    expect(seen).toHaveLength(0);
  });
});
