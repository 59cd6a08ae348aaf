// The badge's card holds buttons ("History and campaigns…", "Add to campaign…"): a tooltip may hold
// no interactive content (WAI-ARIA role=tooltip), and screen readers do not let a user reach
// controls inside one. The chip is a disclosure button instead: it says whether the card is open
// and which element it opens; the card is a named group that follows the chip in focus order,
// and Escape closes it with focus back on the chip. Hover keeps opening it.
import { BadgeLayer } from '@/components/badge/badge-layer';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';
import { fireEvent } from '../testing-library';

// Every test closes its badge, passed or failed: an open card listens on the document for Escape.
let layer: BadgeLayer | undefined;
afterEach(() => layer?.clear());

function setup() {
  document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
  layer = new BadgeLayer(
    document,
    '',
    () => {},
    () => {},
  );
  const post = document.querySelector('article')!;
  layer.show(
    post,
    post.querySelector('.actions'),
    buildBadgeChip({
      reading: instagramReading({ views: 6_000 }),
      knowledge: undefined,
      bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
      preference: 'auto',
      locale: 'en',
    }),
  );
  const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
  return { shadow, chip: shadow.querySelector('button.chip') as HTMLButtonElement };
}

const byId = (root: ShadowRoot, id: string | null) => (id ? root.querySelector(`[id="${id}"]`) : null);

describe("the badge's card with its buttons", () => {
  it.each([
    ['focus', (_: ShadowRoot, chip: HTMLElement) => chip.focus()],
    ['hover', (s: ShadowRoot) => fireEvent.mouseEnter(s.querySelector('.wrap')!)],
  ])('opened by %s, is a named group the expanded chip controls, not a tooltip', (_, openIt) => {
    const { shadow, chip } = setup();
    openIt(shadow, chip);
    const card = shadow.querySelector('.card')!;
    expect(card.querySelectorAll('button')).toHaveLength(2);
    expect(card.getAttribute('role')).toBe('group');
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(byId(shadow, chip.getAttribute('aria-controls'))).toBe(card);
    // Not a description either: the card's buttons would be read as the chip's words.
    expect(chip.hasAttribute('aria-describedby')).toBe(false);
    // Its name: the card's title (the headline and its band).
    const name = byId(shadow, card.getAttribute('aria-labelledby'));
    expect(name?.textContent).toBe('3% of views · viral for this platform, as an ER by views');
    expect(card.contains(name)).toBe(true);
  });

  it('follows the chip in focus order, and Escape on its button closes it and gives focus back', () => {
    const { shadow, chip } = setup();
    chip.focus();
    const buttons = [...shadow.querySelectorAll('button')];
    expect(buttons[0]).toBe(chip);
    const history = shadow.querySelector('.card button') as HTMLButtonElement;
    expect(buttons.indexOf(history)).toBe(1);
    history.focus();
    expect(shadow.querySelector('.card')).not.toBeNull();
    fireEvent.keyDown(history, { key: 'Escape' });
    expect(shadow.querySelector('.card')).toBeNull();
    expect(shadow.activeElement).toBe(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    // Closed, the chip points at no element: the card is gone from the shadow root.
    expect(chip.hasAttribute('aria-controls')).toBe(false);
  });
});
