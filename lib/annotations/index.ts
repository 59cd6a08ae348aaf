// The public face of lib/annotations/: author sets, post tags and notes (storage.local), their
// checks and pure edits.
export * from './annotations';
export * from './edit';
export * from './store';
