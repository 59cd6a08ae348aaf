// @vitest-environment node
// What `npm run inspect` prints for every bundled page, pinned. A refactor that changes any read
// figure fails here; a deliberate change of what PostLens reads regenerates the file with
// `UPDATE_GOLDEN=1 npx vitest run tests/unit/inspect/inspect-golden.test.ts` and says why in its commit.
import { readFileSync, writeFileSync } from 'node:fs';
import { ROUTES, routeUrl } from '@/tests/harness/routes';
import { main } from '@/tests/tools/inspect';

const GOLDEN = 'tests/unit/inspect/inspect-golden.json';
// Saved pages have no "now": relative labels ("2h", "3 days ago") resolve against this fixed one,
// a time consistent with the fixtures' absolute dates (Instagram's newest post 07:59 that day,
// YouTube's watch-en.html published 2025-03-08T15:00Z and shown as "3 days ago").
const NOW = '2025-03-11T16:00:00Z';
// Day labels ("5. März", "Yesterday") name a day in the runtime's zone: vitest.config.ts pins it
// to UTC for every test (set here, in a worker thread, it did not take: the file failed in Tokyo).

async function inspectAll(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const r of ROUTES) {
    const url = routeUrl(r);
    let text = '';
    const code = await main([`tests/fixtures/${r.file}`, '--url', url, '--now', NOW], {
      out: (t) => {
        text += t;
      },
      err: (t) => {
        text += t;
      },
    });
    out[`${r.file} ${url}`] = { code, report: JSON.parse(text) };
  }
  return out;
}

describe('inspect output of every bundled page', () => {
  it('is the pinned JSON', async () => {
    const now = await inspectAll();
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, `${JSON.stringify(now, null, 2)}\n`);
    }
    const pinned = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(now).length).toBe(ROUTES.length);
    expect(now).toEqual(pinned);
  }, 60_000);
});
