// The public face of lib/campaigns/.
export * from './ads-csv';
export * from './campaign';
export * from './compare';
export * from './dates';
export * from './figures';
export * from './form';
export * from './inputs';
export * from './money';
export * from './period';
export * from './trend';
export * from './validate';
