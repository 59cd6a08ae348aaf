import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
