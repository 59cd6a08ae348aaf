// How much of anything PostLens keeps: the bounds lib/check.ts holds every reading to, and the
// largest number parseCount reads as a count. A leaf (it imports nothing), because the content
// scripts need it too and must not reach check.ts, which knows every platform's domains.
export const LIMITS = {
  posts: 500,
  postId: 200,
  batchId: 100,
  text: 2000,
  name: 300,
  url: 2048,
  count: 1e13,
} as const;
