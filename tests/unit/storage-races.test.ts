// @vitest-environment node

// Stars, annotations and saved views live in storage.local, which has no transactions: each change
// reads the value, changes it and writes it back. Two changes at once (two stars clicked, the popup
// and the dashboard, two dashboard tabs, an edit and an import) must both stay.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addTag, annotationsItem, getAnnotations, updateAnnotations } from '@/lib/annotations';
import { exclusive } from '@/lib/exclusive';
import { SORT_KEYS } from '@/lib/queries';
import { DEFAULT_COLUMNS, getViews, type SavedView, saveView, updateViews } from '@/lib/table-views';
import { getWatchlist, removeStar, storeStarToggle, updateWatchlist } from '@/lib/watchlist';

beforeEach(() => fakeBrowser.reset());

const view = (name: string): SavedView => ({
  name,
  filter: { platform: null, authorKey: null, from: null, to: null, text: '', tag: null, setId: null },
  sort: { key: SORT_KEYS[0], dir: 'desc' },
  columns: [...DEFAULT_COLUMNS],
});

describe('changes made at once all stay', () => {
  it('two stars clicked at once', async () => {
    await Promise.all([storeStarToggle('posts', 'x:1'), storeStarToggle('posts', 'x:2')]);
    expect((await getWatchlist()).posts.sort()).toEqual(['x:1', 'x:2']);
  });

  it('a star and a threshold saved at once', async () => {
    await Promise.all([storeStarToggle('posts', 'x:1'), updateWatchlist({ postFactor: 5 })]);
    const w = await getWatchlist();
    expect({ posts: w.posts, postFactor: w.postFactor }).toEqual({ posts: ['x:1'], postFactor: 5 });
  });

  it('removing a star keeps the stars added since the remover looked', async () => {
    await storeStarToggle('posts', 'x:1');
    await storeStarToggle('posts', 'x:2'); // another page, after options read the list
    expect((await removeStar('posts', 'x:1')).posts).toEqual(['x:2']);
    expect((await removeStar('posts', 'x:1')).posts).toEqual(['x:2']); // already gone: nothing changes
  });

  it('two tags added at once', async () => {
    await annotationsItem.setValue({ sets: [], tags: {}, notes: {} });
    await Promise.all([
      updateAnnotations((a) => addTag(a, 'x:1', 'one')),
      updateAnnotations((a) => addTag(a, 'x:2', 'two')),
    ]);
    expect((await getAnnotations()).tags).toEqual({ 'x:1': ['one'], 'x:2': ['two'] });
  });

  it('two views saved at once', async () => {
    const results = await Promise.all([
      updateViews((v) => saveView(v, view('Mine'))),
      updateViews((v) => saveView(v, view('Theirs'))),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await getViews()).map((v) => v.name).sort()).toEqual(['Mine', 'Theirs']);
  });
});

describe('exclusive', () => {
  it('runs the changes of one name one after another, and a failed one does not stop the next', async () => {
    const order: string[] = [];
    const step =
      (name: string, ms: number, fail = false) =>
      async () => {
        order.push(`${name} start`);
        await new Promise((r) => setTimeout(r, ms));
        order.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const a = exclusive('t', step('a', 20, true));
    const b = exclusive('t', step('b', 1));
    await expect(a).rejects.toThrow('a');
    await expect(b).resolves.toBe('b');
    expect(order).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it("takes the browser's Web Lock of that name where there is one (shared by every extension page)", async () => {
    const request = vi.fn((_name: string, work: () => Promise<unknown>) => work());
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      await expect(exclusive('watchlist', async () => 7)).resolves.toBe(7);
      expect(request).toHaveBeenCalledWith('postlens:watchlist', expect.any(Function));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
