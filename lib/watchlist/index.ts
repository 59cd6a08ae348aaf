// The public face of lib/watchlist/: starred posts and authors (storage.local), their checks, and
// the pure breakout rules the background's alerts apply.
export * from './author-breakout';
export * from './breakout';
export * from './watchlist';
