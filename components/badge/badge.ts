// The on-page badge: one chip beside a post's action bar, and a card on hover or focus. Plain DOM,
// no framework: it ships in every content script, and a chip and a card do not need one.
// Everything from the page arrives as strings in BadgeView and is set as text (a Text node),
// never parsed as markup.
import type { BadgeChip, BadgeView, Band } from '@/lib/metrics';
import { t } from '../../lib/i18n';
import { placeCard } from './card-place';
import { sparkPoints } from './spark-points';

type Child = Node | string | null | false | undefined;

/** How soon after hover or focus opened the card a click is part of the same press (ms). */
const PRESS_MS = 500;

/** An element with attributes and children; strings become Text nodes. */
function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: Child[]): Element {
  const e =
    tag === 'svg' || tag === 'polyline'
      ? doc.createElementNS('http://www.w3.org/2000/svg', tag)
      : doc.createElement(tag);
  for (const name in attrs) e.setAttribute(name, attrs[name]!);
  for (const c of children) if (c) e.append(c);
  return e;
}

/** "strong for this platform": the band beside the card's title. */
const bandText = (band: Band) =>
  band === 'viral'
    ? t('badgeCard.band.viral')
    : band === 'strong'
      ? t('badgeCard.band.strong')
      : band === 'typical'
        ? t('badgeCard.band.typical')
        : t('badgeCard.band.below');

/**
 * One post's chip and card, drawn into the badge's shadow root. It keeps the chip only; the card
 * is built when opened (BadgeChip.card) and dropped when closed. Its listeners are the badge
 * itself (handleEvent), not closures: a feed holds thousands of badges.
 */
export class Badge {
  private chipView: BadgeChip | null = null;
  private card: Element | null = null;
  /** The card was opened or kept by a press of the chip: leaving with the pointer keeps it. */
  private pressed = false;
  /** When hover or focus last opened the card (Event.timeStamp). */
  private openedAt = 0;
  private readonly wrap: Element;
  private readonly chip: Element;
  private readonly text: Element;

  constructor(
    private readonly doc: Document,
    root: ShadowRoot,
    /** "History and campaigns…" in the card: open the post in the dashboard. */
    private readonly onOpen?: (key: string) => void,
    /** "Add to campaign…" in the card: open the dashboard's prompt for the post (see pageBadges). */
    private readonly onAdd?: (key: string) => void,
  ) {
    this.text = el(doc, 'span', { class: 'headline' });
    this.chip = el(
      doc,
      'button',
      { type: 'button' },
      el(doc, 'span', { class: 'dot', 'aria-hidden': 'true' }),
      this.text,
    );
    this.wrap = el(doc, 'div', { class: 'wrap' }, this.chip);
    root.append(this.wrap);
    // A card that hover opened stays open only while the pointer is on the badge (it may move onto
    // the card); one that a press of the chip opened stays until pressed again, Escape, focus
    // leaving the badge, or a press outside it. Keyboard users get the same card by focusing the
    // chip, and focus moving on to the card's own button keeps it open.
    // Escape, and a press outside the badge, close an open card wherever focus is (open() listens
    // on the document meanwhile): Safari, and Firefox on macOS, focus no button that is clicked,
    // so a card a click opened there never saw focus leave.
    for (const type of ['mouseenter', 'mouseleave', 'focusout']) this.wrap.addEventListener(type, this);
    // Pressing the chip (Enter, Space, a click) toggles the card, as a disclosure button does.
    for (const type of ['focus', 'click']) this.chip.addEventListener(type, this);
  }

  handleEvent(e: Event): void {
    switch (e.type) {
      case 'mouseenter':
      case 'focus':
        if (!this.card) this.openedAt = e.timeStamp;
        this.open(true);
        break;
      case 'click':
        // A press that comes with the hover or focus that has just opened the card (a pointer
        // moved onto the chip and clicked, a tap, a screen reader's focus and click, all within
        // a double-click's time) keeps the card open: closing it would undo what the user aimed at.
        if (this.card && (this.pressed || e.timeStamp - this.openedAt > PRESS_MS)) this.open(false);
        else {
          this.open(true);
          this.pressed = !!this.card;
        }
        break;
      case 'mouseleave':
        if (!this.pressed) this.open(false);
        break;
      case 'focusout':
        if (!this.wrap.contains((e as FocusEvent).relatedTarget as Node | null)) this.open(false);
        break;
      case 'keydown':
        if ((e as KeyboardEvent).key === 'Escape') this.dismiss();
        break;
      case 'pointerdown':
        if (!e.composedPath().includes(this.wrap)) this.open(false);
        break;
    }
  }

  /**
   * Escape: closes the card (WCAG 1.4.13, dismissible without moving the pointer or focus). Focus
   * on the card's own button goes back to the chip first, while the card is still open (so the
   * chip's focus opens nothing), rather than being lost with the button to the page's body.
   */
  private dismiss(): void {
    const active = (this.wrap.getRootNode() as ShadowRoot).activeElement;
    if (active && active !== this.chip && this.card?.contains(active)) (this.chip as HTMLElement).focus();
    this.open(false);
  }

