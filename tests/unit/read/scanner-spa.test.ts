// Single-page navigation: the scanner re-reads the page at once on `wxt:locationchange` (reset),
// while the site still shows the previous page. The adapter reads a header only under the handle
// it shows, so the old header is not sent as the new profile's; the new one is, once drawn.

import { threadsReader } from '@/lib/platforms/threads/adapter';
import { guardReader } from '@/lib/read/guard';
import { Scanner } from '@/lib/read/scanner';
import type { ProfileReading } from '@/lib/types';

describe('scanner after single-page navigation', () => {
  it("does not send the previous profile's header as the new profile's", async () => {
    document.body.innerHTML =
      '<main><h1>alice</h1><div><span><span>12,345</span> followers</span></div></main>';
    let url = new URL('https://www.threads.com/@alice');
    const profiles: ProfileReading[] = [];
    let pending: (() => void) | null = null;
    const scanner = new Scanner({
      adapter: guardReader('threads', 'Threads', threadsReader),
      root: document,
      context: () => ({ url, locale: 'en' }),
      schedule: (f) => {
        pending = f;
      },
      isOwnNode: () => false,
      onReadings: (_c, p) => {
        if (p) profiles.push(p);
      },
    });
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      const f = pending;
      pending = null;
      f?.();
    };
    scanner.start();
    await settle();
    expect(profiles).toEqual([{ platform: 'threads', handle: 'alice', name: 'alice', followers: 12345 }]);
    // The user clicks @bob: the URL changes, the page has not rendered bob's header yet.
    url = new URL('https://www.threads.com/@bob');
    scanner.reset();
    await settle();
    // Anything read for bob here is alice's header.
    expect(profiles.filter((p) => p.handle === 'bob')).toEqual([]);
    // Bob's header arrives: read then, under his handle.
    document.body.innerHTML = '<main><h1>bob</h1><div><span><span>678</span> followers</span></div></main>';
    await settle();
    expect(profiles.filter((p) => p.handle === 'bob')).toEqual([
      { platform: 'threads', handle: 'bob', name: 'bob', followers: 678 },
    ]);
    scanner.stop();
  });
});
