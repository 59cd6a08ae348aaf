import { BadgeLayer } from '@/components/badge/badge-layer';
import type { PostKnowledge } from '@/lib/messaging/protocol';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import type { PostReading } from '@/lib/types';
import { instagramReading, storedReading } from '../fixtures/reading';
import { fireEvent } from '../testing-library';

const HOSTILE = '<img src=x onerror=alert(1)>';

const reading = instagramReading;

const knowledge = (over: Partial<PostKnowledge> = {}): PostKnowledge => ({
  firstSeen: Date.UTC(2026, 0, 1, 10),
  lastSeen: Date.UTC(2026, 0, 1, 12),
  history: [storedReading(Date.UTC(2026, 0, 1, 10), 100), storedReading(Date.UTC(2026, 0, 1, 12), 180)],
  authorFollowers: 10_000,
  authorMedianEr: 0.0075,
  authorPostCount: 5,
  ...over,
});

const view = (r: PostReading, k?: PostKnowledge, pref: 'auto' | 'followers' | 'views' = 'auto') =>
  buildBadgeChip({
    reading: r,
    knowledge: k,
    bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
    preference: pref,
    locale: 'en',
  });

function renderBadge(r: PostReading, k?: PostKnowledge) {
  document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
  const layer = new BadgeLayer(document, '.chip{}');
  const post = document.querySelector('article')!;
  layer.show(post, post.querySelector('.actions'), view(r, k));
  const host = document.querySelector('postlens-badge') as HTMLElement;
  return { host, shadow: host.shadowRoot!, layer, post };
}

// What the view says is tested in tests/unit/badge/badge-model.test.ts; here, how it is drawn.

