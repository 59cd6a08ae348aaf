// The public face of lib/transfer/.
export * from './campaign-csv';
export * from './campaigns-in-export';
export * from './csv-export';
export * from './format';
export * from './import-check';
export * from './json-export';
export * from './json-import';
