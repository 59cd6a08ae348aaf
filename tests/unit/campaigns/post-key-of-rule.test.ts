// @vitest-environment node

// A campaign's check (postKeyOf in lib/campaigns/validate.ts) takes exactly the post keys the
// background's isPostKey (isPostKeyShape, lib/types.ts) takes, so a key "Add to campaign" stored is
// one a later save of the campaign accepts; a refused key is named for what is wrong with it. The
// check keeps its own copy of the rule, to name what is wrong: this table holds the two together.
import { isPostKey } from '@/lib/background/campaign-posts';
import { CAMPAIGN_LIMITS, campaignInputProblems } from '@/lib/campaigns/validate';
import { LIMITS } from '@/lib/check';

const NOT_POST_KEY = 'postKeys[0]: must be a post key';
const TOO_LONG = `postKeys[0]: post id longer than ${LIMITS.postId} characters`;
const bad = (key: string) => `postKeys[0]: "${key}" is not a post key (platform:postId)`;
const id = (n: number) => '1'.repeat(n);

/** The campaign's answer for one key: null when taken (kept exactly), else its problems. */
function problemsOf(key: unknown): string[] | null {
  const r = campaignInputProblems({ name: 'n', postKeys: [key], start: '2025-03-01', end: '2025-03-31' });
  if (!r.ok) return r.problems;
  expect(r.value.postKeys).toEqual([key]);
  return null;
}

it.each<[string, unknown, string | null]>([
  ['a post key', 'x:1', null],
  ['a blank id', 'x: ', bad('x: ')],
  ['no id', 'x:', bad('x:')],
  ['no platform', ':1', bad(':1')],
  ['an unknown platform', 'foo:1', bad('foo:1')],
  ['an id at the limit', `x:${id(LIMITS.postId)}`, null],
  ['an id past the limit', `x:${id(LIMITS.postId + 1)}`, TOO_LONG],
  ['a key at the key limit, its id past the id limit', `x:${id(CAMPAIGN_LIMITS.key - 2)}`, TOO_LONG],
  ['a key past the key limit', `x:${id(CAMPAIGN_LIMITS.key - 1)}`, NOT_POST_KEY],
  ['a blank id past the limit', `x:${' '.repeat(LIMITS.postId + 1)}`, bad(`x:${' '.repeat(58)}`)],
  ['an id past the limit, spaces first', `x:${' '.repeat(LIMITS.postId - 1)}ab`, TOO_LONG],
  ['an unknown platform, its id past the limit', `foo:${id(LIMITS.postId + 1)}`, bad(`foo:${id(56)}`)],
  ['a space before the platform', ' x:1', bad(' x:1')],
  ['a space after the id', 'x:1 ', null],
  ['a space inside the id', 'x:a b', null],
  ['a tab for an id', 'reddit:\t', bad('reddit:\t')],
  ['a ":" inside the id', 'mastodon:1@a:b', null],
  ['a number', 42, NOT_POST_KEY],
  ['null', null, NOT_POST_KEY],
  ['undefined', undefined, NOT_POST_KEY],
  ['an object', {}, NOT_POST_KEY],
  ['a list', ['x:1'], NOT_POST_KEY],
  ['a boolean', true, NOT_POST_KEY],
])('%s: taken as isPostKey takes it, a refusal named', (_why, key, refusal) => {
  expect(isPostKey(key)).toBe(refusal === null);
  expect(problemsOf(key)).toEqual(refusal === null ? null : [refusal]);
});
