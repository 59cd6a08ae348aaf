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

function harness(answers: Array<RecordResult | Error>) {
  const sent: ReadingBatch[] = [];
  const acked: string[] = [];
  const timers: Array<() => void> = [];
  let n = 0;
  const sender = new Sender({
    send: async (b) => {
      sent.push(b);
      const a = answers.shift() ?? { ok: true, stored: b.posts.length, duplicate: false, dropped: 0 };
      if (a instanceof Error) throw a;
      return a;
    },
    onAck: (b) => acked.push(b.batchId),
    setTimeout: (cb) => timers.push(cb),
    newId: () => `b${++n}`,
    maxPosts: 2,
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { sender, sent, acked, timers, tick };
}

describe('Sender', () => {
  it('splits readings into batches of maxPosts and sends them in order', async () => {
    const { sender, sent, acked, tick } = harness([]);
    sender.enqueue('https://x.com/home', ['1', '2', '3'].map(reading), null);
    for (let i = 0; i < 4; i++) await tick();
    expect(sent.map((b) => b.posts.map((p) => p.postId))).toEqual([['1', '2'], ['3']]);
    expect(acked).toEqual(['b1', 'b2']);
    expect(sender.pending).toBe(0);
  });

  it('retries a batch the background did not answer, with the same batch id, until acknowledged', async () => {
    const { sender, sent, acked, timers, tick } = harness([
      new Error('Could not establish connection. Receiving end does not exist.'),
      { ok: false, error: 'QuotaExceededError' },
    ]);
    sender.enqueue('https://x.com/home', [reading('1')], null);
    await tick();
    expect(acked).toEqual([]);
    timers.shift()!();
    await tick();
    expect(acked).toEqual([]);
    timers.shift()!();
    await tick();
    expect(sent.map((b) => b.batchId)).toEqual(['b1', 'b1', 'b1']);
    expect(acked).toEqual(['b1']);
    expect(timers).toHaveLength(0);
  });

  it('sets no timer while nothing is waiting', async () => {
    const { sender, timers, tick } = harness([]);
    sender.enqueue('https://x.com/home', [reading('1')], null);
    await tick();
    expect(timers).toHaveLength(0);
  });

  it('sends a profile reading alone when there are no posts', async () => {
    const { sender, sent, tick } = harness([]);
    sender.enqueue('https://x.com/a', [], { platform: 'x', handle: 'a', name: 'A', followers: 10 });
    await tick();
    expect(sent[0]).toMatchObject({ posts: [], profile: { followers: 10 } });
  });
});
