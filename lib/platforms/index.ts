// The public face of lib/platforms/: the registry of platforms and what it derives (names, host
// permissions, link checks, default bands), and the run-time grant of a Mastodon instance. None of
// it carries an adapter. Each platform's own face is its folder's index.ts (its descriptor, with
// the adapter); content scripts import that, never this. Every adapter at once is adapters.ts,
// imported by path by the whole-page reader only (lib/read/read-page.ts), so that the pages and
// the background, which import this face, load no adapter. The facts are listed in registry.ts,
// not here, because mastodon/site-access.ts needs the list too, and importing this face from there
// would be a cycle.
export * from './community';
export type { PlatformDescriptor } from './define-platform';
export * from './links';
export * from './mastodon/site-access';
// Named apart, so that a test which replaces site-access.ts (its browser calls) keeps these.
export { isBuiltin, type Site, siteOf } from './mastodon/site-of';
export type { PlatformFacts } from './platform-facts';
export * from './registry';
