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

/** The distinct hashtags and mentions of one post's text, in order of first use. */
export function extractTags(text: string): TagUse[] {
  // A text without a sign holds no tag: nothing to take links out of or to match.
  if (!SIGN.test(text)) return [];
  const clean = text.replace(LINK, ' ');
  const seen = new Set<string>();
  const out: TagUse[] = [];
  const add = (kind: TagKind, sign: string, body: string) => {
    const written = body.normalize('NFC');
    const key = sign + written.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, key, text: sign + written });
  };
  for (const m of clean.matchAll(HASHTAG)) if (HAS_LETTER.test(m[1]!)) add('hashtag', '#', m[1]!);
  for (const m of clean.matchAll(MENTION)) add('mention', '@', m[1]!);
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
  casings: Map<string, number>;
}

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

export function buildTopicReport(
  rows: readonly TopicInput[],
  minSample = DEFAULT_TAG_MIN_SAMPLE,
): TopicReport {
  const need = sampleSize(minSample, DEFAULT_TAG_MIN_SAMPLE);
  const byKey = new Map<string, Acc>();
  let untagged = 0;
  for (const r of rows) {
    const tags = extractTags(r.text ?? '');
    if (tags.length === 0) untagged++;
    for (const t of tags) {
      let acc = byKey.get(t.key);
      if (!acc) {
        acc = { kind: t.kind, posts: 0, ers: [], velocities: [], casings: new Map() };
        byKey.set(t.key, acc);
      }
      acc.posts++;
      if (finite(r.er)) acc.ers.push(r.er);
      if (finite(r.velocity)) acc.velocities.push(r.velocity);
      acc.casings.set(t.text, (acc.casings.get(t.text) ?? 0) + 1);
    }
  }
  const topics = [...byKey].map(([key, a]): TopicStat => {
    let label = key;
    let most = 0;
    // Map keeps insertion order, so among equal counts the first casing seen wins.
    for (const [casing, n] of a.casings)
      if (n > most) {
        label = casing;
        most = n;
      }
    return {
      kind: a.kind,
      key,
      label,
      posts: a.posts,
      withEr: a.ers.length,
      medianEr: median(a.ers),
      withVelocity: a.velocities.length,
      medianVelocity: median(a.velocities),
      rated: a.ers.length >= need,
    };
  });
  topics.sort(compareTopics);
  return { minSample: need, topics, postsRead: rows.length, untagged };
}

function compareTopics(a: TopicStat, b: TopicStat): number {
  if (a.rated !== b.rated) return a.rated ? -1 : 1;
  if (a.rated && b.rated && a.medianEr !== b.medianEr) return b.medianEr! - a.medianEr!;
  return b.posts - a.posts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
