// Facebook adapter (lib/platforms/facebook/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as adapter } from '@/lib/platforms/facebook';
import { handleFromUrl } from '@/lib/platforms/facebook/links';
import type { AdapterContext } from '@/lib/types';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/facebook', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const NOW = Date.parse('2025-03-11T16:00:00Z');
const ctx = (url: string, locale: string): AdapterContext => ({ url: new URL(url), locale, now: NOW });

// An account without a username has an address that names it by its id: /people/<Name>/<id>/ and
// /p/<Name>-<id>/. Public code holds both as people's Facebook links (found with find_string:
// "https://www.facebook.com/people/Blacky-Domino/100079510762644/",
// "https://www.facebook.com/p/Moi-Sushi-Pokepowl-100076334504958/",
// "https://www.facebook.com/people/Troos-Bouw/pfbid02mzgVYbe8DtqCVUW8Gu2NAk5bhdB7QAfE8g1fA43yLXcMGoFjUs2U2zWom1eVh2DUl/").
// "people" and "p" are Facebook's own path words, no account: every such account would share them.
describe('facebook: accounts addressed by id (/people/…/<id>/, /p/…-<id>/)', () => {
  it.each([
    ['https://www.facebook.com/people/Blacky-Domino/100079510762644/', '100079510762644'],
    ['https://web.facebook.com/people/Trajectra/61575689502633', '61575689502633'],
    ['https://www.facebook.com/p/Moi-Sushi-Pokepowl-100076334504958/', '100076334504958'],
    ['https://www.facebook.com/p/H%C3%B4tel-Palais-Royal-100062925625062/', '100062925625062'],
    // no number to name the account by: no handle rather than a shared one
    [
      'https://www.facebook.com/people/Troos-Bouw/pfbid02mzgVYbe8DtqCVUW8Gu2NAk5bhdB7QAfE8g1fA43yLXcMGoFjUs2U2zWom1eVh2DUl/',
      null,
    ],
  ])('%s names account %s', (url, handle) => {
    expect(handleFromUrl(new URL(url))).toBe(handle);
  });

  it('gives two posts by two such accounts two authors, not one "people"', () => {
    // feed-en.html: posts 1 and 3 link their author as /orbitdaily?… and /brightsidesolar?…
    const source = html('feed-en.html')
      .replaceAll(
        'https://www.facebook.com/orbitdaily?',
        'https://www.facebook.com/people/Orbit-Daily/100079510762644/?',
      )
      .replaceAll(
        'https://www.facebook.com/brightsidesolar?',
        'https://www.facebook.com/p/Brightside-Solar-100076334504958/?',
      );
    expect(source).not.toBe(html('feed-en.html'));
    const c = ctx('https://www.facebook.com/', 'en');
    const readings = adapter.findPosts(parse(source)).map((el) => adapter.readPost(el, c));
    expect(readings[0]?.author).toEqual({ handle: '100079510762644', name: 'Orbit Daily' });
    expect(readings[2]?.author).toEqual({ handle: '100076334504958', name: 'Brightside Solar' });
  });

  it('reads the header of a page opened at its /people/ address under its id', () => {
    // page-de.html's header, its followers link in the profile.php form (as facebook.test.ts does)
    const source = html('page-de.html').replace(
      '/baeckerei.sonnenschein/followers/',
      '/profile.php?id=100077788899900&amp;sk=followers',
    );
    const c = ctx('https://www.facebook.com/people/Baeckerei-Sonnenschein/100077788899900/', 'de');
    expect(adapter.readProfile(parse(source), c)).toMatchObject({
      handle: '100077788899900',
      followers: 12487,
    });
  });
});
