// The public face of lib/metrics/.
export * from './badge-chip';
export * from './badge-model';
export * from './chart-data';
export * from './er-basis';
export * from './rates';
export * from './rounding';
export * from './time-rates';
