// @vitest-environment node

// When the background builds the dashboard's chunked copy of the posts again
// (lib/background/post-chunks-schedule.ts): after writes pause, at the latest a minute after the
// first unbuilt write, at start when one is due, and a failed build only leaves a warning.
import { createHandlers } from '@/lib/background/handlers';
import {
  CHUNKS_MAX_WAIT_MS,
  CHUNKS_QUIET_MS,
  createChunkSchedule,
} from '@/lib/background/post-chunks-schedule';
import { getSettings } from '@/lib/settings';
import { getDb, readStoredPosts } from '@/lib/store';
import { reading, resetAll } from './components/helpers';

beforeEach(async () => {
  await resetAll();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

const EXT = { id: 'test-extension', url: 'chrome-extension://test-extension/' };
const TAB = { id: EXT.id, url: 'https://x.com/home', tab: { id: 1 } };

function setup(now = { t: Date.UTC(2025, 0, 10) }) {
  const warn = vi.fn();
  const h = createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => now.t,
    warn,
    runtimeId: EXT.id,
    extensionUrl: EXT.url,
    chunkTimers: {
      setTimeout: (run, ms) => setTimeout(run, ms),
      clearTimeout: (t) => clearTimeout(t as number),
    },
  });
  let n = 0;
  const write = (postId: string) =>
    h.recordReadings(
      { batchId: `b${++n}`, pageUrl: TAB.url, posts: [reading({ postId, likes: 1 })], profile: null },
      TAB,
    );
  return { h, warn, write, now };
}

const source = async () => (await readStoredPosts(await getDb())).source;

it('builds once writes have paused for CHUNKS_QUIET_MS, not during them', async () => {
  const { h, write, now } = setup();
  await write('a');
  for (let i = 0; i < 5; i++) {
    await vi.advanceTimersByTimeAsync(CHUNKS_QUIET_MS - 1000);
    now.t += CHUNKS_QUIET_MS - 1000;
    await write(`b${i}`);
  }
  await h.chunksSettled();
  expect(await source()).toBe('posts');
  await vi.advanceTimersByTimeAsync(CHUNKS_QUIET_MS);
  await h.chunksSettled();
  expect(await source()).toBe('chunks');
  expect((await readStoredPosts(await getDb())).posts).toHaveLength(6);
});

it('builds at the latest CHUNKS_MAX_WAIT_MS after the first unbuilt write, however busy', async () => {
  const { h, write, now } = setup();
  await write('first');
  let waited = 0;
  while (waited < CHUNKS_MAX_WAIT_MS - 1000) {
    await vi.advanceTimersByTimeAsync(1000);
    now.t += 1000;
    waited += 1000;
    await write(`w${waited}`);
  }
  await h.chunksSettled();
  expect(await source()).toBe('posts');
  await vi.advanceTimersByTimeAsync(1000);
  now.t += 1000;
  await h.chunksSettled();
  expect(await source()).toBe('chunks');
});

it('checks at start: a worker stopped with a build due builds it', async () => {
  const first = setup();
  await first.write('a');
  // The worker stops before its timer fires: a new one starts with the changes still noted.
  vi.clearAllTimers();
  const second = setup();
  await vi.advanceTimersByTimeAsync(CHUNKS_QUIET_MS);
  await second.h.chunksSettled();
  expect(await source()).toBe('chunks');
});

it('a failed build warns and leaves readers on the posts store', async () => {
  const warn = vi.fn();
  const schedule = createChunkSchedule({
    db: () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')),
    now: () => 0,
    warn,
    timers: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (t) => clearTimeout(t as number) },
  });
  schedule.changed();
  await vi.advanceTimersByTimeAsync(CHUNKS_QUIET_MS);
  await schedule.settled();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(warn.mock.calls[0]![0]).toMatch(/not rebuilt/);
});
