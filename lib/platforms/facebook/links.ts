// Facebook permalinks: which post a link points at. Pure (URL parsing only), so it is tested
// without a page. Posts keep their ids in the path (/posts/<pfbid…|digits>), in story_fbid=,
// or, for videos, in /reel/, /videos/ and watch?v=.

export interface FacebookPermalink {
  id: string;
  /** Canonical https permalink without tracking parameters. */
  url: string;
  /** The page or profile the link belongs to, when the link says. */
  handle: string | null;
  /** 0 a post permalink, 1 a video or reel, 2 a photo. The adapter takes the post's own timestamp
   * link whatever its kind: a later link of a better kind may be a shared post's. */
  rank: number;
}

const HOST = /(^|\.)facebook\.com$/i;
const POST_ID = /^(pfbid[0-9A-Za-z]{10,}|\d{5,25})$/;
const RESERVED = new Set([
  'groups',
  'watch',
  'reel',
  'reels',
  'photo',
  'photo.php',
  'permalink.php',
  'story.php',
  'profile.php',
  'events',
  'marketplace',
  'gaming',
  'hashtag',
  'pages',
  'stories',
  'ads',
  'share',
  'login',
  'search',
  'friends',
  'bookmarks',
  'notifications',
  'messages',
  'settings',
  'people',
  'p',
]);

const FB = 'https://www.facebook.com';

function parse(href: string, base: string | URL): URL | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' && HOST.test(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

/** The page/profile slug a path starts with, or null for Facebook's own sections. */
export function handleFromUrl(u: URL): string | null {
  const segs = u.pathname.split('/');
  const first = segs[1] ?? '';
  // A member's link inside a group: /groups/<group>/user/<id>/
  if (first === 'groups' && segs[3] === 'user' && /^\d{5,25}$/.test(segs[4] ?? '')) return segs[4]!;
  if (first === 'profile.php')
    return /^\d{5,25}$/.test(u.searchParams.get('id') ?? '') ? u.searchParams.get('id') : null;
  // An account without a username: /people/<Name>/<id>/ and /p/<Name>-<id>/ name it by the id
  // that profile.php?id=<id> gives; "people" and "p" are no account's handle.
  if (first === 'people') return /^\d{5,25}$/.test(segs[3] ?? '') ? segs[3]! : null;
  if (first === 'p') return /-(\d{5,25})$/.exec(segs[2] ?? '')?.[1] ?? null;
  if (!first || RESERVED.has(first.toLowerCase())) return null;
  return /^[\w.-]{1,80}$/.test(first) ? first : null;
}

/** The post a link points at, or null when it is not a post link. */
export function facebookPermalink(
  href: string | null | undefined,
  base: string | URL,
): FacebookPermalink | null {
  if (!href) return null;
  const u = parse(href, base);
  if (!u) return null;
  const segs = u.pathname.split('/').filter(Boolean);
  const [a, b, c, d] = segs;
  const q = (k: string) => u.searchParams.get(k) ?? '';

  if (a === 'groups' && b && (c === 'posts' || c === 'permalink') && d && POST_ID.test(d)) {
    return { id: d, url: `${FB}/groups/${b}/posts/${d}/`, handle: null, rank: 0 };
  }
  if (a && !RESERVED.has(a.toLowerCase()) && b === 'posts' && c && POST_ID.test(c)) {
    return { id: c, url: `${FB}/${a}/posts/${c}`, handle: a, rank: 0 };
  }
  if ((a === 'permalink.php' || a === 'story.php') && POST_ID.test(q('story_fbid'))) {
    const owner = /^\d{5,25}$/.test(q('id')) ? q('id') : null;
    const url = `${FB}/permalink.php?story_fbid=${q('story_fbid')}${owner ? `&id=${owner}` : ''}`;
    return { id: q('story_fbid'), url, handle: owner, rank: 0 };
  }
  if ((a === 'reel' || a === 'reels') && b && /^\d{5,25}$/.test(b)) {
    return { id: b, url: `${FB}/reel/${b}`, handle: null, rank: 1 };
  }
  if (a && !RESERVED.has(a.toLowerCase()) && b === 'videos') {
    const id = [c, d].find((s) => s && /^\d{5,25}$/.test(s));
    if (id) return { id, url: `${FB}/${a}/videos/${id}/`, handle: a, rank: 1 };
  }
  if (a === 'watch' && /^\d{5,25}$/.test(q('v'))) {
    return { id: q('v'), url: `${FB}/watch/?v=${q('v')}`, handle: null, rank: 1 };
  }
  if ((a === 'photo' || a === 'photo.php') && /^\d{5,25}$/.test(q('fbid'))) {
    return { id: q('fbid'), url: `${FB}/photo/?fbid=${q('fbid')}`, handle: null, rank: 2 };
  }
  return null;
}
