// A file that reads and checks fine, whose comparison with the database fails (the database held
// open by another PostLens page at an older version): the message says the data could not be
// read, not that the file could not be, and why in our own words (nothing of the browser's to fold).
import { prepareImport } from '@/components/dashboard/import-pipeline';
import { DbBlockedError } from '@/lib/store';
import { EXPORT_VERSION } from '@/lib/transfer';

const BLOCKED =
  'The PostLens database (version 7) is held open by another PostLens page, so version 8 cannot open. Close other PostLens tabs and try again.';

vi.mock('@/lib/queries', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/queries')>()),
  previewImport: () => Promise.reject(new DbBlockedError(BLOCKED)),
}));

it('says the data could not be read, naming why, and not that the file could not be', async () => {
  const file = new File(
    [
      JSON.stringify({
        format: 'postlens-export',
        version: EXPORT_VERSION,
        exportedAt: '2025-01-10T09:00:00.000Z',
        posts: [],
        authors: [],
        campaigns: [],
      }),
    ],
    'backup.json',
    { type: 'application/json' },
  );
  const prepared = await prepareImport(file, () => {});
  expect(prepared.ok).toBe(false);
  if (prepared.ok) return;
  expect(prepared.error).not.toMatch(/file could not be read/);
  expect(prepared.error).toBe(
    `Your data could not be read to compare the file with it, so nothing was imported: ${BLOCKED}`,
  );
});
