// The public face of lib/store/.
export * from './campaign-writer';
export * from './db';
export * from './delete';
export * from './import-writer';
export * from './known-posts';
export * from './post-chunks';
export * from './prune-select';
export * from './recorder';
export * from './schema';
export * from './summary';
export * from './transactions';
export * from './write-queue';
