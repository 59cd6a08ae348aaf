// "What to post about": the hashtags and mentions in post text, and how the posts using each fared.
// Pure: medians only; the tags come from extract-tags.ts.

import { chooseBasis, type ErPref, type ErRates, erOn, leadBasis, median } from '../metrics';
import type { PostRow } from '../queries';
import type { ErBasis } from '../types';
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
  /** Of those, the posts with an ER on the report's basis: what the median ER and the sample rest on. */
  withEr: number;
  medianEr: number | null;
  /** Posts with a velocity (two readings at least). */
  withVelocity: number;
  /** Their median, whatever their number: the table shows it once withVelocity reaches the minimum sample. */
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
  /**
   * The one basis every tag's median ER is on (er-basis.ts), chosen over the tagged posts: the
   * table ranks tags against each other. Null when no tagged post has an ER.
   */
  erBasis: ErBasis | null;
}

// The engagement is optional: an ER (on either basis) or a velocity also says the post showed its
// interactions.
export type TopicInput = Pick<PostRow, 'text' | 'velocity'> & ErRates & Partial<Pick<PostRow, 'engagement'>>;

interface Acc {
  kind: TagKind;
  posts: number;
  withCounts: number;
  /** The posts' ERs on each basis: the report's basis is known only once every post is read. */
  ers: Record<ErBasis, number[]>;
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

/** `pref` is Settings' ER choice the rows were made with; without it, it is read from the rows. */
export function buildTopicReport(
  rows: readonly TopicInput[],
  minSample = DEFAULT_TAG_MIN_SAMPLE,
  pref?: ErPref,
): TopicReport {
  const need = sampleSize(minSample, DEFAULT_TAG_MIN_SAMPLE);
  const byKey = new Map<string, Acc>();
  // Each body met once is normalized, lower-cased and looked up by key once: the same few tags
  // fill most posts, and doing it per use was most of the report's time.
  const spellings: Record<TagKind, Map<string, Spelling>> = { hashtag: new Map(), mention: new Map() };
  let untagged = 0;
  let post = 0;
  let tagged = false;
  let byViews: number | null = null;
  let byFollowers: number | null = null;
  let velocity: number | null = null;
  let shown = false;
  const count = (kind: TagKind, body: string) => {
    let spelling = spellings[kind].get(body);
    if (!spelling) {
      const use = tagUse(kind, body);
      let acc = byKey.get(use.key);
      if (!acc) {
        acc = {
          kind,
          posts: 0,
          withCounts: 0,
          ers: { views: [], followers: [] },
          velocities: [],
          casings: new Map(),
          lastPost: -1,
        };
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
    if (byViews !== null) acc.ers.views.push(byViews);
    if (byFollowers !== null) acc.ers.followers.push(byFollowers);
    if (velocity !== null) acc.velocities.push(velocity);
    if (!spelling.casing) {
      spelling.casing = acc.casings.get(spelling.text) ?? { text: spelling.text, posts: 0 };
      acc.casings.set(spelling.text, spelling.casing);
    }
    spelling.casing.posts++;
  };
  // Of the tagged posts: whether any has an ER on each basis, and the first with both (its ER is
  // the lead's, when `pref` is not given).
  const any: Record<ErBasis, boolean> = { views: false, followers: false };
  let tells: TopicInput | null = null;
  for (; post < rows.length; post++) {
    const r = rows[post]!;
    tagged = false;
    byViews = erOn(r, 'views');
    byFollowers = erOn(r, 'followers');
    velocity = finite(r.velocity) ? r.velocity : null;
    shown = byViews !== null || byFollowers !== null || velocity !== null || finite(r.engagement ?? null);
    eachTag(r.text ?? '', count);
    if (!tagged) {
      untagged++;
      continue;
    }
    if (byViews !== null) any.views = true;
    if (byFollowers !== null) any.followers = true;
    if (tells === null && byViews !== null && byFollowers !== null && r.erBasis) tells = r;
  }
  const basis = chooseBasis(leadBasis(pref, tells === null ? [] : [tells]), any);
  const none: number[] = [];
  const topics: TopicStat[] = [];
  byKey.forEach((a, key) => {
    const ers = basis === null ? none : a.ers[basis];
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
      withEr: ers.length,
      medianEr: median(ers),
      withVelocity: a.velocities.length,
      medianVelocity: median(a.velocities),
      rated: ers.length >= need,
    });
  });
  topics.sort(compareTopics);
  return { minSample: need, topics, postsRead: rows.length, untagged, erBasis: basis };
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
