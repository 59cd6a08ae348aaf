// Shared set-up for the extension page tests.
//
// Messages: page code calls sendMessage from '@/lib/messaging/protocol'. Each test file mocks that module
// with `protocolMock` below, which routes every message to the REAL background handlers
// (lib/background/handlers.ts createHandlers) running against fake-indexeddb, with a sender that
// looks like our own extension page. So an import, a delete or a prune in a component test runs
// the same code the service worker runs. Readings are written through the same handlers
// (recordReadings, with a content-script sender), i.e. through lib/store/recorder.ts.
// `tabPosts` (a message to a tab's content script) answers from `tabAnswer`, which a test sets.
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { createHandlers, type Handlers } from '@/lib/background/handlers';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/settings';
import { closeDb, getDb } from '@/lib/store/db';
import type { PostReading, ProfileReading } from '@/lib/types';

const RUNTIME_ID = 'test-extension';
const EXTENSION_URL = `chrome-extension://${RUNTIME_ID}/`;
const PAGE_SENDER = { id: RUNTIME_ID, url: `${EXTENSION_URL}dashboard.html` };

export const clock = { now: Date.UTC(2025, 0, 10, 12, 0, 0) };

let handlers: Handlers | null = null;
export function backend(): Handlers {
  handlers ??= createHandlers({
    db: getDb,
    settings: getSettings,
    now: () => clock.now,
    warn: () => {},
    runtimeId: RUNTIME_ID,
    extensionUrl: EXTENSION_URL,
  });
  return handlers;
}

type TabAnswer = ReturnType<ProtocolMap['tabPosts']>;
/** What the content script in the active tab answers; null: no content script there. */
export const tab: { answer: TabAnswer | null } = { answer: null };

/** Every message a page sent, for assertions. */
export const sent: Array<{ type: string; data: unknown }> = [];

async function route(type: string, data: unknown, tabId?: number): Promise<unknown> {
  sent.push({ type, data });
  if (type === 'tabPosts') {
    if (tabId === undefined || tab.answer === null)
      throw new Error('Could not establish connection. Receiving end does not exist.');
    return tab.answer;
  }
  const h = backend() as unknown as Record<string, (d: unknown, s: unknown) => Promise<unknown>>;
  const handler = h[type];
  if (!handler) throw new Error(`no background handler for ${type}`);
  return handler(data, PAGE_SENDER);
}

export const protocolMock = {
  sendMessage: vi.fn(route),
  onMessage: vi.fn(() => () => {}),
  removeAllListeners: vi.fn(),
};

/** A fresh empty database and background for each test. */
export async function resetAll(): Promise<void> {
  await handlers?.queue.idle();
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  handlers = null;
  tab.answer = null;
  sent.length = 0;
  clock.now = Date.UTC(2025, 0, 10, 12, 0, 0);
}

let batch = 0;
/** Stores readings as the content script would send them, at clock.now. */
export async function record(posts: PostReading[], profile: ProfileReading | null = null, at = clock.now) {
  clock.now = at;
  const result = await backend().recordReadings(
    { batchId: `b${++batch}`, pageUrl: 'https://x.com/home', posts, profile },
    { id: RUNTIME_ID, url: 'https://x.com/home', tab: { id: 1 } },
  );
  if (!result.ok) throw new Error(result.error);
  return result;
}

