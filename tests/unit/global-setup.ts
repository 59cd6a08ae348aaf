// Runs once per `vitest run`, before any unit file: the English messages, parsed from the locale
// file once and handed to every file's setup (tests/unit/setup.ts) through vitest's provide/inject,
// instead of each of the 160-odd files importing the YAML parser and parsing the file again.
import type { TestProject } from 'vitest/node';
import { loadMessages } from '../harness/locale-messages';

declare module 'vitest' {
  export interface ProvidedContext {
    /** key → English message, as _locales names them. */
    englishMessages: [string, string][];
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('englishMessages', [...(await loadMessages('en'))]);
}
