// "What to post about": the hashtags and mentions in post text, and how the posts using each fared.
// Pure: regular expressions and medians only.
//
// What counts as a tag, and why:
// - A hashtag is # (or the full-width ＃) and Unicode letters, marks, digits or underscores with at
//   least one letter (#MarketingTips, #café, #日本, #2024goals). All-digit ones (#1, #2024) are
//   skipped: X and Instagram do not link them, so they are rankings and issue numbers, not topics.
// - A mention is @handle, where a handle may hold inner dots and hyphens (@john.doe on Instagram,
//   @name.bsky.social on Bluesky) and may carry a server (@user@mastodon.social on Mastodon).
// - Neither counts when glued to a word, a slash or another sign before it: that is an e-mail
//   address (a@b.com), a URL fragment (example.com/#anchor) or an HTML entity (&#39;). Links
//   (http…, www.…) are taken out first, so nothing inside one counts either.
// - Case is ignored when grouping (#AI and #ai are one tag), shown in its most used casing; a tag
//   used twice in one post counts once for that post.

import { median } from '../metrics';
import type { PostRow } from '../queries';
import { sampleSize } from './timing';

export type TagKind = 'hashtag' | 'mention';

/** Fewest posts with an ER before a tag is ranked. */
export const DEFAULT_TAG_MIN_SAMPLE = 3;

