// The bare baseline of figure 1: what reading the same posts costs with no robustness at all.
// One pass over the page, one hard-coded selector per thing, English labels only, no fallbacks,
// no alternatives, no quoted-post handling. It reads the post id and the five counts the adapters
// read for these fixture posts; the bench checks both agree before it compares their times.
import type { PostReading } from '../../../lib/types';
import type { BenchPlatform } from './platforms';

export interface BareReading {
  postId: string;
  likes: number | null;
  comments: number | null;
  reposts: number | null;
  saves: number | null;
  views: number | null;
}

const int = (s: string | null | undefined): number | null => {
  const digits = (s ?? '').replace(/[^\d]/g, '');
  return digits === '' ? null : Number(digits);
};

const X_WORDS: Record<string, keyof Omit<BareReading, 'postId'>> = {
  replies: 'comments',
  reply: 'comments',
  reposts: 'reposts',
  repost: 'reposts',
  likes: 'likes',
  like: 'likes',
  bookmarks: 'saves',
  bookmark: 'saves',
  views: 'views',
  view: 'views',
};

// X leaves zero counts out of the bar's label; a control that is there then reads 0.
const X_CONTROLS: Array<[keyof Omit<BareReading, 'postId'>, string]> = [
  ['comments', '[data-testid="reply"]'],
  ['reposts', '[data-testid="retweet"],[data-testid="unretweet"]'],
  ['likes', '[data-testid="like"],[data-testid="unlike"]'],
  ['saves', '[data-testid="bookmark"],[data-testid="removeBookmark"]'],
  ['views', 'a[href$="/analytics"]'],
];

function readX(doc: Document): BareReading[] {
  const out: BareReading[] = [];
  for (const post of doc.querySelectorAll('article[data-testid="tweet"]')) {
    const href = post.querySelector('a[href*="/status/"] > time')?.parentElement?.getAttribute('href') ?? '';
    const id = /\/status\/(\d+)/.exec(href)?.[1];
    if (!id) continue;
    const bar = post.querySelector('div[role="group"][aria-label]');
    const r: BareReading = {
      postId: id,
      likes: null,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
    };
    if (bar) {
      for (const [field, sel] of X_CONTROLS) if (bar.querySelector(sel)) r[field] = 0;
      for (const part of (bar.getAttribute('aria-label') ?? '').split(', ')) {
        const [n, word] = part.split(' ');
        const field = X_WORDS[word?.toLowerCase() ?? ''];
        if (field) r[field] = Number(n);
      }
    }
    out.push(r);
  }
  return out;
}

function readReddit(doc: Document): BareReading[] {
  const out: BareReading[] = [];
  for (const post of doc.querySelectorAll('shreddit-post, shreddit-ad-post')) {
    const score = post.getAttribute('score');
    const likes = score === null || score === '' ? null : Number(score);
    out.push({
      postId: post.id,
      likes: likes === null || likes < 0 ? null : likes,
      // An ad with comments turned off carries locked="" and comment-count="0": no count shown.
      comments:
        post.localName === 'shreddit-ad-post' &&
        post.hasAttribute('locked') &&
        post.getAttribute('comment-count') === '0'
          ? null
          : int(post.getAttribute('comment-count')),
      reposts: null,
      saves: null,
      views: null,
    });
  }
  return out;
}

function readLinkedIn(doc: Document): BareReading[] {
  const out: BareReading[] = [];
  for (const post of doc.querySelectorAll('[data-urn^="urn:li:activity:"]')) {
    const bar = post.querySelector('.social-details-social-counts');
    const r: BareReading = {
      postId: post.getAttribute('data-urn')!.slice('urn:li:activity:'.length),
      likes: null,
      comments: null,
      reposts: null,
      saves: null,
      views: null,
    };
    if (bar) {
      r.likes =
        int(bar.querySelector('.social-details-social-counts__social-proof-fallback-number')?.textContent) ??
        int(bar.querySelector('.social-details-social-counts__reactions button')?.getAttribute('aria-label'));
      r.comments = int(
        bar.querySelector('.social-details-social-counts__comments button')?.getAttribute('aria-label'),
      );
      for (const b of bar.querySelectorAll('li button[aria-label*="repost"]')) {
        r.reposts = int(b.getAttribute('aria-label'));
      }
    }
    out.push(r);
  }
  return out;
}

