// LinkedIn: home feed, company pages and a person's activity pages. A post is the card carrying
// its activity URN; its id also encodes when it was posted (the top 41 bits are Unix ms).
import type { AdapterContext, PageReader, PostReading, ProfileReading } from '../../types';
import { excerpt, queryFirst, textOf } from '../dom';
import { firstActor, followerCount, isPromoted, linkedInHandle, readActor } from './actor';
import { countsBar, readLinkedInCounts } from './counts';

const POSTS = [
  // <div class="feed-shared-update-v2 …" role="region" data-urn="urn:li:activity:…">
  // (feed-en.html, company-ja.html, activity-pt-BR.html; feed-de.html inside its data-id wrapper)
  '[data-urn^="urn:li:activity:"]',
  // <div data-id="urn:li:activity:…" class="relative ember-view"> wrapper of the newer feed, and
  // cards that carry data-id only (feed-de.html)
  '[data-id^="urn:li:activity:"]',
];

const TEXT = [
  // <div class="update-components-text relative update-components-update-v2__commentary">
  // (all linkedin fixtures; the first one is the post's, a reshared post's text comes later)
  '.update-components-update-v2__commentary',
  '.update-components-text',
];

const ACTION_BAR = [
  // <div class="feed-shared-social-action-bar …"> (feed-en.html: post without counts)
  '.feed-shared-social-action-bar',
];

const ORG_NAME = [
  // <h1 class="ember-view org-top-card-summary__title …" title="Relevance AI"> (company-ja.html)
  'h1.org-top-card-summary__title',
];

const ORG_INFO = [
  // <div class="org-top-card-summary-info-list__info-item">21K  followers</div> (company-ja.html)
  '.org-top-card-summary-info-list__info-item',
];

function activityId(el: Element): string | null {
  const urn = el.getAttribute('data-urn') ?? el.getAttribute('data-id') ?? '';
  return urn.match(/^urn:li:activity:(\d{6,25})$/)?.[1] ?? null;
}

/** Activity ids are snowflakes: the time of posting is in their top bits. */
function activityDate(id: string): string | null {
  const ms = Number(BigInt(id) >> 22n);
  // Anything before LinkedIn existed or in the future is not a timestamp id.
  if (ms < Date.UTC(2003, 0, 1) || ms > Date.now() + 86_400_000) return null;
  return new Date(ms).toISOString();
}

function postText(post: Element): string {
  const el = queryFirst(post, TEXT);
  if (!el) return '';
  // Screen-reader prefixes ("hashtag") would otherwise be glued to the visible words.
  const copy = el.cloneNode(true) as Element;
  for (const hidden of Array.from(copy.querySelectorAll('.visually-hidden'))) hidden.remove();
  return excerpt(textOf(copy));
}

function readPost(el: Element, ctx: AdapterContext): PostReading | null {
  const id = activityId(el);
  if (!id) return null;
  const actor = firstActor(el);
  const counts = readLinkedInCounts(el, ctx.locale);
  const text = postText(el);
  // A wrapper LinkedIn has not rendered yet (occludable-update) holds nothing to read.
  if (!actor && !text && !counts.bar) return null;
  return {
    platform: 'linkedin',
    postId: id,
    url: `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
    author: readActor(actor, ctx.locale),
    publishedAt: activityDate(id),
    text,
    likes: counts.likes,
    comments: counts.comments,
    reposts: counts.reposts,
    saves: null,
    views: null,
    promoted: isPromoted(actor),
  };
}

function findPosts(root: ParentNode): Element[] {
  const all = Array.from(root.querySelectorAll(POSTS.join(', ')));
  // The newer feed puts the same URN on a wrapper and on the card inside it: keep the card.
  return all.filter((el) => {
    const id = activityId(el);
    if (!id) return false;
    return !el.querySelector(`[data-urn="urn:li:activity:${id}"], [data-id="urn:li:activity:${id}"]`);
  });
}

function readProfile(root: ParentNode, ctx: AdapterContext): ProfileReading | null {
  const handle = linkedInHandle(ctx.url.href);
  if (!handle?.includes('/')) return null; // company, school and showcase pages only
  const h1 = queryFirst(root, ORG_NAME);
  if (!h1) return null;
  let followers: number | null = null;
  for (const item of Array.from(root.querySelectorAll(ORG_INFO.join(', ')))) {
    followers = followerCount(textOf(item), ctx.locale);
    if (followers !== null) break;
  }
  const name = h1.getAttribute('title')?.trim() || textOf(h1) || null;
  return { platform: 'linkedin', handle, name, followers };
}

export const linkedinReader: PageReader = {
  matches(url) {
    return url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
  },
  findPosts,
  readPost,
  readProfile,
  badgeAnchor(el) {
    return countsBar(el) ?? queryFirst(el, ACTION_BAR) ?? el;
  },
};
