// Instagram: an account tagged on the photo is not the post's author.
//
// Public scrapers read a photo's user tags from `<div class="_aa1y"><a href="/username/"></a></div>`
// (code index file 11116992156, instaharvest's post_data.py: "Always in: <div class="_aa1y"><a
// href="/username/"></a></div>", waited for as `state='attached'` right after the page loads, no
// click) and say they are in the page before any click: "Ils sont DEJA dans le DOM sans clic … scale=0
// -> pas de texte visible mais le href est accessible" (code index file 71011045977). The same
// scraper's tests write the tag with its username as text: `<div class="_aa1y"><a href="/user1/">
// user1</a></div>` (code index file 61004351501). A post page puts the media before the header
// (post-ja.html: the `_aatk` media column, then the header with the author's links), so a tag is the
// first profile link of the post. Each case is post-ja.html or feed-en.html with one such tag put in
// the post's media box (after `div._aagw`, inside `div._aagu`), in each of those two forms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instagramAdapter as adapter } from '@/lib/platforms/instagram';
import type { AdapterContext, PostReading } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/instagram', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale });

const TAG_FORMS = [
  [
    'without text (instaharvest post_data.py)',
    (user: string) => `<div class="_aa1y"><a href="/${user}/"></a></div>`,
  ],
  [
    'with the username as text (instaharvest tests)',
    (user: string) => `<div class="_aa1y"><a href="/${user}/">${user}</a></div>`,
  ],
] as const;

/** The fixture with `tag` put after the first post's `div._aagw` (the media box's last child). */
function withTag(name: string, tag: string): Document {
  const source = html(name);
  const at = '<div class="_aagw"></div>';
  expect(source.indexOf(at)).toBeGreaterThan(-1);
  return parse(source.replace(at, at + tag));
}

function readByCode(doc: Document, c: AdapterContext, code: string): PostReading | null {
  return (
    adapter
      .findPosts(doc)
      .map((el) => adapter.readPost(el, c))
      .find((r) => r?.postId === code) ?? null
  );
}

describe('instagram: a user tag on the photo is not the author', () => {
  it.each(TAG_FORMS)('post page, tag %s: author kyoto.kissa, not the tagged ken.roastery', (_form, tag) => {
    const doc = withTag('post-ja.html', tag('ken.roastery'));
    // The tag is inside the media, before every link of the header.
    const first = doc.querySelector('article a[href]');
    expect(first?.getAttribute('href')).toBe('/ken.roastery/');
    expect(first?.closest('._aagu')).not.toBeNull();
    const r = readByCode(doc, ctx('https://www.instagram.com/p/C4jaPo5tKyo/', 'ja'), 'C4jaPo5tKyo');
    expect(r?.author).toEqual({ handle: 'kyoto.kissa', name: 'kyoto.kissa' });
    // the rest of the reading is as without the tag
    expect(r).toMatchObject({ likes: 1234, publishedAt: '2025-03-06T02:00:00.000Z' });
  });

  it.each(TAG_FORMS)('feed, tag %s: author maya.bakes (the header comes first)', (_form, tag) => {
    const doc = withTag('feed-en.html', tag('ken.roastery'));
    const r = readByCode(doc, ctx('https://www.instagram.com/', 'en'), 'C4xYz12AbCd');
    expect(r?.author).toEqual({ handle: 'maya.bakes', name: 'maya.bakes' });
  });
});
