// Finds the posts on a page as they appear and reads each one once, again only when the nodes
// holding its counts change. DOM work only: no messaging, no timers of its own (the caller
// passes the scheduler, an idle callback in the content script, a direct call in tests).
import type { AdapterContext, PlatformAdapter, PostReading, ProfileReading } from '../types';
import { guardAdapter } from './guard';

export interface ScannedPost {
  el: Element;
  reading: PostReading;
}

export interface ScannerOptions {
  adapter: PlatformAdapter;
  /** The document (or any root) to read and observe. */
  root: ParentNode & Node;
  context(): AdapterContext;
  /** Runs the flush later, once per burst of mutations. */
  schedule(flush: () => void): void;
  /** Nodes PostLens itself put on the page (badges); their insertion is not a change. */
  isOwnNode(node: Node): boolean;
  onReadings(changed: ScannedPost[], profile: ProfileReading | null): void;
  /**
   * A post element read before that holds no readable post now (a feed recycled it for an ad, or
   * for a post still loading): what was shown for the old post must go.
   */
  onUnreadable?(el: Element): void;
  /** Called after a flush when nothing on the page has been recognised yet. */
  onNothingRecognised?(): void;
}

// Only these attributes carry counts on the supported platforms (and `hidden`, which decides
// whether a post is shown); observing every attribute of a feed would wake us on each hover.
const COUNT_ATTRIBUTES = [
  'aria-label',
  'title',
  'score',
  'comment-count',
  'data-score',
  'data-comments-count',
  'data-count',
  // Shown or hidden by the page (a shelf's "Show more", a page left and returned to).
  'hidden',
];

/** A ParentNode view of `el` whose queries include `el` itself, so adapters find a post that was
 * added as a whole without querying the whole (possibly 5,000-post) parent again. */
function selfAndDescendants(el: Element): ParentNode {
  return {
    querySelectorAll(sel: string) {
      const inner = Array.from(el.querySelectorAll(sel));
      return el.matches(sel) ? [el, ...inner] : inner;
    },
    querySelector(sel: string) {
      return el.matches(sel) ? el : el.querySelector(sel);
    },
  } as unknown as ParentNode;
}

export class Scanner {
  private signatures = new WeakMap<Element, string>();
  /** Posts found but not readable yet (a container the platform fills in later). */
  private candidates = new WeakSet<Element>();
  /** Something changed outside every post: the profile header may have (re-read it then only,
   * since reading it queries the whole document, which grows with the feed). */
  private profileDirty = false;
  private pendingRoots = new Set<Node>();
  private dirty = new Set<Element>();
  private scheduled = false;
  private profileSignature = '';
  private observer: MutationObserver;
  /** Keys of the posts read since the last navigation, for the popup. */
  readonly keys = new Set<string>();
  profileKey: string | null = null;
  /** opts.adapter under the error guard: a throwing adapter reads as nothing, never breaks a flush. */
  private readonly adapter: PlatformAdapter;

