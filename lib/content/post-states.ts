// What the content script holds per post while the page shows it: the latest reading, the
// elements that show it, and what the background answered about it. A feed read for hours shows
// tens of thousands of posts and drops most of them again; what the page dropped is forgotten
// here too, so the script's memory follows the page, not the session.
import type { PostKnowledge } from '@/lib/messaging';
import { type PostReading, postKey } from '@/lib/types';

/** Posts held before the first sweep; after each, twice what it kept (amortised O(1) a post). */
const SWEEP_MIN = 256;

interface Entry {
  reading: PostReading;
  els: WeakRef<Element>[];
}

export class PostStates {
  // The elements are held weakly, so a post the page drops can be collected. A page may show one
  // post twice (a thread and the feed, a post and its repost): an answer from the background
  // re-draws each of its badges, not only the last one read.
  private readings = new Map<string, Entry>();
  // The post each element holds now: a feed that recycles a post's element for another post must
  // not get the old post's figures from a late answer or a re-draw of every badge.
  private holds = new WeakMap<Element, string>();
  private knowledge = new Map<string, PostKnowledge>();
  // Posts whose reading the background's check refused: never stored, which the popup says.
  private refused = new Set<string>();
  private sweepAt = SWEEP_MIN;

  /** How many posts are held (a reading or an answer), for tests and benchmarks. */
  get size(): number {
    return new Set([...this.readings.keys(), ...this.knowledge.keys(), ...this.refused]).size;
  }

  /** Every post with a reading, to re-draw them all. */
  keys(): IterableIterator<string> {
    return this.readings.keys();
  }

  reading(key: string): PostReading | undefined {
    return this.readings.get(key)?.reading;
  }

  knowledgeOf(key: string): PostKnowledge | undefined {
    return this.knowledge.get(key);
  }

  /** The elements on the page that show post `key` now, as `holds` says; without `but`. */
  elementsOf(key: string, but?: Element): Element[] {
    return this.refsOf(key, but).map((ref) => ref.deref()!);
  }

  /** Element `el` shows `reading` now (maybe another post than before). Returns its key. */
  hold(el: Element, reading: PostReading): string {
    const key = postKey(reading);
    const before = this.holds.get(el);
    this.holds.delete(el);
    if (before !== undefined && before !== key) this.release(el, before);
    const els = [...this.refsOf(key, el), new WeakRef(el)];
    this.holds.set(el, key);
    this.readings.set(key, { reading, els });
    if (this.readings.size >= this.sweepAt) this.sweep();
    return key;
  }

  /** Element `el` holds no readable post now (an ad, a post still loading). */
  unhold(el: Element): void {
    const key = this.holds.get(el);
    this.holds.delete(el);
    if (key !== undefined) this.release(el, key);
  }

  /** What the background knows of post `key`; kept only while the page shows the post. */
  learn(key: string, k: PostKnowledge): void {
    if (this.readings.has(key)) this.knowledge.set(key, k);
  }

  /**
   * The background's verdict on post `key`'s reading: refused (kept only while the page shows the
   * post), or taken, which ends an earlier refusal (the post read again, now with a valid link).
   */
  answered(key: string, refused: boolean): void {
    if (refused && this.readings.has(key)) this.refused.add(key);
    else this.refused.delete(key);
  }

  refusedKeys(): string[] {
    return [...this.refused];
  }

  /** After single-page navigation: every post is read again. What the background answered stays
   * until the next sweep, so a post read again is drawn with its history at once. */
  clearReadings(): void {
    this.readings.clear();
  }

  /** Forgets every post no element on the page shows (dropped, recycled, or gone with a page). */
  sweep(): void {
    for (const key of this.readings.keys()) {
      if (this.refsOf(key).length === 0) this.readings.delete(key);
    }
    for (const key of this.knowledge.keys()) {
      if (!this.readings.has(key)) this.knowledge.delete(key);
    }
    for (const key of this.refused) if (!this.readings.has(key)) this.refused.delete(key);
    this.sweepAt = Math.max(SWEEP_MIN, this.readings.size * 2);
  }

  private refsOf(key: string, but?: Element): WeakRef<Element>[] {
    return (this.readings.get(key)?.els ?? []).filter((ref) => {
      const el = ref.deref();
      return !!el?.isConnected && el !== but && this.holds.get(el) === key;
    });
  }

  /** Element `el` no longer shows post `key`: the post is forgotten once no element shows it. */
  private release(el: Element, key: string): void {
    const rest = this.refsOf(key, el);
    const entry = this.readings.get(key);
    if (rest.length > 0 && entry) this.readings.set(key, { ...entry, els: rest });
    else {
      this.readings.delete(key);
      this.knowledge.delete(key);
      this.refused.delete(key);
    }
  }
}
