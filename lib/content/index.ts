// The public face of lib/content/.
export * from './run';
export * from './sender';
