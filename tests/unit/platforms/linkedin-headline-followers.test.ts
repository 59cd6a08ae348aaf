// A LinkedIn author's headline is their own text: only a company's (school's, showcase's) line
// under its name is LinkedIn's follower count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '@/lib/platforms/linkedin';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/linkedin', name), 'utf8');
const parse = (source: string) => new DOMParser().parseFromString(source, 'text/html');
const ctx = (locale: string) => ({ url: new URL('https://www.linkedin.com/feed/'), locale });

function readAll(source: string, locale: string) {
  const doc = parse(source);
  return adapter.findPosts(doc).map((el) => adapter.readPost(el, ctx(locale)));
}

describe('linkedin: a person’s headline is their own text, not a follower count', () => {
  it('does not read a headline of "1M followers" as the author’s followers (feed-en.html)', () => {
    // One string changed: Priya Raman's headline, which she writes herself.
    const source = html('feed-en.html').replaceAll(
      'Helped 3 brands reach 1M followers | Fractional CMO',
      '1M followers',
    );
    const r = readAll(source, 'en').find((x) => x?.postId === '7305131615846445843');
    expect(r?.author.handle).toBe('priya-raman');
    expect(r?.author.followers).toBeUndefined();
  });

  it('does not read a headline of "12.345 Follower" as the author’s followers (feed-de.html)', () => {
    // One string changed: Jonas Weber's headline.
    const source = html('feed-de.html').replaceAll('Produktmanager bei Brandt Logistik', '12.345 Follower');
    const r = readAll(source, 'de').find((x) => x?.author.handle === 'jonas-weber');
    expect(r).toBeDefined();
    expect(r?.author.followers).toBeUndefined();
  });

  it('still reads a company’s follower count from the same place (feed-en.html, feed-de.html)', () => {
    const en = readAll(html('feed-en.html'), 'en').find(
      (x) => x?.author.handle === 'company/northwind-analytics',
    );
    expect(en?.author.followers).toBe(12345);
    const de = readAll(html('feed-de.html'), 'de').find(
      (x) => x?.author.handle === 'company/brandt-logistik',
    );
    expect(de?.author.followers).toBe(12345);
  });
});
