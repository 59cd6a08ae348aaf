// matcherOf (lib/platforms/dom.ts) answers as `el.matches(selector)` does: by the element's name
// for a list of bare names, through `matches` for any other selector.
import { matcherOf } from '@/lib/platforms/dom';

const PAGE = `
  <shreddit-post id="t3_a"></shreddit-post>
  <shreddit-ad-post id="t3_b"></shreddit-ad-post>
  <shreddit-post-overflow-menu></shreddit-post-overflow-menu>
  <div class="thing link" id="t3_c"></div>
  <div class="shreddit-post"></div>
  <article data-testid="tweet"></article>
  <svg><shreddit-post></shreddit-post></svg>`;

const SELECTORS = [
  'shreddit-post',
  'shreddit-post,shreddit-ad-post',
  ' shreddit-ad-post , shreddit-post ',
  'div',
  'div.thing.link',
  'article[data-testid="tweet"]',
  'shreddit-post, div.thing.link',
  '.shreddit-post',
];

describe('matcherOf', () => {
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  it.each(SELECTORS)('%j answers as matches() for every element of the page', (selector) => {
    const matcher = matcherOf(selector);
    const all = [...document.body.querySelectorAll('*')];
    expect(all.map((el) => matcher(el))).toEqual(all.map((el) => el.matches(selector)));
    // The page holds at least one element each way, so a matcher answering always the same fails.
    expect(new Set(all.map((el) => matcher(el))).size).toBe(2);
  });

  it('answers a list of names by the name alone, without asking the selector engine', () => {
    const post = document.querySelector('shreddit-post')!;
    const matches = vi.spyOn(post, 'matches');
    expect(matcherOf('shreddit-post,shreddit-ad-post')(post)).toBe(true);
    expect(matcherOf('div.thing.link')(post)).toBe(false);
    expect(matches).toHaveBeenCalledTimes(1);
    expect(matches).toHaveBeenCalledWith('div.thing.link');
  });
});
