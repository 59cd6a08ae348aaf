// How much of anything PostLens keeps: the bounds lib/check.ts holds every reading to, and the
// largest number parseCount reads as a count. A leaf (it imports nothing), because the content
// scripts need it too and must not reach check.ts, which knows every platform's domains.
export const LIMITS = {
  posts: 500,
  postId: 200,
  batchId: 100,
  // Above the longest post any of the platforms allows, so that no real post text is cut:
  // Facebook's 63,206 (Reddit 40,000, X's long posts 25,000, TikTok 4,000, LinkedIn 3,000).
  // A longer one (no platform's) is cut by the batch check, which says so (lib/check-fields.ts).
  text: 65_536,
  name: 300,
  url: 2048,
  count: 1e13,
} as const;

/**
 * How far past a clock a time may be: an import refuses later times (the importing machine's
 * clock; clocks differ, time zones too), and the recorder stores a later posting time than its
 * reading's as unknown, so that every export of PostLens's own records imports again.
 */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * The first `end` UTF-16 units of text, or one fewer where `end` would fall between the two halves
 * of a character outside the Basic Multilingual Plane (an emoji): half of one is no character, and
 * an export would write it as "\ud83d" or "�". For every cut to a limit (the page's and the check's).
 */
export function cutWhole(text: string, end: number): string {
  // 0xd800–0xdbff, the first half of a pair, is 54 in its top six bits.
  return text.slice(0, text.charCodeAt(end - 1) >> 10 === 54 ? end - 1 : end);
}
