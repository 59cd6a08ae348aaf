// @vitest-environment node

// The exact bytes of the JSON and CSV exports, pinned in golden files (__golden__/): a refactor of
// the export code must write the same files, field order included. A deliberate format change
// updates the golden files (vitest -u) in the same commit, with the README and the schema.
import { buildCsv, buildExport, type ExportRecords, serializeExport, withCampaigns } from '@/lib/transfer';
import { CAMPAIGN_BLANK, CAMPAIGN_FULL, EMPTY, EXPORTED_AT, HOSTILE, VARIED } from './fixtures';

const CASES: Array<[string, ExportRecords, (typeof CAMPAIGN_FULL)[]]> = [
  ['empty', EMPTY, []],
  ['varied', VARIED, [CAMPAIGN_FULL, CAMPAIGN_BLANK]],
  ['hostile', HOSTILE, [CAMPAIGN_BLANK]],
];

describe.each(CASES)('the %s export', (name, records, campaigns) => {
  const data = buildExport(records, EXPORTED_AT);

  it('writes the same JSON bytes as the Export JSON button always has', async () => {
    await expect(serializeExport(withCampaigns(data, campaigns))).toMatchFileSnapshot(
      `__golden__/${name}-json.txt`,
    );
  });

  it('writes the same CSV bytes (as a JSON string: the cells hold control characters)', async () => {
    await expect(JSON.stringify(buildCsv(data))).toMatchFileSnapshot(`__golden__/${name}-csv.txt`);
  });
});
