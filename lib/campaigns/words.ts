// Word tables read in the user's language when they are read, not when the module loads: each
// entry is a getter that asks t() every time, so a table stays a plain Record for its readers.
// Also how a formula names the posts' likes (a Reddit post's are its score). Internal to
// lib/campaigns/ (not re-exported by index.ts).
import { t } from '../i18n';
import { keyParts, likesAreScore } from '../types';

/** A Record whose every value is looked up (t()) on each read. */
export function words<K extends string>(lookups: Record<K, () => string>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [k, lookup] of Object.entries(lookups) as Array<[K, () => string]>)
    Object.defineProperty(out, k, { get: lookup, enumerable: true });
  return out;
}

/**
 * How a formula names what PostLens reads as the posts' likes, as lib/queries' LikesWord (which
 * lib/campaigns cannot import: lib/queries imports it): 'score' when every post is on a platform
 * whose likes are a score (Reddit: upvotes − downvotes), 'mixed' when some are, else 'likes'.
 */
export type LikesWord = 'likes' | 'score' | 'mixed';

/** The LikesWord of these posts, by the platform each key names. */
export function likesWordOfKeys(keys: readonly string[]): LikesWord {
  const score = keys.filter((k) => likesAreScore(keyParts(k)?.platform)).length;
  return score === 0 ? 'likes' : score === keys.length ? 'score' : 'mixed';
}

const ENGAGEMENT_FORMULA = {
  likes: 'campaignData.figure.engagement.formula',
  score: 'campaignData.figure.engagement.formulaScore',
  mixed: 'campaignData.figure.engagement.formulaMixed',
} as const;

/** The engagement figure's formula, its likes named as the posts count them; gained: how a gain is taken. */
export const engagementFormula = (likes: LikesWord, gained: string): string =>
  t(ENGAGEMENT_FORMULA[likes], gained);
