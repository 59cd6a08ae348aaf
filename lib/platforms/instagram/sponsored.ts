// Is an Instagram post an ad? Instagram prints a "Sponsored" label "where the time stamp normally
// would be" (Instagram's announcement of ads, quoted by digitaltrends.com), in the post's header
// under the author's name (feed-en.html, feed-de.html). The same word in a caption, a comment or a
// username is the user's text, not the label: only the header is searched.

import { textOf } from '../dom';
import { profileHandle } from './links';
import { pathOf } from './path';

// Lower case, without white space: promoted() relies on both.
// Korean and Chinese as an ad blocker reads them (code index file 38829510406).
const SPONSORED_WORDS = [
  'sponsored',
  'gesponsert',
  '広告',
  'patrocinado',
  'sponsorisé',
  'publicidad',
  '광고',
  '贊助',
  '赞助',
];
const SPONSORED = new Set(SPONSORED_WORDS);
// Any of the words in any case. Every character whose lower case is a word's letter (A-Z, É, the
// letters themselves) matches it here, so a text with a leaf that reads as a word always matches.
const SPONSORED_ANYWHERE = new RegExp(SPONSORED_WORDS.join('|'), 'i');

// The parts of a post past its header: a block holding one of them is more than the header.
const PAST_HEADER = [
  // the action bar <section> and the likes line's <section>, below the media in the feed and below
  // the comments on a post page (feed-en.html, post-ja.html)
  'section',
  // a post page's caption and comments: <ul class="_a9z6 _a9za"><div role="button"><li>… (post-ja.html)
  'ul',
].join(', ');

// Links whose text people chose: a location or hashtag (/explore/…) or a reel's audio.
const PEOPLES_PAGES = /^\/(?:explore|reels\/audio|audio)\//;
const namedByPeople = (path: string) => profileHandle(path) !== null || PEOPLES_PAGES.test(path);

/** The author's first profile link: the header's avatar link (scanLinks takes the author from it). */
function authorLink(post: Element): Element | null {
  const links = post.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) {
    const a = links[i]!;
    if (profileHandle(pathOf(a.getAttribute('href')))) return a;
  }
  return null;
}

/**
 * The post's header: the largest block around the author's avatar link that holds none of the
 * post's other parts. In the feed the header comes before the media, on a post page after it
 * (feed-en.html, post-ja.html): climbing from the avatar finds it either way. A post with no
 * profile link is all header when it has none of those parts either, else it has no header to read.
 */
function header(post: Element): Element | null {
  const avatar = authorLink(post);
  if (!avatar) return post.querySelector(PAST_HEADER) ? null : post;
  let block = avatar;
  let up = avatar.parentElement;
  while (up && up !== post && !up.querySelector(PAST_HEADER)) {
    block = up;
    up = up.parentElement;
  }
  return block;
}

export function promoted(post: Element): boolean {
  // A label is a leaf's whole text, so the post's text holds it too: a post that says none of the
  // words anywhere (nearly every post) is done with one read of its text.
  if (!SPONSORED_ANYWHERE.test(post.textContent ?? '')) return false;
  const head = header(post);
  if (!head) return false;
  for (const el of Array.from(head.querySelectorAll('span, div, a'))) {
    if (el.childElementCount > 0 || !SPONSORED.has(textOf(el).toLowerCase())) continue;
    // The username ("sponsored" is a handle like any other) links to its profile, a place or a
    // reel's audio (names anyone can give) to /explore/locations/… or /reels/audio/…; the label
    // links to none of them.
    const link = el.closest('a');
    if (!link || !namedByPeople(pathOf(link.getAttribute('href')))) return true;
  }
  return false;
}
