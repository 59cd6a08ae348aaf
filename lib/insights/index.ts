export * from './overview';
export * from './timing';
export * from './topics';
