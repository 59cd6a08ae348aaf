// The post page as the user reaches it by links, Back and Forward: it shows the post the URL names,
// or says that post is not there, never another post nor an earlier post's error; and a name or
// handle from the page cannot turn the rest of its line around.

import { PostDetail } from '@/components/dashboard/post-detail';
import { parseRoute } from '@/components/dashboard/use-route';
import type { PostDetail as Detail } from '@/lib/queries';
import { render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

// Each read of a post can be held back by a test, to answer in another order than asked.
const hold = vi.hoisted(() => ({
  gates: new Map<string, Promise<void>>(),
  fail: new Map<string, Error>(),
}));
vi.mock('@/lib/queries', async (original) => {
  const real = await original<typeof import('@/lib/queries')>();
  return {
    ...real,
    loadPostDetail: async (key: string): Promise<Detail | null> => {
      await hold.gates.get(key);
      const failure = hold.fail.get(key);
      if (failure) throw failure;
      return real.loadPostDetail(key);
    },
  };
});

beforeEach(async () => {
  await resetAll();
  hold.gates.clear();
  hold.fail.clear();
});

function gate(key: string): () => void {
  let open!: () => void;
  hold.gates.set(
    key,
    new Promise<void>((r) => {
      open = r;
    }),
  );
  return open;
}

const heading = () => document.querySelector('.post-detail h2')?.textContent ?? '';

describe('PostDetail follows the URL', () => {
  it('shows the post navigated to, even when the one left answers last (Back, then Forward)', async () => {
    await record([
      reading({ postId: 'a', author: { handle: 'alice', name: 'Alice' } }),
      reading({ postId: 'b', author: { handle: 'bob', name: 'Bob' } }),
    ]);
    const openA = gate('x:a');
    const { rerender } = render(<PostDetail postKey="x:a" onDeleted={() => {}} />);
    // The user goes on to post b before post a's read has answered.
    rerender(<PostDetail postKey="x:b" onDeleted={() => {}} />);
    await waitFor(() => expect(heading()).toContain('Bob'));
    openA();
    await new Promise((r) => setTimeout(r, 50));
    expect(heading()).toContain('Bob');
    expect(heading()).not.toContain('Alice');
  });

  it('drops the error of the post left when another post is opened', async () => {
    await record([reading({ postId: 'b', author: { handle: 'bob', name: 'Bob' } })]);
    hold.fail.set('x:a', new Error('The database is closing'));
    const { rerender } = render(<PostDetail postKey="x:a" onDeleted={() => {}} />);
    // What failed and what to do, the browser's error folded under it.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This post could not be read');
    expect(alert.querySelector('details')?.textContent).toContain('The database is closing');
    rerender(<PostDetail postKey="x:b" onDeleted={() => {}} />);
    await waitFor(() => expect(heading()).toContain('Bob'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([['#/post/%'], ['#/post/x%3A%E0%A4%A'], ['#/post/%ZZ']])(
    'a malformed post link %j says the post is not there, rather than showing the overview',
    async (hash) => {
      const route = parseRoute(hash);
      expect(route.view).toBe('post');
      if (route.view !== 'post') return;
      render(<PostDetail postKey={route.key} onDeleted={() => {}} />);
      expect(
        await screen.findByText('This post is not in the database (it may have been deleted).'),
      ).toBeTruthy();
    },
  );

  it('a very long key of no stored post says so', async () => {
    const route = parseRoute(`#/post/${encodeURIComponent(`x:${'9'.repeat(20_000)}`)}`);
    expect(route).toEqual({ view: 'post', key: `x:${'9'.repeat(20_000)}` });
    render(<PostDetail postKey={(route as { key: string }).key} onDeleted={() => {}} />);
    expect(
      await screen.findByText('This post is not in the database (it may have been deleted).'),
    ).toBeTruthy();
  });
});

describe('PostDetail isolates the page’s text in its heading', () => {
  it('a right-to-left override in the name or handle stays inside it', async () => {
    const name = 'Eve\u202E gnp.';
    const handle = 'eve\u202Eevil';
    await record([reading({ postId: 'e', author: { handle, name } })]);
    render(<PostDetail postKey="x:e" onDeleted={() => {}} />);
    await waitFor(() => expect(heading()).toContain('Eve'));
    const h2 = document.querySelector('.post-detail h2')!;
    // Every text of the page's in the heading is in a <bdi> of its own, so it cannot reorder the
    // handle, the " · " or the platform's name after it.
    const isolated = [...h2.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toContain(name);
    expect(isolated).toContain(`@${handle}`);
    const walker = document.createTreeWalker(h2, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent?.includes('\u202E')) expect(n.parentElement?.closest('bdi')).not.toBeNull();
    }
  });
});
