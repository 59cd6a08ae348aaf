// The public face of lib/platforms/: the registry of platforms and what it derives (names, host
// permissions, link checks, default bands, the adapter for a page), and the run-time grant of a
// Mastodon instance. Each platform's own face is its folder's index.ts (its descriptor); content
// scripts import that, never this. The descriptors are listed in registry.ts, not here, because
// mastodon/site-access.ts needs the list too, and importing this face from there would be a cycle.
export type { PlatformDescriptor, PlatformSpec } from './define-platform';
export * from './links';
export * from './mastodon/site-access';
export * from './registry';
