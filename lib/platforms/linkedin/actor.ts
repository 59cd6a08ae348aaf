// The header of a LinkedIn post: who posted it, their follower count when the header shows one
// (company pages and creators outside your network), and the "Promoted" label of ads.

import { parseCount } from '../../parse-count';
import type { AuthorRef, Count } from '../../types';
import { queryFirst, textOf } from '../dom';

const ACTOR = [
  // <div class="update-components-actor display-flex"> (all linkedin fixtures); the first one is
  // the post's own, a reshared post's actor comes later inside update-components-mini-update-v2
  '.update-components-actor',
];

const NAME = [
  // 2024 <span dir="ltr"><span aria-hidden="true">Name</span>… (feed-de.html, activity-pt-BR.html)
  // and 2023 <span aria-hidden="true"><span dir="ltr">Name</span></span> (feed-en.html)
  '.update-components-actor__name span[aria-hidden="true"]',
];

const LINK = [
  // <a class="app-aware-link  update-components-actor__meta-link" href="…/in/slug?miniProfileUrn=…">
  // (feed-en.html, feed-de.html, company-ja.html, activity-pt-BR.html)
  'a.update-components-actor__meta-link',
  // avatar link, same href (feed-en.html, post with a trimmed meta block)
  'a.update-components-actor__image',
];

const DESCRIPTION = [
  // <span class="update-components-actor__description"><span aria-hidden="true">12,345 followers</span>
  // (feed-en.html, feed-de.html, company-ja.html)
  '.update-components-actor__description span[aria-hidden="true"]',
];

const SUB_DESCRIPTION = [
  // <span class="update-components-actor__sub-description"><span aria-hidden="true">Promoted</span>
  // (feed-en.html, feed-de.html, company-ja.html, activity-pt-BR.html)
  '.update-components-actor__sub-description span[aria-hidden="true"]',
];

// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const FOLLOWER_WORDS = ['follower', 'フォロワー', 'seguidor', 'abonné', 'seguidores'];
// LinkedIn's ad labels, lower-cased: a sub-description part that is one, alone or followed by the
// paying company ("Promoted by Acme": a Thought Leader ad; "Sponsorisé par …", "Promosso da …").
// "Promoted" and "Sponsored" are LinkedIn's English labels (linkedin.com/help/lms/answer/a421454);
// the rest are the labels LinkedIn shows per language as EasyList's LinkedIn rule lists them
// (easylist/easylist, easylist/easylist_specific_hide_abp.txt; issue #14024) and as a LinkedIn
// ad blocker matches them exactly (Hogwai/LinkedinSponsorBlock, its CONFIG.DETECTION.SPONSORED
// keywords, code index file 53784604897). プロモーション, promovido, promocionado, gesponsert and
// sponsorisé are in both.
// i18n-ignore: page text to match (words the platform's page shows, not PostLens's UI)
const AD_LABELS = [
  'promoted',
  'sponsored',
  'anzeige',
  'gesponsert',
  'post sponsorisé',
  'sponsorisé',
  'promocionado',
  'patrocinado',
  'promovido',
  'promovida',
  'post sponsorizzato',
  'promosso',
  'gepromoot',
  'promoveret',
  'promotert',
  'marknadsfört',
  'mainostettu',
  'treść promowana',
  'promowane',
  'propagováno',
  'propagace',
  'promovat',
  'kiemelt',
  'dipromosikan',
  'nai-promote',
  'öne çıkarılan içerik',
  'tanıtılan içerik',
  'продвигается',
  'просувається',
  'προωθημένη',
  'ממומן',
  'الترويج',
  'được quảng bá',
  'ได้รับการโปรโมท',
  'プロモーション',
  '프로모션',
  '광고',
  '广告',
  '推广',
  '促銷內容',
  '贊助',
];

