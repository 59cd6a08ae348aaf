// What every platform's content script does: read each post the user sees, send the readings to
// the background in batches, and put a badge on each post. It stays small (it runs on every page
// of the feed) and idle when the page is idle: all work is driven by mutations and scheduled on
// idle callbacks. Each platform's entrypoint passes its own descriptor, so a page loads one adapter.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PostStates } from '@/lib/content/post-states';
import { Sender } from '@/lib/content/sender';
import { uiLocale } from '@/lib/i18n';
import { handoffKey, onMessage, sendMessage } from '@/lib/messaging';
import { type BadgeChip, buildBadgeChip } from '@/lib/metrics';
import { pageLocale } from '@/lib/parse-count';
import { guardAdapter, Scanner } from '@/lib/read';
import { type Bands, getSettings, type Settings, watchSettings } from '@/lib/settings';
import { type PlatformAdapter, type ProfileReading, postKey } from '@/lib/types';

// After this many flushes of a page that grew without a single recognised post, say once that
// the platform's markup may have changed.
const UNRECOGNISED_AFTER_FLUSHES = 30;

/**
 * Where badges are drawn. The runner decides what each badge says; the surface (components/badge)
 * draws it, so lib/ never imports a component: each entrypoint hands its surface in.
 */
export interface BadgeSurface {
  readonly isVisible: boolean;
  /** Our own nodes, which the scanner must not treat as page changes. */
  isOwnNode(node: Node): boolean;
  /** Match the page's light or dark background. */
  followPageTheme(): void;
  setVisible(visible: boolean): void;
  show(el: Element, anchor: Element | null, view: BadgeChip): void;
  /** Takes the badge of one post element away. */
  hide(el: Element): void;
  clear(): void;
}

/** Builds the surface; `openPost` is the card's "History and campaigns…" (a `platform:postId`). */
export type BadgeSurfaceFactory = (openPost: (key: string) => void) => BadgeSurface;

/**
 * What the runner needs of the platform's descriptor (lib/platforms/<id>): its adapter, bands,
 * and whether its authors' profiles show followers.
 */
export interface ContentPlatform {
  readonly adapter: PlatformAdapter;
  /** Bands to use until the user sets the platform's own in options. */
  readonly bands: Bands;
  readonly profileFollowers: boolean;
}

