// The public face of lib/table-views/: the Posts table's column choice and saved views
// (storage.local), their checks and pure edits.
export * from './store';
export * from './views';
