// French (and other locales) group a number's digits with a no-break space: YouTube writes
// 1234567 views as "1 234 567 vues" (CLDR fr: U+202F). Read with its white space folded, the text
// said "1 234 567 vues" with plain spaces, and the views pattern (which takes no plain space inside
// a number, so that a title's "Studio 54" is not read into "54 123 views") kept only "567".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { youtubeAdapter as adapter } from '@/lib/platforms/youtube';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/youtube', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('YouTube views grouped with no-break spaces', () => {
  // The 2023 watch layout (watch-de.html) has no #view-count aria-label; once the description is
  // expanded, #info shows the exact count. After in-app navigation the page's player JSON still
  // describes the first video opened, so #info is what is left to read.
  it.each([
    ['narrow no-break spaces (fr)', `1${NNBSP}234${NNBSP}567${NBSP}vues`, 1_234_567],
    ['no-break spaces', `1${NBSP}234${NBSP}567${NBSP}vues`, 1_234_567],
    ['one group', `17${NNBSP}458${NBSP}vues`, 17_458],
  ])('the watch page reads %s as the whole count', (_, shown, views) => {
    const source = html('watch-de.html')
      .replace('lang="de-DE"', 'lang="fr-FR"')
      .replace('1,2 Mio. Aufrufe', shown)
      .replace('"videoId":"Kx9BrOt2dE5"', '"videoId":"AnotherVid1"');
    expect(source).toContain(shown);
    expect(source).toContain('"videoId":"AnotherVid1"');
    const post = adapter.findPosts(parse(source))[0]!;
    const r = adapter.readPost(post, ctx('https://www.youtube.com/watch?v=Kx9BrOt2dE5', 'fr-FR'));
    expect(r?.postId).toBe('Kx9BrOt2dE5');
    expect(r?.views).toBe(views);
  });

  it('a grid item whose label holds no count reads its metadata line whole', () => {
    const label =
      'aria-label="Eric Maskin - An Introduction to Mechanism Design by Warwick Economics Summit 17,458 views 10 years ago 1 hour, 4 minutes"';
    const source = html('home-en.html')
      .replaceAll(label, 'aria-label="Eric Maskin - An Introduction to Mechanism Design"')
      .replace('>17K views<', `>17${NNBSP}458${NBSP}vues<`);
    expect(source).not.toContain(label);
    expect(source).toContain(`17${NNBSP}458`);
    const r = adapter
      .findPosts(parse(source))
      .map((el) => adapter.readPost(el, ctx('https://www.youtube.com/', 'fr-FR')))
      .find((x) => x?.postId === 'XSVoeETsEc1');
    expect(r?.views).toBe(17_458);
  });

  it('a title number before a plainly spaced count is still not read into it', () => {
    // The reason the pattern takes no plain space: "Studio 54 123 views" is 123 views.
    const source = html('watch-de.html')
      .replace('lang="de-DE"', 'lang="en"')
      .replace('1,2 Mio. Aufrufe', 'Studio 54 123 views')
      .replace('"videoId":"Kx9BrOt2dE5"', '"videoId":"AnotherVid1"');
    const post = adapter.findPosts(parse(source))[0]!;
    const r = adapter.readPost(post, ctx('https://www.youtube.com/watch?v=Kx9BrOt2dE5', 'en'));
    expect(r?.views).toBe(123);
  });
});
