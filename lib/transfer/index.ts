// The public face of lib/transfer/.
export * from './annotations-import';
export * from './annotations-in-export';
export * from './campaign-csv';
export * from './campaigns-in-export';
export * from './chunked-build';
export * from './csv-export';
export * from './format';
export * from './import-check';
export * from './import-merge';
export * from './import-report';
export * from './import-rules';
export * from './json-export';
export * from './json-import';
export * from './warehouse';
export * from './watchlist-in-export';