const empty = (postId: string): BareReading => ({
  postId,
  likes: null,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
});

// "1,234 likes", "1,233 others" ("Liked by x and 1,233 others" counts x too), "View all 56 comments";
// "Liked by x and others" (no number): the owner hid the count.
function readInstagram(doc: Document): BareReading[] {
  const out: BareReading[] = [];
  for (const post of doc.querySelectorAll('article')) {
    const link = post.querySelector('a[href^="/p/"], a[href^="/reel/"]')?.getAttribute('href') ?? '';
    const code = /^\/(?:p|reel)\/([^/]+)\//.exec(link)?.[1];
    if (!code) continue;
    const r = empty(code);
    const liked = post.querySelector('a[href$="/liked_by/"]');
    const likes = int(liked?.textContent);
    if (liked && likes !== null) {
      r.likes = liked.parentElement?.textContent?.startsWith('Liked by ') ? likes + 1 : likes;
    }
    r.comments = int(post.querySelector('a[href$="/comments/"]')?.textContent);
    out.push(r);
  }
  return out;
}

const SCALE: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9 };

/** "17,458 views", "1.2M views", "No views"; null for anything else ("1.2K watching"). */
function youtubeViews(text: string | null | undefined): number | null {
  if (!text) return null;
  if (text.includes('No views')) return 0;
  const m = /([\d.,]+)([KMB]?) views/.exec(text);
  return m ? Math.round(Number(m[1]!.replaceAll(',', '')) * SCALE[m[2]!]!) : null;
}

// Home grid items: the exact count in the title link's label, else the rounded one shown.
function readYouTube(doc: Document): BareReading[] {
  const out: BareReading[] = [];
  for (const item of doc.querySelectorAll('ytd-rich-item-renderer')) {
    const href = item.querySelector('a[href^="/watch?v="], a[href^="/shorts/"]')?.getAttribute('href') ?? '';
    const id = /^\/(?:watch\?v=|shorts\/)([\w-]{11})/.exec(href)?.[1];
    if (!id) continue; // an ad slot
    const r = empty(id);
    r.views = youtubeViews(item.querySelector('#video-title-link')?.getAttribute('aria-label'));
    for (const span of item.querySelectorAll('span[role="text"], #metadata-line > span')) {
      if (r.views !== null) break;
      r.views = youtubeViews(span.textContent);
    }
    out.push(r);
  }
  return out;
}

export const BASELINES: Record<BenchPlatform, (doc: Document) => BareReading[]> = {
  x: readX,
  reddit: readReddit,
  linkedin: readLinkedIn,
  instagram: readInstagram,
  youtube: readYouTube,
};

const COUNTS = ['likes', 'comments', 'reposts', 'saves', 'views'] as const;

/** Posts where the two readers disagree (should be none), as short descriptions. */
export function disagreements(adapter: PostReading[], bare: BareReading[]): string[] {
  const byId = new Map(bare.map((b) => [b.postId, b]));
  const out: string[] = [];
  for (const a of adapter) {
    const b = byId.get(a.postId);
    if (!b) out.push(`${a.postId}: baseline did not read it`);
    else {
      const diff = COUNTS.filter((f) => a[f] !== b[f]);
      if (diff.length > 0) out.push(`${a.postId}: ${diff.map((f) => `${f} ${a[f]}≠${b[f]}`).join(', ')}`);
    }
  }
  if (bare.length !== adapter.length) out.push(`baseline read ${bare.length}, adapter ${adapter.length}`);
  return out;
}
