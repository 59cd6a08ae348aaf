// The one error guard around adapter calls (lib/read/guard.ts): whatever an adapter throws, a
// caller gets "nothing read" and never an exception.

import { ADAPTERS } from '@/lib/platforms/adapters';
import { definePlatform } from '@/lib/platforms/define-platform';
import { definePlatformFacts } from '@/lib/platforms/platform-facts';
import { guardAdapter, guardReader } from '@/lib/read';
import type { AdapterContext, PageReader, PlatformAdapter } from '@/lib/types';

const doc = new DOMParser().parseFromString('<article><p>post</p></article>', 'text/html');
const el = doc.querySelector('article')!;
const ctx: AdapterContext = { url: new URL('https://x.com/home'), locale: 'en' };
const boom = () => {
  throw new Error('markup changed');
};

/** A reader that reads one post, except for the method that throws. */
function reader(throwing: keyof PageReader | null): PageReader {
  const r: PageReader = {
    matches: () => true,
    findPosts: () => [el],
    readPost: () => null,
    readProfile: () => null,
    badgeAnchor: () => el,
  };
  return throwing ? { ...r, [throwing]: boom } : r;
}

const calls: Array<[keyof PageReader, (a: PlatformAdapter) => unknown, unknown]> = [
  ['matches', (a) => a.matches(ctx.url, doc), false],
  ['findPosts', (a) => a.findPosts(doc), []],
  ['readPost', (a) => a.readPost(el, ctx), null],
  ['readProfile', (a) => a.readProfile(doc, ctx), null],
  ['badgeAnchor', (a) => a.badgeAnchor?.(el), null],
];

describe('guardReader', () => {
  it.each(calls)('an adapter whose %s throws gives %j there, and never throws', (method, call, fallback) => {
    const adapter = guardReader('x', 'Test', reader(method));
    expect(() => call(adapter)).not.toThrow();
    expect(call(adapter)).toEqual(fallback);
    // The other methods still answer.
    for (const [other, otherCall] of calls) {
      if (other !== method)
        expect(otherCall(adapter)).toEqual(otherCall(guardReader('x', 'Test', reader(null))));
    }
  });

  it.each(calls)('a definePlatform descriptor guards %s too', (method, call, fallback) => {
    const facts = definePlatformFacts({
      id: 'x',
      name: 'Test',
      hosts: ['x.test'],
      bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
    });
    const descriptor = definePlatform(facts, reader(method));
    expect(call(descriptor.adapter)).toEqual(fallback);
    expect(descriptor.adapter).toMatchObject({ id: 'x', name: 'Test' });
    expect(descriptor.matches).toEqual(['https://x.test/*']);
  });

  it('gives no anchor (the post itself) to a reader without badgeAnchor', () => {
    const { badgeAnchor: _, ...withoutAnchor } = reader(null);
    expect(guardReader('x', 'Test', withoutAnchor).badgeAnchor?.(el)).toBeNull();
  });

  it('calls the reader as it is at call time', () => {
    const r = reader(null);
    const adapter = guardReader('x', 'Test', r);
    r.findPosts = boom;
    expect(adapter.findPosts(doc)).toEqual([]);
  });

  it('hands back what the reader returns, including a partial reading', () => {
    const partial = { ...reader(null), readPost: () => ({ postId: '1' }) as never };
    expect(guardReader('x', 'Test', partial).readPost(el, ctx)).toEqual({ postId: '1' });
  });
});

describe('guardAdapter', () => {
  it('guards a plain adapter once, and leaves a guarded one as it is', () => {
    const plain: PlatformAdapter = { id: 'reddit', name: 'Test', ...reader('readPost') };
    const guarded = guardAdapter(plain);
    expect(guarded).not.toBe(plain);
    expect(guarded.readPost(el, ctx)).toBeNull();
    expect(guardAdapter(guarded)).toBe(guarded);
  });
});

describe('every registered adapter', () => {
  // A root and an element whose every property access throws, like a page torn down mid-read.
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('hostile');
      },
    },
  );
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s is guarded', (_id, adapter) => {
    expect(guardAdapter(adapter)).toBe(adapter);
    expect(adapter.matches(ctx.url, hostile as ParentNode)).toEqual(expect.any(Boolean));
    expect(adapter.findPosts(hostile as ParentNode)).toEqual([]);
    expect(adapter.readPost(hostile as Element, ctx)).toBeNull();
    expect(adapter.readProfile(hostile as ParentNode, ctx)).toBeNull();
    expect(adapter.badgeAnchor?.(hostile as Element)).toBeNull();
  });
});
