// The public face of lib/store/.

// Where most pages have long found them; lib/raw-error.ts holds them so lib/transfer can use them too.
export { splitStorageError, withRawError } from '../raw-error';
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
