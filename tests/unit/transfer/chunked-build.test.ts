// @vitest-environment node

// Exports built a chunk at a time (lib/transfer/chunked-build.ts, what the page runs so it can show
// progress and hear Cancel) write the very bytes of the one-piece builders, which the golden files
// pin (export-bytes.test.ts); progress comes in order and ends; a cancelled build returns nothing.
import {
  BuildCancelled,
  type BuildProgress,
  buildCsv,
  buildCsvChunked,
  buildExport,
  buildNdjson,
  buildNdjsonChunked,
  buildParquet,
  buildParquetChunked,
  serializeExport,
  serializeExportChunked,
  withCampaigns,
} from '@/lib/transfer';
import { CAMPAIGN_BLANK, CAMPAIGN_FULL, EMPTY, EXPORTED_AT, HOSTILE, VARIED } from './fixtures';

const CASES = [
  ['empty', EMPTY],
  ['varied', VARIED],
  ['hostile', HOSTILE],
] as const;

describe.each(CASES)('the %s export, built in chunks', (_name, records) => {
  const data = buildExport(records, EXPORTED_AT);
  const file = withCampaigns(data, [CAMPAIGN_FULL, CAMPAIGN_BLANK]);

  it.each([1, 2, 5_000])('of %s snapshots writes the same bytes in every format', async (chunkSize) => {
    expect(await serializeExportChunked(file, { chunkSize })).toBe(serializeExport(file));
    expect(await serializeExportChunked(data, { chunkSize })).toBe(serializeExport(data));
    expect(await buildCsvChunked(data, { chunkSize })).toBe(buildCsv(data));
    expect(await buildNdjsonChunked(data, { chunkSize })).toBe(buildNdjson(data));
    const [chunked, whole] = [await buildParquetChunked(data, { chunkSize }), await buildParquet(data)];
    expect(Buffer.from(chunked).equals(Buffer.from(whole))).toBe(true);
  });
});

describe('progress', () => {
  // VARIED: three posts with 1, 2 and 2 snapshots.
  const data = buildExport(VARIED, EXPORTED_AT);

  it.each([
    [1, [0, 1, 3, 5]],
    [2, [0, 3, 5]],
    [5_000, [0, 5]],
  ])('in chunks of %s snapshots is reported in order and ends at the total', async (chunkSize, done) => {
    for (const build of [serializeExportChunked, buildCsvChunked, buildNdjsonChunked, buildParquetChunked]) {
      const seen: BuildProgress[] = [];
      await build(data, { chunkSize, onProgress: (p) => seen.push(p) });
      expect(seen).toEqual(done.map((d) => ({ done: d, total: 5 })));
    }
  });

  it('of an export without posts is 0 of 0', async () => {
    const seen: BuildProgress[] = [];
    await buildCsvChunked(buildExport(EMPTY, EXPORTED_AT), { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([{ done: 0, total: 0 }]);
  });
});

describe('cancel', () => {
  const data = buildExport(VARIED, EXPORTED_AT);

  it.each([
    ['JSON', serializeExportChunked],
    ['CSV', buildCsvChunked],
    ['NDJSON', buildNdjsonChunked],
    ['Parquet', buildParquetChunked],
  ] as const)('stops a %s build at the next chunk: it throws, returns no file', async (_kind, build) => {
    const controller = new AbortController();
    const seen: number[] = [];
    const onProgress = (p: BuildProgress) => {
      seen.push(p.done);
      if (p.done === 1) controller.abort();
    };
    await expect(build(data, { chunkSize: 1, signal: controller.signal, onProgress })).rejects.toBeInstanceOf(
      BuildCancelled,
    );
    // Nothing after the chunk during which Cancel came.
    expect(seen).toEqual([0, 1]);
  });

  it('refuses to start once cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const onProgress = vi.fn();
    await expect(buildCsvChunked(data, { signal: controller.signal, onProgress })).rejects.toBeInstanceOf(
      BuildCancelled,
    );
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('stops Parquet once its rows are built, before the file is encoded', async () => {
    const controller = new AbortController();
    const onEncoding = vi.fn(() => controller.abort());
    await expect(buildParquetChunked(data, { signal: controller.signal, onEncoding })).rejects.toBeInstanceOf(
      BuildCancelled,
    );
    expect(onEncoding).toHaveBeenCalledTimes(1);
  });
});
