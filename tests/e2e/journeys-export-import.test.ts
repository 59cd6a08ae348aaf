// Moving PostLens data to another browser: after reading a few pages, the dashboard's Export JSON
// downloads a file in the documented format (the shared export suite, which Firefox runs too:
// tests/harness/suites/export.ts); importing that file through the dashboard into a fresh profile
// restores the same posts, snapshots and authors, as a second export shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportV2 } from '../../lib/transfer/format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/transfer/format';
import { readDbViaExtensionPage } from '../harness/extension-db';
import { openDashboard } from '../harness/journeys-extension';
import { CHROMIUM, type E2ESession, startSession } from '../harness/session';
import { keyOf } from '../harness/stored-values';
import { describeExport, exportJson } from '../harness/suites/export';

const exported = describeExport(CHROMIUM);

const dir = mkdtempSync(join(tmpdir(), 'postlens-journey-export-'));
let session: E2ESession | null = null;

afterAll(async () => {
  await session?.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

/** What an import must bring back: everything but the time of the export, in a stable order. */
function content(data: ExportV2) {
  return {
    posts: [...data.posts].sort((a, b) => keyOf(a).localeCompare(keyOf(b))),
    authors: [...data.authors].sort((a, b) =>
      `${a.platform}:${a.handle}`.localeCompare(`${b.platform}:${b.handle}`),
    ),
    campaigns: data.campaigns,
  };
}

describe('then import into a fresh profile', () => {
  it('imports that file into a fresh profile and exports the same data again', async () => {
    const first = exported();
    expect(first, 'the export step did not produce a file').not.toBeNull();
    const path = join(dir, first!.fileName);
    writeFileSync(path, first!.text);
    const data = JSON.parse(first!.text) as ExportV2;
    session = await startSession();
    const before = await readDbViaExtensionPage(session.browser.context, session.browser.extensionId);
    expect(before.posts).toEqual([]);

    const dash = await openDashboard(session, '#/data');
    try {
      await dash.locator('input[type="file"]').setInputFiles(path);
      const preview = dash.locator('.import-preview');
      await preview.waitFor({ timeout: 20_000 });
      // "1 post", "2 posts": each count in its own number.
      const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
      expect(await preview.textContent()).toContain(`holds ${count(data.posts.length, 'post')}`);
      await dash.getByRole('button', { name: 'Import', exact: true }).click();
      const snapshots = data.posts.reduce((n, p) => n + p.snapshots.length, 0);
      const followerReadings = data.authors.reduce((n, a) => n + a.followerSnapshots.length, 0);
      await dash
        .getByText(
          `Imported: added ${count(data.posts.length, 'post')}, ${count(snapshots, 'snapshot')}, ${count(data.authors.length, 'author')} and ${count(followerReadings, 'follower reading')}.`,
        )
        .waitFor({ timeout: 20_000 });
    } finally {
      await dash.close();
    }

    const again = await exportJson(session);
    const reexported = JSON.parse(again.text) as ExportV2;
    expect(reexported).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
    expect(content(reexported)).toEqual(content(data));
  });

  it('made no request off this machine while importing', async () => {
    expect(session, 'the import step started no session').not.toBeNull();
    await session!.guard.settle();
    expect(session!.guard.outside(), session!.guard.report()).toEqual([]);
  });
});
