// The public face of lib/messaging/.
export * from './protocol';
