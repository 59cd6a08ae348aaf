// Safari, and Firefox on macOS, do not focus a button that is clicked: a card opened by a click on
// the chip got no focus, so no focusout ever closed it, and a click elsewhere on the page left it
// open (only another click on the chip or Escape closed it). A press outside the badge closes the
// card in every browser; one inside it (the chip, the card) does not. The document hears presses
// only while a card is open: a page of thousands of closed badges holds no listener of theirs.
import { BadgeLayer } from '@/components/badge/badge-layer';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';

let layer: BadgeLayer | undefined;
afterEach(() => {
  layer?.clear();
  vi.restoreAllMocks();
});

function setup() {
  document.body.innerHTML =
    '<article><p>post</p><div class="actions"></div></article><article><p>other</p><div class="actions"></div></article>';
  // The document's listeners, as added and not yet removed: [type, capture].
  const listening = new Set<string>();
  const key = (type: string, options?: boolean | AddEventListenerOptions) =>
    `${type}:${typeof options === 'boolean' ? options : !!options?.capture}`;
  const add = document.addEventListener.bind(document);
  const remove = document.removeEventListener.bind(document);
  vi.spyOn(document, 'addEventListener').mockImplementation((type, fn, options) => {
    listening.add(key(type, options));
    add(type, fn, options);
  });
  vi.spyOn(document, 'removeEventListener').mockImplementation((type, fn, options) => {
    listening.delete(key(type, options));
    remove(type, fn, options);
  });
  layer = new BadgeLayer(document, '');
  for (const [i, post] of [...document.querySelectorAll('article')].entries())
    layer.show(
      post,
      post.querySelector('.actions'),
      buildBadgeChip({
        reading: instagramReading({ views: 6_000, postId: `p${i}` }),
        knowledge: undefined,
        bands: { typical: 0.01, strong: 0.02, viral: 0.03 },
        preference: 'auto',
        locale: 'en',
      }),
    );
  const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
  const chip = shadow.querySelector('button.chip') as HTMLButtonElement;
  const wrap = shadow.querySelector('.wrap')!;
  const press = (target: Element) =>
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  /** A mouse click on the chip as Safari gives it: the pointer comes onto it, a click, no focus. */
  const clickOpen = () => {
    wrap.dispatchEvent(new MouseEvent('mouseenter'));
    press(chip);
    chip.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    wrap.dispatchEvent(new MouseEvent('mouseleave'));
  };
  const isOpen = () => chip.getAttribute('aria-expanded') === 'true' && !!shadow.querySelector('.card');
  return { shadow, press, clickOpen, isOpen, listening };
}

describe('a card opened by a click, without focus', () => {
  it('stays open after the pointer leaves, with focus never on the chip', () => {
    const { shadow, clickOpen, isOpen } = setup();
    clickOpen();
    expect(shadow.activeElement).toBeNull();
    expect(isOpen()).toBe(true);
  });

  it.each([
    ['the page', () => document.querySelector('article p')!],
    ['the body', () => document.body],
    [
      "another post's badge",
      () => document.querySelectorAll('postlens-badge')[1]!.shadowRoot!.querySelector('.chip')!,
    ],
  ])('closes on a press on %s', (_, target) => {
    const { press, clickOpen, isOpen } = setup();
    clickOpen();
    press(target());
    expect(isOpen()).toBe(false);
  });

  it.each([
    ['the card', (s: ShadowRoot) => s.querySelector('.card')!],
    ["the card's figures", (s: ShadowRoot) => s.querySelector('.card .counts')!],
    ['the chip', (s: ShadowRoot) => s.querySelector('.chip')!],
  ])('stays open on a press on %s', (_, target) => {
    const { shadow, press, clickOpen, isOpen } = setup();
    clickOpen();
    press(target(shadow));
    expect(isOpen()).toBe(true);
  });
});

describe("the document's listeners", () => {
  it('none while no card is open; one for presses while a card is, gone when it closes', () => {
    const { press, clickOpen, isOpen, listening } = setup();
    expect(listening.size).toBe(0);
    clickOpen();
    expect(listening.has('pointerdown:true')).toBe(true);
    press(document.body);
    expect(isOpen()).toBe(false);
    expect(listening.size).toBe(0);
    clickOpen();
    layer!.clear();
    expect(listening.size).toBe(0);
  });
});
