// The public face of lib/campaigns/.
export { type AdsImport, adsImportReady, importAdsRows } from './ads-csv';
export { ADS_COLUMNS, ADS_VALUES, type AdsColumn, guessAdsMapping, headerCurrency } from './ads-csv-columns';
export { type AdsTable, decodeAdsFile, parseAdsCsv } from './ads-csv-decode';
export { type AdsChoices, type AdsPeriod, adsCampaignFor, adsCampaignNames, noData } from './ads-csv-rows';
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
