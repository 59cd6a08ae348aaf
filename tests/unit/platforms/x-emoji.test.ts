// X shows each emoji as an <img> whose alt is the emoji: the post text and names keep them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { xAdapter as adapter } from '@/lib/platforms/x';
import { savedPageParser } from '../fixtures/saved-pages';

const html = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/x', name), 'utf8');
const parseAt = savedPageParser();
const parse = (source: string): Document => parseAt(source, 'https://x.com/home');
const HOME = { url: new URL('https://x.com/home'), locale: 'en' };

// X draws every emoji as an image whose alt is the emoji itself, beside the text's spans. Markup as
// a saved X page shows it (public capture found with find_string "draggable=\"false\" src=\"https://
// abs-0.twimg.com/": `<img alt="🌍" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/
// 1f30d.svg" title="Earth globe europe-africa" class="r-4qtqp9 r-dflpy8 r-sjv1od r-zw8f10 r-10akycc
// r-h9hxbl">`; a public userscript quotes the same form: `<img alt="🌟" draggable="false"
// src="https://abs-0.twimg.com/emoji/v2/svg/1f31f.svg" class="css-9pa8cd">`).
const emoji = (char: string, code: string, title: string) =>
  `<img alt="${char}" draggable="false" src="https://abs-0.twimg.com/emoji/v2/svg/${code}.svg" title="${title}" class="r-4qtqp9 r-dflpy8 r-sjv1od r-zw8f10 r-10akycc r-h9hxbl">`;
const ROCKET = emoji('🚀', '1f680', 'Rocket');
const FLAG = emoji('🇺🇸', '1f1fa-1f1f8', 'Flag of United States');

describe('x: emoji in a post are kept', () => {
  it("keeps the emoji of the post's text, where the post shows them", () => {
    const source = html('x-tweet-sample.html').replace(
      'r-poiln3">Democrat Shutdown Jeopardizes America\'s Skies</span>',
      `r-poiln3">Democrat Shutdown Jeopardizes America's Skies </span>${FLAG}<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3"> Now </span>${ROCKET}`,
    );
    expect(source).not.toBe(html('x-tweet-sample.html'));
    const doc = parse(source);
    const [post] = adapter.findPosts(doc);
    // what the post reads: "Democrat Shutdown Jeopardizes America's Skies 🇺🇸 Now 🚀"
    expect(adapter.readPost(post!, HOME)?.text).toBe(
      "Democrat Shutdown Jeopardizes America's Skies 🇺🇸 Now 🚀",
    );
  });

  it("keeps the emoji of the author's display name", () => {
    const source = html('x-tweet-sample.html').replace(
      '<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Test User Account</span>',
      `<span class="css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3">Test User Account </span>${FLAG}`,
    );
    expect(source).not.toBe(html('x-tweet-sample.html'));
    const [post] = adapter.findPosts(parse(source));
    expect(adapter.readPost(post!, HOME)?.author.name).toBe('Test User Account 🇺🇸');
  });
});
