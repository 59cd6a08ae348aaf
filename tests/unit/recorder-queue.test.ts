// @vitest-environment node

import type { RecordResult } from '@/lib/messaging/protocol';
import { WriteQueue } from '@/lib/store';
import { closeDb, getDb, type PostLensDb } from '@/lib/store/db';
import { batch, freshIndexedDb, reading, SETTINGS, T0 } from './recorder-helpers';

beforeEach(freshIndexedDb);
afterEach(closeDb);

function queue(over: Partial<ConstructorParameters<typeof WriteQueue>[0]> = {}) {
  const written: RecordResult[][] = [];
  const q = new WriteQueue({
    db: getDb,
    settings: () => SETTINGS,
    now: () => T0,
    onWritten: (r) => {
      written.push(r);
    },
    ...over,
  });
  return { q, written };
}

describe('WriteQueue', () => {
  it('writes batches handed over in the same tick in one transaction', async () => {
    const { q, written } = queue();
    const results = await Promise.all([
      q.record(batch([reading({ postId: '1' })])),
      q.record(batch([reading({ postId: '2' })])),
      q.record(batch([reading({ postId: '3' })])),
    ]);
    expect(results.map((r) => r.ok && r.stored)).toEqual([1, 1, 1]);
    expect(q.transactions).toBe(1);
    expect(written).toHaveLength(1);
    expect((await (await getDb()).getAllKeys('posts')).sort()).toEqual(['x:1', 'x:2', 'x:3']);
  });

  it('groups what arrives while a transaction is running into the next one', async () => {
    let openDb: (db: PostLensDb) => void = () => {};
    const slowDb = new Promise<PostLensDb>((resolve) => {
      openDb = resolve;
    });
    const { q } = queue({ db: () => slowDb });
    const first = q.record(batch([reading({ postId: '1' })]));
    await Promise.resolve();
    await Promise.resolve();
    const later = [q.record(batch([reading({ postId: '2' })])), q.record(batch([reading({ postId: '3' })]))];
    openDb(await getDb());
    const results = await Promise.all([first, ...later]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(q.transactions).toBe(2);
  });

  it('answers each batch with its own result, in order', async () => {
    const { q } = queue();
    const b = batch([reading()]);
    const [a, dup, junk] = await Promise.all([q.record(b), q.record(b), q.record({ nope: true })]);
    expect(a).toEqual({ ok: true, stored: 1, duplicate: false, dropped: 0, nulled: 0, cut: 0, reasons: [] });
    expect(dup).toEqual({ ok: true, stored: 0, duplicate: true, dropped: 0, nulled: 0, cut: 0, reasons: [] });
    expect(junk).toEqual({
      ok: true,
      stored: 0,
      duplicate: false,
      dropped: 1,
      nulled: 0,
      cut: 0,
      reasons: [expect.any(String)],
    });
  });

  it('answers every waiting batch when the database cannot open, then recovers', async () => {
    let fail = true;
    const { q } = queue({
      db: () => (fail ? Promise.reject(new DOMException('blocked', 'UnknownError')) : getDb()),
    });
    const results = await Promise.all([q.record(batch([reading()])), q.record(batch([reading()]))]);
    expect(results).toEqual([
      { ok: false, error: expect.stringContaining('UnknownError') },
      { ok: false, error: expect.stringContaining('UnknownError') },
    ]);
    fail = false;
    expect(await q.record(batch([reading()]))).toMatchObject({ ok: true, stored: 1 });
  });

  it('goes idle when empty and starts again on the next batch', async () => {
    const { q, written } = queue();
    await q.record(batch([reading({ postId: '1' })]));
    await q.idle();
    await q.record(batch([reading({ postId: '2' })]));
    await q.idle();
    expect(q.transactions).toBe(2);
    expect(written).toHaveLength(2);
  });

  it('survives an after-write step that throws', async () => {
    const logs: string[] = [];
    const { q } = queue({
      onWritten: () => {
        throw new Error('status store broken');
      },
      log: (m) => logs.push(m),
    });
    expect(await q.record(batch([reading()]))).toMatchObject({ ok: true });
    await q.idle();
    expect(logs.join()).toContain('status store broken');
    expect(await q.record(batch([reading({ postId: '5' })]))).toMatchObject({ ok: true });
  });
});
