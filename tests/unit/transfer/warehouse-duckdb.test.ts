// @vitest-environment node
// The warehouse exports as a team would use them: a history recorded through the real recorder is
// exported as NDJSON and Parquet, both files are loaded into DuckDB, and one SQL query computes
// each author's median engagement rate from the raw counts (each post's latest snapshot; by views
// where shown, else by followers, as the dashboard's default). It must equal, exactly, the median
// ER the dashboard's Authors view shows (authorStats over loadAllRows). Column types are checked
// against docs/warehouse.md's table.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { authorStats, loadAllRows, loadExportRecords } from '@/lib/queries';
import { closeDb, getDb, recordBatch } from '@/lib/store';
import { buildExport, buildNdjson, buildParquet, WAREHOUSE_COLUMNS } from '@/lib/transfer';
import type { PostReading } from '@/lib/types';
import { batch, DAY, freshIndexedDb, HOUR, reading, T0 } from '../recorder-helpers';

const dir = mkdtempSync(join(tmpdir(), 'postlens-warehouse-'));
beforeEach(freshIndexedDb);
afterEach(closeDb);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each post read three times, a day apart, its counts growing; some without views. */
async function recordHistory(): Promise<void> {
  const posts: PostReading[] = [];
  for (let i = 0; i < 24; i++) {
    const handle = `author${i % 5}`;
    const postId = String(1790000000000000100n + BigInt(i));
    posts.push(
      reading({
        postId,
        url: `https://x.com/${handle}/status/${postId}`,
        author: { handle, name: i % 3 === 0 ? null : `Name "${i}", ünïcødé 🚀` },
        text: i % 2 ? `Line one\nline two, "quoted", #tag${i}` : '=SUM(A1) looks like a formula',
        likes: 100 + i * 7,
        comments: i % 6 === 0 ? null : 3 + i,
        reposts: i % 4 === 1 ? null : i,
        saves: i % 5 === 0 ? null : i * 2,
        views: i % 3 === 0 ? null : 5_000 + i * 333,
      }),
    );
  }
  for (let day = 0; day < 3; day++) {
    const grown = posts.map((p) => ({
      ...p,
      likes: (p.likes ?? 0) + day * 11,
      views: p.views && p.views + day * 97,
    }));
    const profiles = [0, 1, 2, 3, 4].map((a) => ({
      platform: 'x' as const,
      handle: `author${a}`,
      name: null,
      followers: 20_000 + a * 1_234 + day * 10,
    }));
    for (const profile of profiles)
      await recordBatch(
        await getDb(),
        batch([], { profile }),
        { snapshotIntervalMinutes: 0 },
        T0 + day * DAY,
      );
    const r = await recordBatch(
      await getDb(),
      batch(grown),
      { snapshotIntervalMinutes: 0 },
      T0 + day * DAY + HOUR,
    );
    expect(r).toMatchObject({ ok: true, stored: posts.length });
  }
}

/**
 * Each author's median ER, computed in SQL from the raw counts of each post's latest snapshot, on
 * one basis per author as the dashboard takes it (Settings "auto"): by views over the posts that
 * show views, where any does; else by followers.
 */
const MEDIAN_ER_BY_AUTHOR = (source: string) => `
  with latest as (
    select * from (
      select *, row_number() over (partition by postKey order by capturedAt desc) as rn from ${source}
    ) where rn = 1 and authorKey is not null
  ), rated as (
    select authorKey,
      case when likes is null and comments is null and reposts is null and saves is null then null
           else coalesce(likes, 0) + coalesce(comments, 0) + coalesce(reposts, 0) + coalesce(saves, 0)
      end as eng, views, followers
    from latest
  ), bases as (
    select authorKey,
      list_sort(list(eng::double / views) filter (where eng is not null and views > 0)) as byViews,
      list_sort(list(eng::double / followers) filter (where eng is not null and followers > 0)) as byFollowers
    from rated group by authorKey
  ), ers as (
    -- One basis per author: by views where any post shows views, else by followers.
    select authorKey, case when len(byViews) > 0 then byViews else byFollowers end as xs from bases
  )
  select authorKey, case
    when len(xs) = 0 then null
    when len(xs) % 2 = 1 then xs[len(xs) // 2 + 1]
    else (xs[len(xs) // 2] + xs[len(xs) // 2 + 1]) / 2 end as medianEr
  from ers order by authorKey`;

describe('NDJSON and Parquet in DuckDB', () => {
  it('give every snapshot, typed as documented, and the dashboard’s median ER by author exactly', async () => {
    await recordHistory();
    const rows = await loadAllRows('auto');
    const authors = [...new Set(rows.map((r) => r.authorKey).filter((k): k is string => k !== null))].sort();
    const dashboard = Object.fromEntries(
      authors.map((k) => [
        k,
        authorStats(
          k,
          rows.filter((r) => r.authorKey === k),
          3,
          'auto',
        ).medianEr,
      ]),
    );
    expect(Object.values(dashboard).every((v) => typeof v === 'number')).toBe(true);

    const data = buildExport(await loadExportRecords(null), new Date(T0 + 3 * DAY));
    const snapshots = data.posts.reduce((n, p) => n + p.snapshots.length, 0);
    expect(snapshots).toBe(72);
    const ndjson = join(dir, 'postlens.ndjson');
    const parquet = join(dir, 'postlens.parquet');
    writeFileSync(ndjson, buildNdjson(data));
    writeFileSync(parquet, Buffer.from(await buildParquet(data)));
    expect(readFileSync(ndjson, 'utf8').split('\n')).toHaveLength(snapshots + 1);

    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const columns = WAREHOUSE_COLUMNS.map(([c]) => c);
    const sources = {
      ndjson: `read_json('${ndjson}', format = 'newline_delimited', auto_detect = true)`,
      parquet: `read_parquet('${parquet}')`,
    };
    for (const [kind, source] of Object.entries(sources)) {
      const count = await duck.runAndReadAll(`select count(*)::integer as n from ${source}`);
      expect(count.getRowObjects()[0]?.n, kind).toBe(snapshots);
      const described = (await duck.runAndReadAll(`describe select * from ${source}`)).getRowObjects();
      expect(
        described.map((d) => d.column_name),
        kind,
      ).toEqual(columns);
      const medians = (await duck.runAndReadAll(MEDIAN_ER_BY_AUTHOR(source))).getRowObjects();
      expect(Object.fromEntries(medians.map((m) => [m.authorKey, m.medianEr])), kind).toEqual(dashboard);
    }
    // Parquet keeps the documented types; times are UTC instants.
    const types = Object.fromEntries(
      (await duck.runAndReadAll(`describe select * from ${sources.parquet}`))
        .getRowObjects()
        .map((d) => [d.column_name, d.column_type]),
    );
    expect(types).toMatchObject({
      platform: 'VARCHAR',
      capturedAt: 'TIMESTAMP',
      publishedAt: 'TIMESTAMP',
      likes: 'BIGINT',
      views: 'BIGINT',
      erByViews: 'DOUBLE',
    });
    const first = (
      await duck.runAndReadAll(
        `select epoch_ms(capturedAt)::bigint as at, text, authorName from ${sources.parquet} order by capturedAt, postKey limit 1`,
      )
    ).getRowObjects()[0];
    expect(Number(first?.at)).toBe(T0 + HOUR);
    expect(first?.text).toBe('=SUM(A1) looks like a formula');
    expect(first?.authorName).toBeNull();
    duck.closeSync();
  });
});