export async function runContentScript(
  ctx: ContentScriptContext,
  platform: ContentPlatform,
  makeSurface: BadgeSurfaceFactory,
): Promise<void> {
  // Descriptors' adapters are guarded already (a no-op then); no adapter call may throw in a page.
  const adapter = guardAdapter(platform.adapter);
  // A script registered for a user-enabled site and injected into the open tab could run twice in
  // one page (the extension's isolated world is shared): the first one wins.
  const world = globalThis as { __postlensRunning?: boolean };
  if (world.__postlensRunning) return;
  world.__postlensRunning = true;
  ctx.onInvalidated(() => {
    world.__postlensRunning = false;
  });
  let settings: Settings = await getSettings();
  // Mastodon runs on any host the user enables: the markup decides, not the host.
  if (ctx.isInvalid || !adapter.matches(new URL(location.href), document)) return;
  const active = () => settings.enabled && settings.platforms[adapter.id];

  // The page's language reads its counts and times; the badge speaks the user's: its words come
  // from the extension's messages, and its numbers, dates and relative times follow the browser.
  const locale = pageLocale(document);
  const displayLocale = uiLocale();
  const layer = makeSurface((key) => {
    sendMessage('openPostInDashboard', key).catch(() => {});
  });
  layer.followPageTheme();
  layer.setVisible(settings.badges);

  // Each post's latest reading, its elements and the background's answer, while the page shows it.
  const posts = new PostStates();
  // The page's profile header as last read (the scanner reports it only when it changes): the
  // followers of its own author's posts, and a subreddit's members for that subreddit's posts.
  let profile: ProfileReading | null = null;

  const renderBadge = (key: string) => {
    const reading = posts.reading(key);
    const els = posts.elementsOf(key);
    // After the context ends (extension reloaded or updated), a late answer draws nothing.
    if (ctx.isInvalid || !reading || els.length === 0) return;
    const view: BadgeChip = buildBadgeChip({
      reading,
      knowledge: posts.knowledgeOf(key),
      bands: settings.bands[adapter.id] ?? platform.bands,
      preference: settings.erPreference,
      locale: displayLocale,
      profile,
      profileFollowers: platform.profileFollowers,
    });
    for (const el of els) layer.show(el, adapter.badgeAnchor?.(el) ?? null, view);
  };

  // ctx.setTimeout and ctx.requestIdleCallback add a listener to the context per call and never
  // remove it: a feed read for hours would hold one per flush and per batch. These forget each
  // timer once it has run and cancel the rest when the context ends.
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const idles = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of timers) clearTimeout(id);
    for (const id of idles) cancelIdleCallback(id);
    timers.clear();
    idles.clear();
  });
  const later = (cb: () => void, ms: number) => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (ctx.isValid) cb();
    }, ms);
    timers.add(id);
    return id;
  };
  const whenIdle = (cb: () => void) => {
    const id = requestIdleCallback(
      () => {
        idles.delete(id);
        if (ctx.isValid) cb();
      },
      { timeout: 250 },
    );
    idles.add(id);
  };

  const sender = new Sender({
    send: (batch) => sendMessage('recordReadings', batch),
    // storage.local is open to content scripts; the background removes the key once stored.
    keep: (handoff) => browser.storage.local.set({ [handoffKey(handoff.batch.batchId)]: handoff }),
    report: (lost) => sendMessage('reportUnsaved', lost),
    setTimeout: later,
    clearTimeout: (id) => {
      clearTimeout(id as ReturnType<typeof setTimeout>);
      timers.delete(id as ReturnType<typeof setTimeout>);
    },
    newId: () => crypto.randomUUID(),
    now: Date.now,
    warn: (m) => console.warn(m),
    onAck: (batch, result) => {
      const refused = new Set(result.refused);
      const keys = batch.posts.map(postKey);
      for (const key of keys) posts.answered(key, refused.has(key));
      if (keys.length === 0) return;
      // One question per batch: what the background knows now, including this snapshot.
      sendMessage('knownPosts', keys)
        .then((known) => {
          for (const [key, k] of Object.entries(known ?? {})) {
            posts.learn(key, k);
            renderBadge(key);
          }
        })
        .catch(() => {});
    },
  });

  let emptyFlushes = 0;
  const scanner = new Scanner({
    adapter,
    root: document,
    context: () => ({ url: new URL(location.href), locale }),
    schedule: whenIdle,
    isOwnNode: (n) => layer.isOwnNode(n),
    // The element now holds an ad or a post still loading: the old post's badge and reading go.
    onUnreadable: (el) => {
      posts.unhold(el);
      layer.hide(el);
    },
    onReadings: (changed, header) => {
      if (!active()) return;
      if (header) {
        profile = header;
        for (const key of posts.keys()) renderBadge(key);
      }
      for (const { el, reading } of changed) renderBadge(posts.hold(el, reading));
      sender.enqueue(
        location.href,
        changed.map((c) => c.reading),
        header,
      );
    },
    onNothingRecognised: () => {
      if (++emptyFlushes !== UNRECOGNISED_AFTER_FLUSHES) return;
      console.info(`PostLens (${adapter.name}): no posts recognised; has its markup changed?`);
    },
  });
  scanner.start();

  // A page that is hidden or going reads what changed at once (no idle wait) and sends all it
  // holds; what it could not keep outside the page is reported while a message can still leave.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState !== 'hidden') return;
    if (active()) scanner.flush();
    sender.flush();
  });
  ctx.addEventListener(window, 'pagehide', (event) => {
    if (active()) scanner.flush();
    if (event.persisted) sender.flush();
    else sender.pageGone();
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    posts.clearReadings();
    profile = null;
    layer.followPageTheme();
    scanner.reset();
  });

  // Whether the settings last applied had PostLens on here, and badges on; kept past the await
  // below, so two changes in quick succession compare each with the one before, not with a stale
  // copy. Badges hidden or shown with the keyboard shortcut stay so through any other change.
  let wasActive = active();
  let hadBadges = settings.badges;
  const unwatch = watchSettings(async () => {
    settings = await getSettings();
    const nowActive = active();
    if (nowActive !== wasActive || settings.badges !== hadBadges) {
      layer.setVisible(settings.badges && nowActive);
    }
    hadBadges = settings.badges;
    for (const key of posts.keys()) renderBadge(key);
    // While off, the scanner still marks each post read (onReadings drops it), so the posts on
    // screen would get no badge and no record until they change: read the page again.
    if (nowActive && !wasActive) scanner.reset();
    wasActive = nowActive;
  });
  const removeTabPosts = onMessage('tabPosts', () => ({
    keys: Array.from(scanner.keys),
    refused: posts.refusedKeys(),
    profileKey: scanner.profileKey,
    platform: adapter.id,
  }));
  const removeToggle = onMessage('setBadgesVisible', ({ data }) => {
    // While PostLens is off here the page is not read: badges shown then would keep old counts.
    const visible = active() && (data === 'toggle' ? !layer.isVisible : data);
    layer.setVisible(visible);
    return visible;
  });

  // Switched off on this site (lib/platforms/mastodon/site-access.ts): its script is unregistered
  // and its access given back, and this page stops as an unloaded extension's would, so it reads
  // and stores nothing more (batches handed off already are stored by the background as ever).
  const removeStop = onMessage('stopReading', () => {
    ctx.abort('switched off on this site');
  });

  ctx.onInvalidated(() => {
    scanner.stop();
    sender.stop();
    layer.clear();
    unwatch();
    removeTabPosts();
    removeToggle();
    removeStop();
  });
}
