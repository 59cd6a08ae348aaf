// The public face of lib/background/.
export * from './campaign-posts';
export * from './cancels';
export * from './check-watchlist';
export * from './commands';
export * from './handlers';
export * from './open-dashboard';
export * from './post-chunks-schedule';
export * from './prune-schedule';
export * from './retention';
export * from './senders';
export * from './storage-status';
export * from './watch-alerts';