const LINK = /(?:\bhttps?:\/\/|\bwww\.)\S*/giu;
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#＃@])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;
const MENTION =
  /(?<![\p{L}\p{M}\p{N}_.+\-@/#＃])@([\p{L}\p{M}\p{N}_]+(?:[.-][\p{L}\p{M}\p{N}_]+)*(?:@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+)?)/gu;

export interface TagUse {
  kind: TagKind;
  /** The grouping key: kind sign + NFC lower case ('#ai', '@user@mastodon.social'). */
  key: string;
  /** As written in the post, with its sign ('#AI'). */
  text: string;
}

const SIGN = /[#＃@]/;
/** What every link LINK takes out holds: a text without either has no link to take out. */
const LINK_PART = /:\/\/|www\./i;

/**
 * Calls `found` with the body of each hashtag (with a letter) and then of each mention in `text`,
 * in order, repeats included. exec on the shared patterns, not matchAll: matchAll copies the
 * pattern and walks its matches through the iterator protocol, which took twice exec's time over
 * the bench's 10,000 posts in node. Each loop runs until exec finds nothing, which leaves
 * lastIndex at 0 again; so `found` must not scan a text itself.
 */
function eachTag(text: string, found: (kind: TagKind, body: string) => void): void {
  // A text without a sign holds no tag: nothing to take links out of or to match.
  if (!SIGN.test(text)) return;
  const clean = LINK_PART.test(text) ? text.replace(LINK, ' ') : text;
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(clean); m !== null; m = HASHTAG.exec(clean))
    if (HAS_LETTER.test(m[1]!)) found('hashtag', m[1]!);
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(clean); m !== null; m = MENTION.exec(clean)) found('mention', m[1]!);
}

/** A tag as written: its sign and NFC form, and the grouping key (that in lower case). */
function tagUse(kind: TagKind, body: string): TagUse {
  const sign = kind === 'hashtag' ? '#' : '@';
  const written = body.normalize('NFC');
  return { kind, key: sign + written.toLowerCase(), text: sign + written };
}

/** The distinct hashtags and mentions of one post's text, in order of first use. */
export function extractTags(text: string): TagUse[] {
  const seen = new Set<string>();
  const out: TagUse[] = [];
  eachTag(text, (kind, body) => {
    const use = tagUse(kind, body);
    if (seen.has(use.key)) return;
    seen.add(use.key);
    out.push(use);
  });
  return out;
}

export interface TopicStat {
  kind: TagKind;
  key: string;
  /** The casing used by the most posts (the first seen among equals). */
  label: string;
  /** Posts using the tag. */
  posts: number;
  /** Of those, the posts with an ER: what the median ER and the sample rest on. */
  withEr: number;
  medianEr: number | null;
  /** Posts with a velocity (two readings at least). */
  withVelocity: number;
  medianVelocity: number | null;
  /** withEr reaches the minimum sample. */
  rated: boolean;
}

export interface TopicReport {
  minSample: number;
  /** Rated tags by median ER (best first), then the rest by posts. */
  topics: TopicStat[];
  /** Posts read, and how many of them had neither a hashtag nor a mention. */
  postsRead: number;
  untagged: number;
}

export type TopicInput = Pick<PostRow, 'text' | 'er' | 'velocity'>;

interface Acc {
  kind: TagKind;
  posts: number;
  ers: number[];
  velocities: number[];
  /** Posts per casing, in the order each casing was first counted. */
  casings: Map<string, Casing>;
  /** The last post counted (its index), so a tag used twice in one post counts once. */
  lastPost: number;
}
interface Casing {
  text: string;
  posts: number;
}
/** One body as a post spelt it, worked out once per report: its tag's accumulator and casing. */
interface Spelling {
  acc: Acc;
  text: string;
  /** Set when first counted (not when first met: the casings keep the order they are counted in). */
  casing: Casing | null;
}

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

export function buildTopicReport(
  rows: readonly TopicInput[],
  minSample = DEFAULT_TAG_MIN_SAMPLE,
): TopicReport {
  const need = sampleSize(minSample, DEFAULT_TAG_MIN_SAMPLE);
  const byKey = new Map<string, Acc>();
  // Each body met once is normalized, lower-cased and looked up by key once: the same few tags
  // fill most posts, and doing it per use was most of the report's time.
  const spellings: Record<TagKind, Map<string, Spelling>> = { hashtag: new Map(), mention: new Map() };
  let untagged = 0;
  let post = 0;
  let tagged = false;
  let er: number | null = null;
  let velocity: number | null = null;
  const count = (kind: TagKind, body: string) => {
    let spelling = spellings[kind].get(body);
    if (!spelling) {
      const use = tagUse(kind, body);
      let acc = byKey.get(use.key);
      if (!acc) {
        acc = { kind, posts: 0, ers: [], velocities: [], casings: new Map(), lastPost: -1 };
        byKey.set(use.key, acc);
      }
      spelling = { acc, text: use.text, casing: null };
      spellings[kind].set(body, spelling);
    }
    tagged = true;
    const acc = spelling.acc;
    if (acc.lastPost === post) return;
    acc.lastPost = post;
    acc.posts++;
    if (er !== null) acc.ers.push(er);
    if (velocity !== null) acc.velocities.push(velocity);
    if (!spelling.casing) {
      spelling.casing = acc.casings.get(spelling.text) ?? { text: spelling.text, posts: 0 };
      acc.casings.set(spelling.text, spelling.casing);
    }
    spelling.casing.posts++;
  };
  for (; post < rows.length; post++) {
    const r = rows[post]!;
    tagged = false;
    er = finite(r.er) ? r.er : null;
    velocity = finite(r.velocity) ? r.velocity : null;
    eachTag(r.text ?? '', count);
    if (!tagged) untagged++;
  }
  const topics: TopicStat[] = [];
  byKey.forEach((a, key) => {
    let label = key;
    let most = 0;
    // Map keeps insertion order, so among equal counts the first casing counted wins.
    a.casings.forEach((c) => {
      if (c.posts > most) {
        label = c.text;
        most = c.posts;
      }
    });
    topics.push({
      kind: a.kind,
      key,
      label,
      posts: a.posts,
      withEr: a.ers.length,
      medianEr: median(a.ers),
      withVelocity: a.velocities.length,
      medianVelocity: median(a.velocities),
      rated: a.ers.length >= need,
    });
  });
  topics.sort(compareTopics);
  return { minSample: need, topics, postsRead: rows.length, untagged };
}

function compareTopics(a: TopicStat, b: TopicStat): number {
  if (a.rated !== b.rated) return a.rated ? -1 : 1;
  if (a.rated && b.rated && a.medianEr !== b.medianEr) return b.medianEr! - a.medianEr!;
  return b.posts - a.posts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
