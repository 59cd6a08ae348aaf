// The public face of lib/read/: what the content scripts read pages with. readPage (read-page.ts)
// is left out on purpose: it finds the adapter in the platform registry, which holds every
// adapter, and each content script must carry its own adapter only. The inspect command and
// tests import read-page.ts by path.
export * from './guard';
export * from './relative-time';
export * from './scanner';
