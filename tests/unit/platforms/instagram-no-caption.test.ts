// Instagram: a post page's comments are no caption.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instagramAdapter as adapter } from '@/lib/platforms/instagram';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/instagram', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

describe('instagram: a post page whose post has no caption', () => {
  // post-ja.html with its caption entry (the first li of the comment list, holding the caption h1)
  // taken away, as a post published without a caption shows. Each comment's text is a
  // span._ap3a._aaco._aacu (the same classes as a feed caption): a stranger's comment, not the post's text.
  it('has no text, not the first comment "素敵なお店ですね！"', () => {
    const doc = parse(html('post-ja.html'));
    const h1 = doc.querySelector('article h1')!;
    expect(h1.textContent).toContain('京都の朝');
    h1.closest('li')!.remove();
    expect(doc.querySelector('article h1')).toBeNull();
    const c = ctx('https://www.instagram.com/p/C4jaPo5tKyo/', 'ja');
    const r = adapter.readPost(adapter.findPosts(doc)[0]!, c);
    expect(r?.postId).toBe('C4jaPo5tKyo');
    expect(r?.text).toBe('');
  });
});
