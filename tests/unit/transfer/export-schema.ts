// docs/export.schema.json, compiled once with ajv (draft 2020-12, strict, formats checked), for the
// export tests. `problems` says why a file does not match, in one line per error.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export const SCHEMA_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../docs/export.schema.json',
);

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema document is read as plain JSON
export const schema: Record<string, any> = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));

// strict: an unknown keyword or a misplaced one is an error, not silently ignored. Union types
// (["integer", "null"]) are how the schema says "or null".
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);

export const validateExportFile = ajv.compile(schema);

/** The schema's errors for `value`, one line each; [] when it matches. */
export function problems(value: unknown): string[] {
  if (validateExportFile(value)) return [];
  return (validateExportFile.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
