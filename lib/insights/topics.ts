// "What to post about": the hashtags and mentions in post text, and how the posts using each fared.
// Pure: medians only; the tags come from extract-tags.ts.

import { median } from '../metrics';
import type { PostRow } from '../queries';
import { eachTag, type TagKind, tagUse } from './extract-tags';
import { comparableEr, sampleSize } from './timing';

export { extractTags, type TagKind, type TagUse } from './extract-tags';

/** Fewest posts with an ER before a tag is ranked. */
export const DEFAULT_TAG_MIN_SAMPLE = 3;

export interface TopicStat {
  kind: TagKind;
  key: string;
  /** The casing used by the most posts (the first seen among equals). */
  label: string;
  /** Posts using the tag. */
  posts: number;
  /**
   * Of those, the posts that show their interactions (their engagement, or an ER or a velocity,
   * which rest on it): with none, no ER or velocity can be had, whatever the followers or views.
   */
  withCounts: number;
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

// The engagement is optional: an ER or a velocity also says the post showed its interactions.
export type TopicInput = Pick<PostRow, 'text' | 'er' | 'velocity'> & Partial<Pick<PostRow, 'engagement'>>;

interface Acc {
  kind: TagKind;
  posts: number;
  withCounts: number;
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
  let shown = false;
  const count = (kind: TagKind, body: string) => {
    let spelling = spellings[kind].get(body);
    if (!spelling) {
      const use = tagUse(kind, body);
      let acc = byKey.get(use.key);
      if (!acc) {
        acc = { kind, posts: 0, withCounts: 0, ers: [], velocities: [], casings: new Map(), lastPost: -1 };
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
    if (shown) acc.withCounts++;
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
    shown = er !== null || velocity !== null || finite(r.engagement ?? null);
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
      withCounts: a.withCounts,
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

/** Rated first, by median ER as it reads (a float sum's 15.000000000000002% is 15%), then by posts. */
function compareTopics(a: TopicStat, b: TopicStat): number {
  if (a.rated !== b.rated) return a.rated ? -1 : 1;
  if (a.rated && b.rated) {
    const ea = comparableEr(a.medianEr!);
    const eb = comparableEr(b.medianEr!);
    if (ea !== eb) return eb - ea;
  }
  return b.posts - a.posts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
