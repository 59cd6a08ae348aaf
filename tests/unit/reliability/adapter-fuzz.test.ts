// Every adapter over 1,000 damaged versions of its real fixtures: elements removed, attributes
// changed, text garbled, nodes duplicated, moved and emptied. Whatever the markup, an adapter
// must not throw into the page and must never report a negative or non-finite count (a wrong
// number is worse than none). Each fixture is parsed once; each iteration damages one post (or an
// element outside the posts, where profile headers live) in place, reads what the content script
// would read, and undoes the damage (mutate-dom.test.ts proves the undo exact).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageLocale } from '@/lib/parse-count/page-locale';
import { ADAPTERS } from '@/lib/platforms/adapters';
import type { AdapterContext, Count, PlatformAdapter, PostReading } from '@/lib/types';
import { COUNT_FIELDS } from '@/lib/types';
import { type Mutation, mutateOnce, pick, prng, type Undo } from './mutate-dom';

const ITERATIONS = 1_000;
const SEED = 0x5eed_1e45;
const FIXTURES = join(process.cwd(), 'tests/fixtures');

/** The page each saved page was (or could have been) read from; the adapter sees this URL. */
const PAGE_URL: Record<string, string> = {
  'x/x-tweet-sample.html': 'https://x.com/TestUser123/status/1981398750557065646',
  'x/x-profile-en.html': 'https://x.com/perceptnet',
  'x/x-profile-ja.html': 'https://x.com/perceptnet',
  'reddit/old-reddit-front.html': 'https://old.reddit.com/',
  'reddit/old-reddit-thread.html':
    'https://old.reddit.com/r/nottheonion/comments/1vr826t/woman_dies_comes_back_to_life_gets_parking_ticket/',
  'reddit/shreddit-comments.html':
    'https://www.reddit.com/r/mildlyinfuriating/comments/1vrqi5a/how_cooked_the_uk_is_right_now/',
  'youtube/watch-en.html': 'https://www.youtube.com/watch?v=dQw4w9WgXc1',
  'youtube/watch-de.html': 'https://www.youtube.com/watch?v=dQw4w9WgXc1',
  'youtube/channel-pt-BR.html': 'https://www.youtube.com/@nasa',
  'mastodon/profile-en.html': 'https://mastodon.social/@alice',
  'mastodon/thread-ja.html': 'https://mastodon.social/@kenji/114108310514044143',
  'mastodon/explore-de.html': 'https://social.example.org/explore/posts',
  'mastodon/profile-pt-BR.html': 'https://mastodon.example.com.br/@joana',
};

const HOME: Record<PlatformAdapter['id'], string> = {
  x: 'https://x.com/home',
  reddit: 'https://www.reddit.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  instagram: 'https://www.instagram.com/',
  youtube: 'https://www.youtube.com/',
  tiktok: 'https://www.tiktok.com/foryou',
  facebook: 'https://www.facebook.com/',
  threads: 'https://www.threads.net/',
  bluesky: 'https://bsky.app/',
  mastodon: 'https://mastodon.social/explore',
};

interface Page {
  file: string;
  doc: Document;
  ctx: AdapterContext;
  posts: Element[];
  /** Small elements outside every post: headers, counters, navigation. */
  others: Element[];
}

/** Elements outside the posts with at most `max` descendants, found in one walk. */
function smallOutside(doc: Document, posts: Element[], max = 60): Element[] {
  const inPost = new Set(posts);
  const out: Element[] = [];
  const walk = (el: Element, inside: boolean): number => {
    const within = inside || inPost.has(el);
    let n = 0;
    for (const c of el.children) n += 1 + walk(c, within);
    if (!within && n <= max && el !== doc.body) out.push(el);
    return n;
  };
  walk(doc.body, false);
  return out;
}

function load(adapter: PlatformAdapter): Page[] {
  const dir = join(FIXTURES, adapter.id);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = `${adapter.id}/${name}`;
      const doc = new DOMParser().parseFromString(readFileSync(join(dir, name), 'utf8'), 'text/html');
      const ctx = { url: new URL(PAGE_URL[file] ?? HOME[adapter.id]), locale: pageLocale(doc) };
      const posts = adapter.findPosts(doc);
      return { file, doc, ctx, posts, others: smallOutside(doc, posts) };
    });
}

const badCount = (v: Count | undefined): boolean =>
  v !== null && v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0);

function badFields(r: PostReading): string[] {
  const out: string[] = COUNT_FIELDS.filter((f) => badCount(r[f])).map((f) => `${f}=${String(r[f])}`);
  if (badCount(r.author.followers)) out.push(`author.followers=${String(r.author.followers)}`);
  return out;
}

