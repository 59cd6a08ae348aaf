// The public face of lib/read/.
export * from './read-page';
export * from './scanner';
