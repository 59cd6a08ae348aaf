// A Threads bio is the profile owner's own text. A bio reading just
// "1M followers" sits above the header's follower line; when that line carries no exact title,
// the bio must not become the follower count.
import { readFileSync } from 'node:fs';
import { threadsAdapter } from '@/lib/platforms/threads';
import type { AdapterContext } from '@/lib/types';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');
const source = readFileSync('tests/fixtures/threads/profile-ja.html', 'utf8');
const c: AdapterContext = { url: new URL('https://www.threads.com/@kissa.nikki'), locale: 'ja' };

describe('threads: a bio that reads like a follower line', () => {
  it('reads the header line "フォロワー1.2万人", not a bio "1M followers", when no title is shown', () => {
    const doc = parse(source.replace('純喫茶の記録。毎朝更新。', '1M followers'));
    doc.querySelector('[title="12,345"]')!.removeAttribute('title');
    const r = threadsAdapter.readProfile(doc, c);
    expect(r?.followers).toBe(12000);
  });
});
