// LinkedIn profile headers: a person's top card (/in/<vanity>/) and a company's (/company/<slug>/),
// each read only from cards that link to the account the address names.
import type { AdapterContext, Count, ProfileReading } from '../../types';
import { textOf } from '../dom';
import { exactFollowers, linkedInHandle } from './actor';

const ORG_NAME = [
  // <h1 class="ember-view org-top-card-summary__title …" title="Relevance AI"> (company-ja.html)
  'h1.org-top-card-summary__title',
];

const ORG_INFO = [
  // <div class="org-top-card-summary-info-list__info-item">21K  followers</div> (company-ja.html)
  '.org-top-card-summary-info-list__info-item',
];

const PERSON_NAME = [
  // <h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">Elena Marsh</h1>
  // (profile-en.html, profile-de.html)
  'h1.text-heading-xlarge',
];

// Where a person's profile shows their follower count, newest first; each holds the count and
// the word only ("12,345 followers"), which followerCount insists on.
const PERSON_FOLLOWERS = [
  // Activity card header: <p class="… pvs-header__optional-link text-body-small"><span
  // aria-hidden="true"><a …><strong>12,345 followers</strong></a></span><span class=
  // "visually-hidden">…</span></p>; the Analytics card's "Private to you" shares the class
  // (profile-en.html)
  '.pvs-header__optional-link > span[aria-hidden="true"]',
  // top card list: <ul class="pv-top-card--list pv-top-card--list-bullet …"><li class="text-body-small
  // t-black--light inline-block"><a href="/feed/followers/"><span class="t-bold">1.713</span> Follower
  // (profile-de.html); the next item holds the connections
  '.pv-top-card--list-bullet > li',
];

/**
 * Does el's card (its <section>) link to this account? The top card's "Contact info" link
 * /in/<vanity>/overlay/contact-info/ (profile-en.html, profile-de.html), the Activity card's "Show
 * all activity" /in/<vanity>/recent-activity/all/ (profile-en.html), a company's tabs
 * /company/<slug>/posts/ (company-ja.html). After single-page navigation the address names the new
 * profile while the old cards are still shown; theirs link to the old one and are not read.
 */
function inOwnCard(el: Element, handle: string): boolean {
  const card = el.closest('section');
  const want = handle.toLowerCase();
  return (
    !!card &&
    Array.from(card.querySelectorAll('a[href]')).some(
      (a) => linkedInHandle(a.getAttribute('href'))?.toLowerCase() === want,
    )
  );
}

/** The first element matching a selector (alternatives in order) in a card of this account that
 * reads as a follower count. */
function firstFollowers(
  root: ParentNode,
  selectors: readonly string[],
  handle: string,
  locale: string,
): Count {
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      const n = exactFollowers(el, locale);
      if (n !== null && inOwnCard(el, handle)) return n;
    }
  }
  return null;
}

/** The account's own heading: the first h1 (alternatives in order) in a card of this account. */
function ownHeading(root: ParentNode, selectors: readonly string[], handle: string): Element | null {
  return Array.from(root.querySelectorAll(selectors.join(','))).find((h) => inOwnCard(h, handle)) ?? null;
}

export function readProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const handle = linkedInHandle(ctx.url.href);
  if (!handle) return null;
  if (!handle.includes('/')) {
    // a person: /in/<vanity>/ shows a top card with the name as its h1; the activity pages do not
    const h1 = ownHeading(root, PERSON_NAME, handle);
    if (!h1) return null;
    const followers = firstFollowers(root, PERSON_FOLLOWERS, handle, ctx.locale);
    return { platform: 'linkedin', handle, name: textOf(h1) || null, followers };
  }
  const h1 = ownHeading(root, ORG_NAME, handle);
  if (!h1) return null;
  const followers = firstFollowers(root, ORG_INFO, handle, ctx.locale);
  const name = h1.getAttribute('title')?.trim() || textOf(h1) || null;
  return { platform: 'linkedin', handle, name, followers };
}