interface Outcome {
  thrown: string[];
  badCounts: string[];
  readings: number;
  mutations: Partial<Record<Mutation, number>>;
}

/** How often an iteration reads the whole page rather than the damaged part (slow on a big saved page). */
const WHOLE_PAGE_EVERY = 50;

/** One iteration: damage a post or another element, read everything the content script would. */
function iterate(adapter: PlatformAdapter, page: Page, rand: () => number, i: number, out: Outcome) {
  const usePost = page.posts.length > 0 && (page.others.length === 0 || rand() < 0.75);
  const target = usePost ? pick(rand, page.posts) : pick(rand, page.others);
  const undos: Undo[] = [];
  const steps = 1 + Math.floor(rand() * 6);
  for (let s = 0; s < steps; s++) {
    const { kind, undo } = mutateOnce(rand, target);
    undos.push(undo);
    out.mutations[kind] = (out.mutations[kind] ?? 0) + 1;
  }
  const where = `${page.file} iteration ${i} (seed ${SEED})`;
  const read = (el: Element) => {
    adapter.badgeAnchor?.(el);
    const r = adapter.readPost(el, page.ctx);
    if (!r) return;
    out.readings++;
    const bad = badFields(r);
    if (bad.length > 0) out.badCounts.push(`${where}: ${r.postId} ${bad.join(', ')}`);
  };
  try {
    adapter.matches(page.ctx.url, page.doc);
    const whole = i % WHOLE_PAGE_EVERY === 0;
    const found = whole ? adapter.findPosts(page.doc) : [target, ...adapter.findPosts(target)];
    for (const el of new Set(found)) read(el);
    // Profile headers are outside the posts: read the page's when that is where the damage is.
    const profile = whole || !usePost ? adapter.readProfile(page.doc, page.ctx) : null;
    if (profile && badCount(profile.followers)) {
      out.badCounts.push(`${where}: profile followers=${String(profile.followers)}`);
    }
  } catch (e) {
    out.thrown.push(`${where}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    for (const undo of undos.reverse()) undo();
  }
}

describe('adapters on damaged markup', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    `%s: ${ITERATIONS} mutated fixtures never throw and never give a negative or non-finite count`,
    (_id, adapter) => {
      const pages = load(adapter);
      expect(pages.length).toBeGreaterThan(0);
      const rand = prng(SEED ^ adapter.id.length);
      const out: Outcome = { thrown: [], badCounts: [], readings: 0, mutations: {} };
      for (let i = 0; i < ITERATIONS; i++) iterate(adapter, pages[i % pages.length]!, rand, i, out);

      expect(out.thrown.slice(0, 3)).toEqual([]);
      expect(out.badCounts.slice(0, 5)).toEqual([]);
      // The damage was varied and the adapter still read posts through it: the run tested reading,
      // not just an early return on every page.
      expect(Object.keys(out.mutations)).toHaveLength(7);
      expect(out.readings).toBeGreaterThan(ITERATIONS / 4);
    },
    60_000,
  );
});

/**
 * Every run of digits where pages write counts (text, aria-label, title) made 400 digits long:
 * past any double. Links and ids keep theirs, so the posts are still found and read.
 */
function overflowDigits(doc: Document): void {
  const huge = (s: string) => s.replace(/\d+/g, '9'.repeat(400));
  for (const el of doc.body.querySelectorAll('[aria-label], [title]')) {
    for (const name of ['aria-label', 'title']) {
      const v = el.getAttribute(name);
      if (v && /\d/.test(v)) el.setAttribute(name, huge(v));
    }
  }
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) (c as Text).data = huge((c as Text).data);
      else walk(c);
    }
  };
  walk(doc.body);
}

describe('adapters on counts too large for a number', () => {
  it.each(ADAPTERS.map((a) => [a.id, a] as const))(
    '%s: 400-digit counts in labels and text never become Infinity',
    (_id, adapter) => {
      const bad: string[] = [];
      let read = 0;
      for (const page of load(adapter)) {
        overflowDigits(page.doc);
        for (const el of adapter.findPosts(page.doc)) {
          const r = adapter.readPost(el, page.ctx);
          if (r) read++;
          if (r && badFields(r).length > 0) bad.push(`${page.file} ${r.postId}: ${badFields(r).join(', ')}`);
        }
        const profile = adapter.readProfile(page.doc, page.ctx);
        if (profile && badCount(profile.followers)) bad.push(`${page.file} profile: ${profile.followers}`);
      }
      expect(bad.slice(0, 5)).toEqual([]);
      expect(read).toBeGreaterThan(0);
    },
    60_000,
  );
});
