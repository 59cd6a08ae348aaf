// Mastodon, on any instance: timeline statuses, the focused status of a thread and account
// headers. Pages are recognised by markup (mastodon-detect.ts). Classes are the same in every UI
// language; buttons are told apart by their icon, as their titles are translated.
// Fixtures: tests/fixtures/mastodon (see SOURCES.md there).

import type { AdapterContext, Count, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, httpsUrl, isoDate, postTextOf, queryFirst, textOf } from '../dom';
import { counterValue, snowflakeDate, statValue, wholeCount } from './counts';
import { fullAcct, isMastodonPage, localDomain } from './detect';

// Selectors, newest first; the fixture proving each is named beside it.
const STATUS = ['div.status[data-id]']; // profile-en.html, explore-de.html, thread-ja.html, profile-pt-BR.html
const DETAILED = ['div.detailed-status']; // thread-ja.html
const ACTION_BAR = ['.status__action-bar']; // all fixtures
const DETAILED_BAR = ['.detailed-status__action-bar']; // thread-ja.html
const DETAILED_WRAPPER = ['.detailed-status__wrapper']; // thread-ja.html
const REPLY_ICON = [
  '.icon-reply, .icon-reply-all', // profile-en.html, explore-de.html (material SVG icons, 4.2+)
  '.fa-reply, .fa-reply-all', // profile-pt-BR.html (Font Awesome, up to 4.1)
];
const BOOST_ICON = [
  '.icon-retweet', // explore-de.html
  '.fa-retweet', // profile-pt-BR.html
];
const FAVOURITE_BUTTON = ['button.star-icon']; // explore-de.html, profile-pt-BR.html
const PERMALINK = [
  'a.status__relative-time', // profile-en.html, explore-de.html, profile-pt-BR.html
  'a.detailed-status__datetime', // thread-ja.html
];
const AUTHOR_LINK = [
  '.status__info a.status__display-name', // profile-en.html, explore-de.html, profile-pt-BR.html
  'a.detailed-status__display-name', // thread-ja.html
];
const NAME = ['.display-name__html']; // all fixtures
const TIME = [
  'a.status__relative-time time[datetime]', // profile-en.html, explore-de.html, profile-pt-BR.html
  'a.detailed-status__datetime time[datetime]', // none yet: 4.3 prints the focused post's date as text
];
const CONTENT = ['.status__content__text', '.status__content']; // all fixtures
const REBLOGS_STAT = ['.detailed-status__reblogs']; // thread-ja.html
const FAVOURITES_STAT = ['.detailed-status__favorites']; // thread-ja.html
// 4.5: "12 boosts · 3 quotes · 34 favorites" (features/status/components/detailed_status.tsx)
const QUOTES_STAT = ['.detailed-status__quotes'];
const ACCOUNT_SHOWN = ['.display-name__account']; // all fixtures: "@kenji@mastodon.social"
// Account header
const HEADER = ['.account__header']; // profile-en.html, profile-pt-BR.html
const FOLLOWERS_LINK = [
  '.account__header__extra__links a[href$="/followers"]', // profile-en.html, profile-pt-BR.html
  'a[href$="/followers"]',
];
const HEADER_NAME = [
  '.account__header__tabs__name h1 .display-name__html',
  '.account__header__tabs__name h1',
];

const STATUS_PATH = /^\/@([^/]+)\/(\d+)\/?$/;
const ACCT_PATH = /^\/@([^/]+)(?:\/|$)/;

// A quoted post (Mastodon 4.4+) is a status drawn inside the quoting one, with its own permalink,
// author, date and counters: the host's parts are those whose nearest status is the host itself.
const OWNER = '.status, .detailed-status';

/** The first element of el's own (not a quoted status's) matching an alternative, in order. */
function ownFirst(el: Element, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    for (const found of Array.from(el.querySelectorAll(sel))) {
      if (found.closest(OWNER) === el) return found;
    }
  }
  return null;
}

function button(bar: Element | null, icons: readonly string[]): Element | null {
  if (!bar) return null;
  for (const icon of icons) {
    const found = bar.querySelector(icon)?.closest('button');
    if (found && bar.contains(found)) return found;
  }
  return null;
}