  constructor(private readonly opts: ScannerOptions) {
    this.adapter = guardAdapter(opts.adapter);
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.pendingRoots.add(this.opts.root);
    this.observer.observe(this.opts.root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: COUNT_ATTRIBUTES,
    });
    this.requestFlush();
  }

  stop(): void {
    this.observer.disconnect();
    this.pendingRoots.clear();
    this.dirty.clear();
  }

  /** After single-page navigation: forget what was read, read everything again. */
  reset(): void {
    this.signatures = new WeakMap();
    this.candidates = new WeakSet();
    this.keys.clear();
    this.profileKey = null;
    this.profileSignature = '';
    this.pendingRoots.add(this.opts.root);
    this.requestFlush();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (this.opts.isOwnNode(n)) continue;
          // A new element may hold new posts; new text (a count going from "" to "1") is a change.
          // Whitespace between elements (markup inserted as HTML) holds no count.
          if (n.nodeType === 1) this.pendingRoots.add(n);
          else if (!isBlankText(n)) this.markChanged(r.target);
        }
        // Removal inside a post (a count node replaced) changes the post. Removal outside every
        // post (a feed recycling its cells) cannot change the profile header: a replaced header
        // count arrives as an addition too. Marking it would re-read the header, a query of the
        // whole document (28 ms per append on a 5,000-post page) on every scroll.
        for (const n of r.removedNodes) {
          if (!this.opts.isOwnNode(n)) {
            this.markDirty(r.target);
            break;
          }
        }
      } else if (r.attributeName === 'hidden') {
        // Posts inside may have been shown or hidden: find and read them again. Our own badges
        // shown or hidden (badges switched off or on) change no post: every post would be read
        // again, and the profile header with a query of the whole page.
        if (!this.opts.isOwnNode(r.target)) this.pendingRoots.add(r.target);
      } else {
        this.markChanged(r.target);
      }
    }
    // Our own badges going in queue nothing: no flush for them.
    if (this.pendingRoots.size > 0 || this.dirty.size > 0 || this.profileDirty) this.requestFlush();
  }

  /** A change at node: its post's, or (outside every post) maybe the profile header's. */
  private markChanged(node: Node): void {
    if (!this.markDirty(node)) this.profileDirty = true;
  }

  /** Marks the known post that contains node, if any; false when node is in no known post. */
  private markDirty(node: Node): boolean {
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el) {
      if (this.signatures.has(el) || this.candidates.has(el)) {
        this.dirty.add(el);
        return true;
      }
      el = el.parentElement;
    }
    return false;
  }

  private requestFlush(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.opts.schedule(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Reads what changed since the last flush. Public so tests and benchmarks can drive it. */
  flush(): void {
    const { adapter } = this;
    const roots = Array.from(this.pendingRoots);
    this.pendingRoots.clear();
    for (const root of roots) {
      if (!root.isConnected) continue;
      const scope = root === this.opts.root ? this.opts.root : selfAndDescendants(root as Element);
      const found = adapter.findPosts(scope);
      if (root === this.opts.root) this.profileDirty = true;
      else if (found.length === 0) this.markChanged(root);
      for (const el of found) this.dirty.add(el);
    }
    const ctx = this.opts.context();
    const changed: ScannedPost[] = [];
    for (const el of this.dirty) {
      if (!el.isConnected) continue;
      const reading = adapter.readPost(el, ctx);
      if (!reading) {
        this.candidates.add(el);
        if (this.signatures.delete(el)) this.opts.onUnreadable?.(el);
        continue;
      }
      this.candidates.delete(el);
      const sig = signature(reading);
      if (this.signatures.get(el) === sig) continue;
      this.signatures.set(el, sig);
      this.keys.add(`${reading.platform}:${reading.postId}`);
      changed.push({ el, reading });
    }
    this.dirty.clear();
    const profile = this.profileDirty ? this.readProfile(ctx) : null;
    this.profileDirty = false;
    if (changed.length > 0 || profile) this.opts.onReadings(changed, profile);
    else if (this.keys.size === 0 && !this.profileKey) this.opts.onNothingRecognised?.();
  }

  /** The profile header, only when it changed since the last read. */
  private readProfile(ctx: AdapterContext): ProfileReading | null {
    const profile = this.adapter.readProfile(this.opts.root, ctx);
    if (!profile) return null;
    const sig = JSON.stringify(profile);
    if (sig === this.profileSignature) return null;
    this.profileSignature = sig;
    this.profileKey = `${profile.platform}:${profile.handle.toLowerCase()}`;
    return profile;
  }
}

function isBlankText(n: Node): boolean {
  return n.nodeType === 3 && (n.nodeValue ?? '').trim() === '';
}

/**
 * What makes a re-read worth sending: the counts, and whether the posting time and the author are
 * known yet. A page that draws a post's time or author after its counts gives them on a re-read;
 * without them the post would stay undated (no velocity) or authorless until a count moved. The
 * time itself is left out: a relative label ("2h") gives another time on each side of an hour.
 */
function signature(r: PostReading): string {
  return `${r.postId}|${r.likes}|${r.comments}|${r.reposts}|${r.saves}|${r.views}|${r.author.followers ?? ''}|${r.publishedAt === null}${r.author.handle === null}`;
}
