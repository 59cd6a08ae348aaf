// The public face of lib/parse-count/.
export * from './locale';
export * from './match';
export * from './number';
export * from './page-locale';
export * from './parse-count';
export * from './text';