describe('badge rendering', () => {
  it('puts a labelled, keyboard-reachable chip in a shadow root beside the action bar', () => {
    const { host, shadow } = renderBadge(reading({ views: 6000 }));
    expect(host.nextElementSibling?.className).toBe('actions');
    expect(host.getAttribute('data-postlens-key')).toBe('instagram:C1');
    const chip = shadow.querySelector('button')!;
    expect(chip.getAttribute('aria-label')).toBe('PostLens: 3% of views, viral for this platform');
    expect(chip.tabIndex).toBe(0);
  });

  const sixHoursAgo = () => new Date(Date.now() - 6 * 3_600_000).toISOString();
  it.each([
    ['a rate', () => reading({ views: 6000 }), 'chip band-viral kind-rate'],
    ['a velocity', () => reading({ publishedAt: sixHoursAgo() }), 'chip band-none kind-velocity'],
    ['an action', () => reading(), 'chip band-none kind-action'],
  ])("draws %s with the view's headline as the chip's only text", (_, r, cls) => {
    const { shadow } = renderBadge(r());
    const chip = shadow.querySelector('button')!;
    expect(chip.textContent).toBe(view(r()).headline);
    expect(chip.className).toBe(cls);
  });

  it('redraws the chip, and the card if open, when the view changes', () => {
    const { shadow, layer, post } = renderBadge(reading());
    fireEvent.focus(shadow.querySelector('button')!);
    expect(shadow.querySelector('.card-title')!.textContent).toBe(
      "open @acme's profile once to rate by followers",
    );
    layer.show(post, post.querySelector('.actions'), view(reading(), knowledge()));
    expect(document.querySelectorAll('postlens-badge')).toHaveLength(1);
    expect(shadow.querySelector('button')!.textContent).toBe('1.8% of followers');
    expect(shadow.querySelector('.card-title')!.textContent).toBe(
      '1.8% of followers · typical for this platform, as an ER by followers',
    );
    expect(shadow.querySelectorAll('.card')).toHaveLength(1);
  });

  it('closes the card on Escape and when the pointer leaves', () => {
    const { shadow } = renderBadge(reading());
    const chip = shadow.querySelector('button')!;
    fireEvent.mouseEnter(shadow.querySelector('.wrap')!);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    fireEvent.mouseLeave(shadow.querySelector('.wrap')!);
    expect(shadow.querySelector('.card')).toBeNull();
    fireEvent.focus(chip);
    fireEvent.keyDown(chip, { key: 'Escape' });
    expect(shadow.querySelector('.card')).toBeNull();
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(chip.hasAttribute('aria-controls')).toBe(false);
  });

  // WCAG 1.4.13: a card shown on hover or focus is dismissible without moving the pointer or focus.
  it("closes on Escape with focus on the card's own button, and gives focus back to the chip", () => {
    document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
    const layer = new BadgeLayer(document, '', () => {});
    const post = document.querySelector('article')!;
    layer.show(post, post.querySelector('.actions'), view(reading()));
    const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
    const chip = shadow.querySelector('button')!;
    chip.focus();
    const history = shadow.querySelector('.card button.open') as HTMLButtonElement;
    // Tab on to "History and campaigns…": focus stays in the badge, so the card stays open.
    history.focus();
    expect(shadow.activeElement).toBe(history);
    expect(shadow.querySelector('.card')).not.toBeNull();
    fireEvent.keyDown(history, { key: 'Escape' });
    expect(shadow.querySelector('.card')).toBeNull();
    expect(shadow.activeElement).toBe(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes a hover-opened card on Escape with focus elsewhere in the page, and leaves focus there', () => {
    const { shadow } = renderBadge(reading());
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    fireEvent.mouseEnter(shadow.querySelector('.wrap')!);
    expect(shadow.querySelector('.card')).not.toBeNull();
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(shadow.querySelector('.card')).toBeNull();
    expect(document.activeElement).toBe(field);
    // Other keys leave it open; the document is listened to only while a card is open.
    fireEvent.mouseEnter(shadow.querySelector('.wrap')!);
    fireEvent.keyDown(field, { key: 'a' });
    expect(shadow.querySelector('.card')).not.toBeNull();
  });

  it('raises its badge over the later ones while the card is open (badge.css: data-open)', () => {
    const { shadow } = renderBadge(reading());
    const host = shadow.host;
    fireEvent.mouseEnter(shadow.querySelector('.wrap')!);
    expect(host.hasAttribute('data-open')).toBe(true);
    fireEvent.mouseLeave(shadow.querySelector('.wrap')!);
    expect(host.hasAttribute('data-open')).toBe(false);
  });

  it('opens the card on focus with every count and both rates', async () => {
    const { shadow } = renderBadge(reading(), knowledge());
    fireEvent.focus(shadow.querySelector('button')!);
    await new Promise((r) => setTimeout(r, 0));
    const card = shadow.querySelector('.card[role="group"]')!;
    expect(card.textContent).toContain('Likes150');
    expect(card.textContent).toContain('Repostsnot shown');
    expect(card.textContent).toContain('ER by followers 1.8%');
    expect(card.textContent).toContain('needs a view count above 0');
    expect(card.querySelector('code')!.textContent).toBe(
      '(likes + comments) / followers = (150 + 30) / 10,000',
    );
    expect(card.querySelector('svg.spark polyline')!.getAttribute('points')).toBe('0.0,26.0 120.0,2.0');
    expect(shadow.querySelector('button')!.getAttribute('aria-controls')).toBe(card.id);
  });

  it('renders hostile author names and post text as text', async () => {
    const r = reading({ author: { handle: HOSTILE, name: HOSTILE }, text: HOSTILE, postId: HOSTILE });
    const { shadow, host } = renderBadge(r, knowledge());
    fireEvent.focus(shadow.querySelector('button')!);
    await new Promise((res) => setTimeout(res, 0));
    expect(shadow.querySelector('.author')!.textContent).toBe(`${HOSTILE} @${HOSTILE}`);
    expect(shadow.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(host.getAttribute('data-postlens-key')).toBe(`instagram:${HOSTILE}`);
  });

  it('keeps clicks inside the badge from reaching the post', () => {
    const { shadow } = renderBadge(reading());
    const onClick = vi.fn();
    document.querySelector('article')!.addEventListener('click', onClick);
    shadow.querySelector('button')!.click();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('hides and shows every badge (the off switch and keyboard shortcut)', () => {
    document.body.innerHTML = '<article></article>';
    const layer = new BadgeLayer(document, '');
    layer.show(document.querySelector('article')!, null, view(reading()));
    layer.setVisible(false);
    expect((document.querySelector('postlens-badge') as HTMLElement).hidden).toBe(true);
    layer.setVisible(true);
    expect((document.querySelector('postlens-badge') as HTMLElement).hidden).toBe(false);
  });
});

describe('card actions', () => {
  it('asks to open the post in the dashboard (history and campaigns)', async () => {
    document.body.innerHTML = '<article><div class="actions"></div></article>';
    const opened: string[] = [];
    const layer = new BadgeLayer(document, '', (key) => opened.push(key));
    const post = document.querySelector('article')!;
    layer.show(post, post.querySelector('.actions'), view(reading(), knowledge()));
    const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
    fireEvent.focus(shadow.querySelector('button.chip')!);
    await new Promise((r) => setTimeout(r, 0));
    const open = Array.from(shadow.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('campaigns'),
    );
    // Focus moving from the chip to the card's button keeps the card open.
    fireEvent.focusOut(shadow.querySelector('button.chip')!, { relatedTarget: open });
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow.querySelector('.card')).not.toBeNull();
    open!.click();
    expect(opened).toEqual(['instagram:C1']);
    // Focus leaving the badge closes the card.
    fireEvent.focusOut(open!, { relatedTarget: document.body });
    await new Promise((r) => setTimeout(r, 0));
    expect(shadow.querySelector('.card')).toBeNull();
  });
});

describe('badge styles', () => {
  // Each badge carries its styles in a <style> of its own and adopts no shared constructed sheet:
  // in Chromium every extra shadow root adopting one sheet made the frame's style update slower
  // for all the others, and Firefox 140 ESR refuses the adoption from a content script.
  it("puts the layer's styles in each badge and adopts no shared sheet", () => {
    const desc = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets');
    let attempts = 0;
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        attempts++;
        throw new TypeError('Accessing from Xray wrapper is not supported.');
      },
    });
    try {
      document.body.innerHTML =
        '<article id="a"><div class="actions"></div></article><article id="b"><div class="actions"></div></article>';
      const layer = new BadgeLayer(document, '.chip{color:red}');
      for (const post of document.querySelectorAll('article')) {
        layer.show(post, post.querySelector('.actions'), view(reading({ postId: post.id, views: 6000 })));
      }
      const hosts = [...document.querySelectorAll('postlens-badge')] as HTMLElement[];
      expect(hosts).toHaveLength(2);
      for (const host of hosts) {
        expect(host.shadowRoot?.querySelectorAll('style')).toHaveLength(1);
        expect(host.shadowRoot?.querySelector('style')?.textContent).toBe('.chip{color:red}');
        expect(host.shadowRoot?.querySelector('button')?.textContent).toContain('3%');
      }
      expect(attempts).toBe(0);
    } finally {
      if (desc) Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', desc);
      else delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it('keeps one <style> in a badge that is drawn again', () => {
    document.body.innerHTML = '<article><div class="actions"></div></article>';
    const layer = new BadgeLayer(document, '.chip{color:red}');
    const post = document.querySelector('article')!;
    layer.show(post, post.querySelector('.actions'), view(reading({ views: 6000 })));
    layer.show(post, post.querySelector('.actions'), view(reading({ views: 6000, likes: 90 })));
    const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
    expect(shadow.querySelectorAll('style')).toHaveLength(1);
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });
});
