// Each saved page, served at its platform's real hostname, in Chromium, then the rest of a full
// session and its zero-request check: the shared platform suite (tests/harness/suites/platforms.ts,
// which Firefox runs too), after the route table's own checks.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../lib/types';
import { FIXTURES_DIR } from '../harness/paths';
import { ROUTES, routeUrl } from '../harness/routes';
import { CHROMIUM } from '../harness/session';
import { describePlatforms } from '../harness/suites/platforms';

describe('fixture pages', () => {
  it.each(PLATFORMS)('%s has at least one saved page in the route table', (platform) => {
    const routes = ROUTES.filter((r) => r.platform === platform);
    expect(routes.length, `no route for ${platform} in tests/harness/routes.ts`).toBeGreaterThan(0);
    expect(routes.filter((r) => r.demo).length, `${platform} needs exactly one demo route`).toBe(1);
  });

  it.each(ROUTES.map((r) => [routeUrl(r), r.file] as const))(
    '%s has its file tests/fixtures/%s',
    (_url, file) => {
      expect(existsSync(join(FIXTURES_DIR, file))).toBe(true);
    },
  );
});

describePlatforms(CHROMIUM);
