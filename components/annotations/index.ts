// The annotation components: a post's tags and note, author sets, and the hook they share.
export * from './author-sets';
export * from './compare-sets';
export * from './key-label';
export * from './post-annotations';
export * from './sets-compared';
export * from './use-annotations';
