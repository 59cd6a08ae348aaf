// LinkedIn in French: the reposts item says "N republications". A French LinkedIn scraper reads the
// repost count from exactly that text (code index file 46202528800: soup.find("span",
// text=re.compile("republications")) on [data-view-name='feed-full-update'] cards, beside the
// French UI's "Commenter" button). The item is feed-en.html's reposts item (azntaiji/web-scraper,
// sample_data/standard_post.html), only its words changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from '@/lib/platforms/linkedin';

const html = readFileSync(join(process.cwd(), 'tests/fixtures/linkedin/feed-en.html'), 'utf8');
const MAYA = '7304791877222445658';

function readReposts(label: string, text: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const post = adapter.findPosts(doc).find((el) => el.getAttribute('data-urn')?.endsWith(MAYA))!;
  const button = post.querySelector('button[aria-label^="12 reposts"]')!;
  button.setAttribute('aria-label', label);
  const span = Array.from(button.querySelectorAll('span')).find(
    (s) => s.textContent?.trim() === '12 reposts',
  );
  if (span) span.textContent = text;
  return adapter.readPost(post, { url: new URL('https://www.linkedin.com/feed/'), locale: 'fr' })!;
}

describe('LinkedIn reposts in French', () => {
  it('reads "12 republications"', () => {
    expect(
      readReposts('12 republications de la publication de Maya Lindqvist', '12 republications').reposts,
    ).toBe(12);
  });

  it('reads "1 republication"', () => {
    expect(readReposts('1 republication', '1 republication').reposts).toBe(1);
  });

  it('still reads nothing for an item that names no repost', () => {
    expect(readReposts('12 enregistrements', '12 enregistrements').reposts).toBeNull();
  });
});