// An href whose path the URL parser leaves as written: path-absolute or on www.linkedin.com, in
// plain characters (no dot segments, escapes, backslashes or white space) up to its end, "?" or
// "#". LinkedIn writes its profile links so; anything else goes through the parser.
const PLAIN_HANDLE_HREF =
  /^(?:https:\/\/www\.linkedin\.com)?\/(in|company|school|showcase)\/([A-Za-z0-9_-]+)(?:\/[A-Za-z0-9_/-]*)?(?:[?#]|$)/;
const HANDLE_PATH = /^\/(in|company|school|showcase)\/([^/]+)/;

/** "/in/jane-doe/" → "jane-doe"; "/company/acme/posts/" → "company/acme". */
export function linkedInHandle(href: string | null): string | null {
  if (!href) return null;
  const plain = PLAIN_HANDLE_HREF.exec(href);
  if (plain?.[1] && plain[2]) return plain[1] === 'in' ? plain[2] : `${plain[1]}/${plain[2]}`;
  try {
    const path = new URL(href, 'https://www.linkedin.com').pathname;
    const m = path.match(HANDLE_PATH);
    if (!m?.[1] || !m[2]) return null;
    const slug = decodeURIComponent(m[2]);
    return m[1] === 'in' ? slug : `${m[1]}/${slug}`;
  } catch {
    return null;
  }
}

/** A follower count when the text is only that ("12,345 followers", "フォロワー21,500人"); a
 * headline that merely mentions followers ("Helped 3 brands reach 1M followers") is not one. */
export function followerCount(text: string, locale: string): Count {
  const lower = text.toLowerCase();
  const word = FOLLOWER_WORDS.find((w) => lower.includes(w));
  if (!word) return null;
  const at = lower.indexOf(word);
  // Without the word: Japanese glues the number to it ("フォロワー21,500人"), which would make the
  // digits read as part of a word.
  const number = `${text.slice(0, at)} ${text.slice(at + word.length)}`;
  const rest = number
    .toLowerCase()
    .replace(/s\b/, '')
    .replace(/[\d\s.,:：·\u00a0\u202f]/g, '');
  return rest.length <= 4 ? parseCount(number, locale) : null;
}

/** A handle linkedInHandle gives for a company, school or showcase page, not a person. */
const ORGANIZATION = /^(?:company|school|showcase)\//;

const EXACT_ATTRS = ['aria-label', 'title'];

/**
 * The follower count an element shows, exact where the page gives one: an aria-label or title on
 * it or inside it ("7,896 followers", or the bare "7,896" behind a visible "8K followers") before
 * the visible, maybe rounded, text. An exact figure far from the visible one is not its label.
 */
export function exactFollowers(el: Element, locale: string): Count {
  const shown = followerCount(textOf(el), locale);
  for (const node of [el, ...Array.from(el.querySelectorAll('[aria-label], [title]'))]) {
    for (const attr of EXACT_ATTRS) {
      const label = node.getAttribute(attr)?.trim();
      if (!label) continue;
      const worded = followerCount(label, locale);
      const exact =
        worded ??
        (shown !== null && /^[\d\s.,\u00a0\u202f]+$/.test(label) ? parseCount(label, locale) : null);
      if (exact === null) continue;
      if (shown === null || Math.abs(exact - shown) <= shown * 0.1) return exact;
    }
  }
  return shown;
}

export function isPromoted(actor: Element | null): boolean {
  const sub = actor ? queryFirst(actor, SUB_DESCRIPTION) : null;
  if (!sub) return false;
  // A part that is a label ("Promoted", "Post sponsorisé") or starts with one and a space:
  // "Promoted by <Company>" of a Thought Leader ad (an employee's post their company pays to show),
  // "Promocionado por …". A label's words must all be there: "Post" alone is no ad.
  return (sub.textContent ?? '').split('•').some((part) => {
    const p = part.trim().replace(/\s+/g, ' ').toLowerCase();
    return AD_LABELS.some((l) => p === l || p.startsWith(`${l} `));
  });
}

export function firstActor(post: Element): Element | null {
  return queryFirst(post, ACTOR);
}

export function readActor(actor: Element | null, locale: string): AuthorRef {
  if (!actor) return { handle: null, name: null };
  const name = textOf(queryFirst(actor, NAME)) || null;
  const handle = linkedInHandle(queryFirst(actor, LINK)?.getAttribute('href') ?? null);
  // A company's description is LinkedIn's "12,345 followers"; a person's is the headline they
  // write themselves ("1M followers" if they like), so only an organization's is read as a count.
  const organization = handle !== null && ORGANIZATION.test(handle);
  const description = organization ? textOf(queryFirst(actor, DESCRIPTION)) : '';
  const followers = description ? followerCount(description, locale) : null;
  return followers === null ? { handle, name } : { handle, name, followers };
}
