export { chooseBasis, type ErRates, erOn, leadBasis } from '../metrics';
export { basisWords } from './er-basis';
export * from './overview';
export * from './timing';
export * from './topics';
