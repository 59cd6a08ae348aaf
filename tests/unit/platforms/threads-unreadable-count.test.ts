// Threads draws no number for 0, so an EMPTY button beside a button with a
// number is read as 0. A button that shows text the parser cannot read is not empty: its count
// is unknown (null), never a made-up 0.
import { readFileSync } from 'node:fs';
import { threadsAdapter } from '@/lib/platforms/threads';
import type { AdapterContext } from '@/lib/types';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const source = readFileSync('tests/fixtures/threads/thread-de.html', 'utf8');
const c: AdapterContext = {
  url: new URL('https://www.threads.net/@kaffeehaus.wien/post/C6aBcDeFgHi'),
  locale: 'de',
};

describe('threads: a count shown but not readable', () => {
  it("reads a like count it cannot parse as null, not as the empty button's 0", () => {
    // One string changed: a compact form parseCount does not know in German.
    const changed = source.replace('>12,3 Tsd.<', '>12,3 tūkst.<');
    expect(changed).not.toBe(source);
    const post = threadsAdapter.findPosts(parse(changed))[0]!;
    const r = threadsAdapter.readPost(post, c);
    expect(r?.postId).toBe('C6aBcDeFgHi');
    expect([r?.likes, r?.comments, r?.reposts]).toEqual([null, 1234, 56]);
  });
});
