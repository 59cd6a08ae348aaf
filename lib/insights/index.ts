export * from './timing';
export * from './topics';
