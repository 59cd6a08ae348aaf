// @vitest-environment node
// The sender (lib/content/sender.ts) when the page is hidden while a batch is on its way: the
// batches sent at once by flush() must be tried again if the background does not take them.
import { Sender } from '@/lib/content/sender';
import type { ReadingBatch, RecordResult } from '@/lib/messaging/protocol';
import type { PostReading } from '@/lib/types';

const reading = (id: string): PostReading => ({
  platform: 'x',
  postId: id,
  url: `https://x.com/a/status/${id}`,
  author: { handle: 'a', name: 'A' },
  publishedAt: null,
  text: '',
  likes: 1,
  comments: null,
  reposts: null,
  saves: null,
  views: null,
});

const OK: RecordResult = {
  ok: true,
  stored: 1,
  duplicate: false,
  dropped: 0,
  nulled: 0,
  cut: 0,
  reasons: [],
};
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('a batch flushed while the page is hidden', () => {
  it('is sent again after the background failed to take it', async () => {
    const answers: Array<{
      batch: ReadingBatch;
      resolve: (r: RecordResult) => void;
      reject: (e: unknown) => void;
    }> = [];
    const timers: Array<() => void> = [];
    const acked: string[] = [];
    let n = 0;
    const sender = new Sender({
      send: (batch) => new Promise((resolve, reject) => answers.push({ batch, resolve, reject })),
      keep: async () => {},
      onAck: (b) => acked.push(b.posts[0]!.postId),
      setTimeout: (cb) => timers.push(cb),
      newId: () => `b${++n}`,
    });
    sender.enqueue('https://x.com/home', [reading('1')], null);
    sender.enqueue('https://x.com/home', [reading('2')], null);
    // The user switches tabs while batch 1 is on its way: batch 2 goes at once.
    sender.flush();
    expect(answers.map((a) => a.batch.batchId)).toEqual(['b1', 'b2']);
    answers[0]!.resolve(OK);
    await tick();
    // The worker was stopping: batch 2 gets no answer.
    answers[1]!.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    await tick();
    // Whatever waits for the next try runs (timers); batch 2 must be sent again and stored.
    for (let i = 0; i < 5 && answers.length < 3; i++) {
      for (const run of timers.splice(0)) run();
      await tick();
    }
    expect(answers.map((a) => a.batch.batchId)).toEqual(['b1', 'b2', 'b2']);
    answers[2]!.resolve(OK);
    await tick();
    expect(acked).toEqual(['1', '2']);
    expect(sender.pending).toBe(0);
  });
});
