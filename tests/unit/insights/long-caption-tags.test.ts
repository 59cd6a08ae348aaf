// A caption's hashtags and mentions often come last, after hundreds of characters (an Instagram
// caption runs to 2,200). The adapters kept 280 characters of a post's text, so those tags never
// reached the hashtag table and the post was counted as one "with none". The caption here is one
// post of the feed fixture with its text made long, as a user's caption is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTopicReport, extractTags } from '@/lib/insights';
import { instagramAdapter } from '@/lib/platforms/instagram';

const STORY =
  'Sunrise over the old harbour this morning. We walked the long way round, past the fish market ' +
  'and the blue boats, and stopped for coffee at the corner where the bakers start at four. ' +
  'The light was soft and gold for maybe ten minutes before the clouds came in from the west. ' +
  'Worth every minute of the early alarm, and the climb back up the hill afterwards. ';
const CAPTION = `${STORY}${STORY}Thanks for looking! #travel #photography @natgeo`;

function readLongCaption() {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/instagram/feed-en.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const ctx = { url: new URL('https://www.instagram.com/'), locale: 'en' };
  const post = instagramAdapter.findPosts(doc)[0]!;
  const caption = post.querySelector('span._ap3a._aacu')!;
  caption.textContent = CAPTION;
  return instagramAdapter.readPost(post, ctx)!;
}

it('keeps a long caption whole, up to its last tags', () => {
  expect(CAPTION.length).toBeGreaterThan(600);
  expect(readLongCaption().text).toBe(CAPTION);
});

it("counts the caption's closing hashtags and mention in the hashtag table", () => {
  const reading = readLongCaption();
  expect(extractTags(reading.text).map((t) => t.key)).toEqual(['#travel', '#photography', '@natgeo']);
  const report = buildTopicReport([{ text: reading.text, erViews: null, velocity: null }]);
  expect(report.untagged).toBe(0);
  expect(report.topics.map((t) => t.label).sort()).toEqual(['#photography', '#travel', '@natgeo']);
});