export function reading(p: Partial<PostReading> & Pick<PostReading, 'postId'>): PostReading {
  return {
    platform: 'x',
    url: `https://x.com/someone/status/${p.postId}`,
    author: { handle: 'someone', name: 'Some One' },
    publishedAt: '2025-01-01T10:00:00.000Z',
    text: `post ${p.postId}`,
    likes: null,
    comments: null,
    reposts: null,
    saves: null,
    views: null,
    ...p,
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Every record of every store, ids dropped, sorted: for comparing database contents. */
export async function dumpDb() {
  const db = await getDb();
  const strip = <T extends { id?: number }>(xs: T[]) => xs.map(({ id: _id, ...rest }) => rest);
  const key = (x: object) => JSON.stringify(x);
  const sorted = <T extends object>(xs: T[]) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    posts: sorted(await db.getAll('posts')),
    snapshots: sorted(strip(await db.getAll('snapshots'))),
    authors: sorted(await db.getAll('authors')),
    followerSnapshots: sorted(strip(await db.getAll('followerSnapshots'))),
  };
}

/**
 * An export file of history read before this PostLens existed: `posts` X posts of someone else,
 * each with a snapshot every `everyDays` days over the `days` days before `until` (epoch ms).
 */
export function pastHistory(
  until: number,
  { posts = 3, days = 365, everyDays = 36.5, prefix = 'past' } = {},
) {
  const times = Array.from(
    { length: Math.floor(days / everyDays) },
    (_, i) => until - (i + 1) * everyDays * DAY,
  );
  return {
    format: 'postlens-export',
    version: 1,
    exportedAt: new Date(until).toISOString(),
    authors: [],
    posts: Array.from({ length: posts }, (_, p) => ({
      platform: 'x',
      postId: `${prefix}${p}`,
      url: `https://x.com/other/status/${prefix}${p}`,
      author: { handle: 'other', name: 'Other', followers: null },
      publishedAt: null,
      text: `${prefix} post ${p}`,
      snapshots: [...times].reverse().map((t, i) => ({
        capturedAt: new Date(Math.round(t / 1000) * 1000).toISOString(),
        likes: i,
        comments: null,
        reposts: null,
        saves: null,
        views: null,
        followers: null,
      })),
    })),
  };
}

/**
 * Spies on a storage item's `watch`: how many listeners were added (`watch`), and how many taken
 * off again (`unwatched`). The spy is removed when the test ends.
 */
export function spyOnWatch<T>(item: { watch(cb: (v: T, old: T) => void): () => void }) {
  const unwatched = vi.fn();
  const realWatch = item.watch.bind(item);
  const watch = vi.spyOn(item, 'watch').mockImplementation((cb) => {
    const stop = realWatch(cb);
    return () => {
      unwatched();
      stop();
    };
  });
  onTestFinished(() => watch.mockRestore());
  return { watch, unwatched };
}

/** One post as an export file holds it, for importOnePost; every field has a default. */
export interface OnePost {
  platform?: PostReading['platform'];
  postId?: string;
  url?: string;
  handle?: string;
  name?: string | null;
  text?: string;
  likes?: number | null;
  comments?: number | null;
  capturedAt?: string;
}

/**
 * Imports one post with one snapshot through the background's real import, as a file holds it
 * (a name of "" stays "": readings never give one). `listed`: the file's entry for the author
 * (with its follower readings), or null for a file that lists no author.
 */
export async function importOnePost(
  p: OnePost = {},
  listed: { followerSnapshots: Array<{ capturedAt: string; followers: number }> } | null = {
    followerSnapshots: [],
  },
): Promise<void> {
  const { platform = 'x', postId = '5', handle = 'alice', name = null, text = 'hello' } = p;
  const { likes = 10, comments = null, capturedAt = '2025-01-08T00:00:00.000Z' } = p;
  const result = await backend().importData(
    {
      format: 'postlens-export',
      version: 1,
      exportedAt: '2025-01-09T00:00:00.000Z',
      authors: listed ? [{ platform, handle, name, followerSnapshots: listed.followerSnapshots }] : [],
      posts: [
        {
          platform,
          postId,
          url: p.url ?? `https://x.com/${handle}/status/${postId}`,
          author: { handle, name, followers: null },
          publishedAt: null,
          text,
          snapshots: [
            { capturedAt, likes, comments, reposts: null, saves: null, views: null, followers: null },
          ],
        },
      ],
    } as never,
    PAGE_SENDER as never,
  );
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result)}`);
}
