// The bare baseline of figure 1: what reading the same posts costs with no robustness at all.
// One pass over the page, one hard-coded selector per thing, English labels only, no fallbacks,
// no alternatives, no quoted-post handling. It reads the post id and the five counts the adapters
// read for these fixture posts; the bench checks both agree before it compares their times.
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
      comments: int(post.getAttribute('comment-count')),
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

export const BASELINES: Record<BenchPlatform, (doc: Document) => BareReading[]> = {
  x: readX,
  reddit: readReddit,
  linkedin: readLinkedIn,
};
