// Puts one badge per post on the page: a <postlens-badge> host with an open shadow root (the
// page's CSS and ours never mix), drawn by Badge. The host takes no space (height 0, out of
// the flow of the page's own content), so badges cause no layout shift.
import type { BadgeSurface } from '@/lib/content';
import { sendMessage } from '@/lib/messaging';
import type { BadgeChip } from '@/lib/metrics';
import { Badge } from './badge';
import badgeCss from './badge.css?inline';

export const BADGE_TAG = 'postlens-badge';

// Events inside the badge must not reach the page: many posts are links or open on click.
const ISOLATED_EVENTS = [
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
];
/** One listener for every badge's isolated events (not a closure per badge and event). */
const stopAtHost = (e: Event) => e.stopPropagation();

export class BadgeLayer implements BadgeSurface {
  private hosts = new WeakMap<Element, HTMLElement>();
  private badges = new WeakMap<HTMLElement, Badge>();
  private visible = true;
  private theme: 'light' | 'dark' = 'light';

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    /** "History and campaigns…" in the card: open the post in the dashboard. */
    private readonly onOpen?: (key: string) => void,
    /** "Add to campaign…" in the card: ask the background to open the dashboard's prompt. */
    private readonly onAdd?: (key: string) => void,
  ) {}

  isOwnNode(node: Node): boolean {
    return node.nodeName === 'POSTLENS-BADGE';
  }

  followPageTheme(): void {
    this.setTheme(pageTheme(this.doc));
  }

  setTheme(theme: 'light' | 'dark'): void {
    this.theme = theme;
    for (const host of this.doc.querySelectorAll(BADGE_TAG)) host.setAttribute('data-theme', theme);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    for (const host of this.doc.querySelectorAll(BADGE_TAG)) (host as HTMLElement).hidden = !visible;
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** Renders (or re-renders) the badge of post `el`, beside `anchor` (its action bar). */
  show(el: Element, anchor: Element | null, view: BadgeChip): void {
    let host = this.hosts.get(el);
    if (!host?.isConnected) {
      host = this.createHost();
      if (anchor && anchor !== el && el.contains(anchor) && anchor.parentNode) {
        host.setAttribute('data-placement', 'above');
        anchor.parentNode.insertBefore(host, anchor);
      } else {
        host.setAttribute('data-placement', 'inside');
        el.insertBefore(host, el.firstChild);
      }
      this.hosts.set(el, host);
    }
    host.setAttribute('data-postlens-key', view.key);
    host.setAttribute('data-band', view.band ?? 'none');
    let badge = this.badges.get(host);
    if (!badge) {
      badge = new Badge(this.doc, host.shadowRoot!, this.onOpen, this.onAdd);
      this.badges.set(host, badge);
    }
    badge.update(view);
  }

  /** Removes the badge of post `el` (its element holds no readable post any more). */
  hide(el: Element): void {
    const host = this.hosts.get(el);
    if (host) this.remove(host);
    this.hosts.delete(el);
  }

  /** Removes every badge (extension reloaded or turned off). */
  clear(): void {
    for (const host of this.doc.querySelectorAll(BADGE_TAG)) this.remove(host as HTMLElement);
    this.hosts = new WeakMap();
  }

  private remove(host: HTMLElement): void {
    this.badges.get(host)?.close();
    host.remove();
  }

  private createHost(): HTMLElement {
    const host = this.doc.createElement(BADGE_TAG);
    host.setAttribute('data-theme', this.theme);
    host.hidden = !this.visible;
    // A <style> of its own in each badge, not one constructed sheet that every badge adopts: in
    // Chromium the frame after new badges adopt it spends time in Document::updateActiveStyle that
    // grows with the number of shadow roots adopting it (14 ms with 5,000 badges, 2–5 ms with a
    // <style> each; docs/performance.md). Blink parses identical <style> text once and shares it.
    // Firefox ESR 140 refused the adopted sheet from a content script in any case. A page's policy
    // without 'unsafe-inline' styles does not block it (tests/harness/suites/platforms.ts).
    const style = this.doc.createElement('style');
    style.textContent = this.css;
    host.attachShadow({ mode: 'open' }).append(style);
    for (const type of ISOLATED_EVENTS) host.addEventListener(type, stopAtHost);
    return host;
  }
}

/** Light or dark, from the page's own background colour (platforms theme the body or html). */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = view.getComputedStyle(el).backgroundColor.match(/\d+(\.\d+)?/g);
    if (!m || m.length < 3) continue;
    const [r, g, b, a] = m.map(Number) as [number, number, number, number?];
    if (a === 0) continue;
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const addToCampaign = (key: string): void => {
  sendMessage('openAddToCampaign', key).catch(() => {});
};

/**
 * The badge surface a content script draws on: this document, with the badge's own styles.
 * "Add to campaign…" sends one message and nothing else: the background checks it came from our
 * content script and opens the dashboard's campaigns view, where the user picks the campaign
 * (lib/background/open-dashboard.ts says why the card holds no campaign list). It is wired here,
 * not in lib/content's runner, because the runner's surface factory takes only `openPost`.
 */
export const pageBadges = (openPost: (key: string) => void): BadgeSurface =>
  new BadgeLayer(document, badgeCss, openPost, addToCampaign);