  /** Shows `chip`: the chip's text is its headline, exactly; an open card is built again. */
  update(chip: BadgeChip): void {
    this.chipView = chip;
    this.chip.setAttribute('class', `chip band-${chip.band ?? 'none'} kind-${chip.kind}`);
    this.chip.setAttribute('aria-label', chip.label);
    this.text.textContent = chip.headline;
    if (this.card) {
      // Focus on one of the card's buttons moves to the same button of the new card: removed with
      // the old one, it fell to the page's body (a keyboard user's place lost at every redraw). It
      // waits on the chip meanwhile, inside the badge, so neither move closes the card.
      const active = (this.wrap.getRootNode() as ShadowRoot).activeElement;
      const buttons = () => Array.from(this.card?.querySelectorAll('button') ?? []);
      const at = active ? buttons().indexOf(active as HTMLButtonElement) : -1;
      if (at >= 0) (this.chip as HTMLElement).focus();
      this.card.remove();
      this.card = null;
      this.open(true);
      if (at >= 0) buttons()[at]?.focus();
    }
  }

  /**
   * Closes the card, if open, and so takes away the document's listeners: a badge removed
   * from the page (its post emptied, the extension reloaded) must not stay reachable through it.
   */
  close(): void {
    this.open(false);
  }

  private open(open: boolean): void {
    const chip = this.chipView;
    if (!chip || open === !!this.card) return;
    this.chip.setAttribute('aria-expanded', String(open));
    this.card?.remove();
    this.card = null;
    this.host()?.toggleAttribute('data-open', open);
    // Only while the card is open (a page of closed badges holds no listener of theirs), and in
    // the capture phase: a hover-opened card must close on Escape with focus anywhere in the page,
    // a press anywhere outside the badge closes the card, and the badge's host stops keydown and
    // pointerdown from inside it (badge-layer.ts), as a page's own handlers may, before they
    // bubble to the document.
    for (const type of ['keydown', 'pointerdown'])
      if (open) this.doc.addEventListener(type, this, true);
      else this.doc.removeEventListener(type, this, true);
    // A disclosure: the chip controls the card while it exists (the card holds buttons, so it is
    // no tooltip and no description of the chip; it follows the chip in focus order).
    if (!open) {
      this.pressed = false;
      this.chip.removeAttribute('aria-controls');
      return;
    }
    const id = `postlens-card-${chip.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
    this.chip.setAttribute('aria-controls', id);
    this.card = this.drawCard(chip.card(), id);
    this.wrap.append(this.card);
    const inside = this.host()?.getAttribute('data-placement') === 'inside';
    placeCard(this.card as HTMLElement, this.chip, inside ? 'down' : 'up');
  }

  /** The <postlens-badge> element in the page, whose attributes badge.css reads. */
  private host(): Element | undefined {
    return (this.wrap.getRootNode() as ShadowRoot).host;
  }

  private drawCard(view: BadgeView, id: string): Element {
    const d = this.doc;
    const points = sparkPoints(view.history, 120, 28);
    const action = (label: string, act: ((key: string) => void) | undefined): Element | null => {
      if (!act) return null;
      const b = el(d, 'button', { type: 'button', class: 'open' }, label);
      // The badge lives in the page: its scripts can reach the card and call click(). Only the
      // user's own press (pointer, keyboard, assistive tech: the browser marks those trusted)
      // opens a tab; a synthesized click does nothing.
      b.addEventListener('click', (e) => {
        if (e.isTrusted !== false) act(view.key);
      });
      return b;
    };
    const open = action(t('badgeCard.history'), this.onOpen);
    const add = action(t('badgeCard.addToCampaign'), this.onAdd);
    return el(
      d,
      'div',
      { class: 'card', id, role: 'group', 'aria-labelledby': `${id}-t` },
      // The band with the basis it judged, or why the rate has none (a view built by hand may
      // give the band alone).
      el(
        d,
        'p',
        { class: 'card-title', id: `${id}-t` },
        view.headline,
        view.bandNote ? ` · ${view.bandNote}` : view.band && ` · ${bandText(view.band)}`,
      ),
      el(d, 'p', {}, el(d, 'code', {}, view.formula)),
      view.author && el(d, 'p', { class: 'author' }, view.author),
      el(
        d,
        'dl',
        { class: 'counts' },
        ...view.counts.map((c) => el(d, 'div', {}, el(d, 'dt', {}, c.label), el(d, 'dd', {}, c.value))),
      ),
      el(
        d,
        'ul',
        { class: 'rates' },
        ...view.figures.map((f) =>
          el(
            d,
            'li',
            {},
            el(d, 'strong', {}, f.label),
            ` ${f.value}`,
            el(d, 'br', {}),
            el(d, 'code', {}, f.formula),
            el(d, 'br', {}),
            el(d, 'small', {}, f.from),
          ),
        ),
      ),
      el(d, 'p', { class: 'seen' }, view.seen),
      points &&
        el(
          d,
          'svg',
          {
            class: 'spark',
            width: '120',
            height: '28',
            viewBox: '0 0 120 28',
            role: 'img',
            'aria-label': t('badgeCard.sparkline'),
          },
          el(d, 'polyline', { points, fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' }),
        ),
      (open || add) && el(d, 'div', { class: 'card-actions' }, open, add),
    );
  }
}