/** The acct a profile link's URL names (its /@acct path), decoded; null for anything else. */
function acctOf(u: URL | null): string | null {
  const m = u ? ACCT_PATH.exec(u.pathname) : null;
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

const sameHost = (u: URL | null, base: URL) =>
  !!u && u.hostname.toLowerCase() === base.hostname.toLowerCase();

/**
 * The author's acct from their link. Mastodon links to /@acct on this instance; glitch-soc links
 * to the profile on the author's own server (account.url, "https://fosstodon.org/@bob"), whose path
 * names no domain: the account is then the one the name shows ("@bob@fosstodon.org"), else the
 * user at that server, never a user of this instance.
 */
function authorAcct(link: Element | null, base: URL): string | null {
  const u = httpsUrl(link?.getAttribute('href'), base);
  const acct = acctOf(u);
  if (!acct || !u || acct.includes('@') || sameHost(u, base)) return acct;
  const shown = textOf(link ? queryFirst(link, ACCOUNT_SHOWN) : null).replace(/^@/, '');
  return shown.includes('@') ? shown : `${acct}@${u.hostname.toLowerCase()}`;
}

/** The focused post's reposts: boosts plus quotes where the meta line shows quotes (4.5), as the
 * timelines' boost counter counts them (components/status/boost_button.tsx). */
function focusedReposts(el: Element, locale: string): Count {
  const boosts = statValue(ownFirst(el, REBLOGS_STAT), locale);
  const quotesEl = ownFirst(el, QUOTES_STAT);
  if (boosts === null || !quotesEl) return boosts;
  const quotes = statValue(quotesEl, locale);
  return quotes === null ? null : boosts + quotes;
}

function readStatus(el: Element, ctx: AdapterContext): PostReading | null {
  const detailed = el.matches(DETAILED.join(','));
  const link = ownFirst(el, PERMALINK);
  const permalink = httpsUrl(link?.getAttribute('href'), ctx.url);
  // Status ids are this instance's: glitch-soc links the focused post's date to its own server's
  // URL (status.url), whose id is that server's, so only a link on this host names the id.
  const localLink = sameHost(permalink, ctx.url) ? permalink : null;
  const id = detailed
    ? (STATUS_PATH.exec(localLink?.pathname ?? '')?.[2] ?? STATUS_PATH.exec(ctx.url.pathname)?.[2])
    : el.getAttribute('data-id');
  if (!id || !/^\d+$/.test(id)) return null;
  const authorLink = ownFirst(el, AUTHOR_LINK);
  const acct = authorAcct(authorLink, ctx.url);
  const handle = fullAcct(acct, localDomain(el, ctx.url));
  if (!acct || !handle) return null;
  const host = ctx.url.hostname.toLowerCase();
  const url = permalink?.href ?? `https://${host}/@${acct}/${id}`;
  const { locale } = ctx;
  const bar = detailed ? null : ownFirst(el, ACTION_BAR);
  return {
    platform: 'mastodon',
    // Status ids are per instance: the same id on two servers is two different posts.
    postId: `${id}@${host}`,
    url,
    author: { handle, name: textOf(authorLink ? queryFirst(authorLink, NAME) : null) || null },
    publishedAt: isoDate(ownFirst(el, TIME)?.getAttribute('datetime')) ?? snowflakeDate(id),
    text: excerpt(postTextOf(ownFirst(el, CONTENT))),
    // Timelines show boost and favourite counters only where Mastodon passes withCounters
    // (explore); the focused post shows them in its meta line and no reply count at all.
    likes: detailed
      ? statValue(ownFirst(el, FAVOURITES_STAT), locale)
      : counterValue(bar ? queryFirst(bar, FAVOURITE_BUTTON) : ownFirst(el, FAVOURITE_BUTTON), locale),
    comments: detailed ? null : counterValue(button(bar, REPLY_ICON), locale),
    reposts: detailed ? focusedReposts(el, locale) : counterValue(button(bar, BOOST_ICON), locale),
    saves: null, // Mastodon never shows how often a post was bookmarked
    views: null,
  };
}

export const mastodonReader: PageReader = {
  matches(url, root) {
    return url.protocol === 'https:' && isMastodonPage(root);
  },

  findPosts(root) {
    const found = Array.from(root.querySelectorAll(`${STATUS.join(',')},${DETAILED.join(',')}`));
    // A quoted post inside a status is part of that status, not a post of its own here.
    return found.filter((el) => !el.parentElement?.closest('.status, .detailed-status'));
  },

  readPost: readStatus,

  readProfile(root, ctx): ProfileReading | null {
    const header = queryFirst(root, HEADER);
    const link = header ? queryFirst(header, FOLLOWERS_LINK) : null;
    if (!header || !link) return null;
    const handle = fullAcct(
      acctOf(httpsUrl(link.getAttribute('href'), ctx.url)),
      localDomain(header, ctx.url),
    );
    if (!handle) return null;
    // The link's title is the exact count in the page's locale ("12,345"); the text is short.
    const title = link.getAttribute('title') ?? link.parentElement?.getAttribute('title');
    const followers = wholeCount(title, ctx.locale) ?? wholeCount(textOf(link), ctx.locale);
    const nameEl = queryFirst(header, HEADER_NAME);
    const name = nameEl?.matches('h1') ? textOf(nameEl.firstElementChild) : textOf(nameEl);
    return { platform: 'mastodon', handle, name: name || null, followers };
  },

  badgeAnchor(el) {
    // The focused post's action bar is a sibling of its outer wrapper (features/status/index.jsx).
    if (el.matches(DETAILED.join(',')))
      return queryFirst(el.closest(DETAILED_WRAPPER.join(',')) ?? el, DETAILED_BAR);
    return ownFirst(el, ACTION_BAR);
  },
};
