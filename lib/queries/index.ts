// The public face of lib/queries/.
export * from './author-stats';
export * from './authors';
export * from './campaigns';
export * from './deleted-keys';
export * from './export-reads';
export * from './filter-rows';
export * from './followers';
export * from './posts';
export * from './rate-notes';
export * from './rows';
export * from './series';
export * from './sort-rows';
export * from './time-span';
