// LinkedIn: a feed post drawn after the page is read. LinkedIn keeps an off-screen post as its
// wrapper alone, `<div data-id="urn:li:activity:…">` around an empty
// `<div class="occludable-update occludable-update-hint ember-view"><!----></div>`
// (feed-de.html's last post; mrWh1te/Botmation, libs/linkedin/src/lib/helpers/feed.ts), and fills
// it in when it scrolls near: the placeholder goes, the card comes, the card carrying the same URN
// in data-urn inside the wrapper (feed-de.html's first post, as LinkedIn draws it). The scanner
// took the empty wrapper for a post still loading; the placeholder's removal made it read the
// wrapper again, and the added card was found as a post too: one post sent from two elements, and
// drawn with two badges, one above the other, before the same counts bar.
//
// The card is feed-de.html's own first one, copied with the last post's URN, as LinkedIn draws
// each post of the feed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkedinAdapter } from '@/lib/platforms/linkedin';
import type { ScannedPost } from '@/lib/read/scanner';
import { driveScanner } from '../content/scanner-harness';

const FIRST = '7304440813977645880';
const OCCLUDED = '7305135390720046028';

const page = () =>
  new DOMParser().parseFromString(
    readFileSync(join(process.cwd(), 'tests/fixtures/linkedin/feed-de.html'), 'utf8'),
    'text/html',
  ).body.innerHTML;

function start() {
  document.body.innerHTML = page();
  const sent: ScannedPost[] = [];
  const { scanner, settle } = driveScanner({
    adapter: linkedinAdapter,
    context: () => ({ url: new URL('https://www.linkedin.com/feed/'), locale: 'de' }),
    onReadings: (changed) => sent.push(...changed),
  });
  scanner.start();
  return { sent, scanner, settle };
}

/** The occluded wrapper filled in as LinkedIn fills it: its placeholder replaced by a card. */
function fillIn() {
  const wrapper = document.querySelector(`[data-id="urn:li:activity:${OCCLUDED}"]`)!;
  const card = document
    .querySelector(`[data-id="urn:li:activity:${FIRST}"] > [data-view-name="feed-full-update"]`)!
    .outerHTML.replaceAll(FIRST, OCCLUDED)
    .replace(/id="ember(\d+)"/g, 'id="ember9$1"');
  wrapper.querySelector('.occludable-update')!.remove();
  wrapper.insertAdjacentHTML('afterbegin', card);
  return wrapper;
}

const which = (el: Element, card: Element, wrapper: Element) =>
  el === card ? 'card' : el === wrapper ? 'wrapper' : 'another element';

it('a post LinkedIn fills in is sent from one element, its card, as a read of the page finds it', async () => {
  const { sent, scanner, settle } = start();
  await settle();
  // The page's read: every post but the one not drawn yet.
  expect(sent.map((s) => s.reading.postId)).not.toContain(OCCLUDED);
  const before = sent.length;
  const wrapper = fillIn();
  await settle();
  const after = sent.slice(before).filter((s) => s.reading.postId === OCCLUDED);
  const card = wrapper.querySelector(`[data-urn="urn:li:activity:${OCCLUDED}"]`)!;
  // Found: the post now drawn is read, with its counts.
  expect(after.length).toBeGreaterThan(0);
  expect(after[0]!.reading.likes).not.toBeNull();
  // From the element a read of the whole page takes for it, and from that one only.
  expect(linkedinAdapter.findPosts(document)).toContain(card);
  expect(after.map((s) => which(s.el, card, wrapper))).toEqual(['card']);
  scanner.stop();
});
