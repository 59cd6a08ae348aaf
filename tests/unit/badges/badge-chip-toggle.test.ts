// The chip is a disclosure button (aria-expanded, aria-controls): pressing it (a click, Enter or
// Space, which a button turns into a click) must toggle the card it controls. It only ever opened
// the card: a keyboard user whose focus had opened it could close it with Escape alone, and a mouse
// user who clicked the chip to close the card saw nothing happen. Hover still opens the card and
// leaving still closes one that hover opened; one that a press opened stays until pressed again,
// Escape, or focus leaving the badge. A press that arrives with the hover or focus that just
// opened the card (a pointer moved onto the chip and clicked, a tap, a screen reader's focus and
// click) keeps it open rather than closing it the moment it appears.
import { BadgeLayer } from '@/components/badge/badge-layer';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';

let layer: BadgeLayer | undefined;
afterEach(() => layer?.clear());

function setup() {
  document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article><a href="#x">x</a>';
  layer = new BadgeLayer(document, '');
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
  const chip = shadow.querySelector('button.chip') as HTMLButtonElement;
  const wrap = shadow.querySelector('.wrap')!;
  // Events at `ms` after now on the page's clock (Event.timeStamp): chip.focus() fires one of its own.
  const now = performance.now();
  const at = <E extends Event>(ms: number, e: E): E => {
    Object.defineProperty(e, 'timeStamp', { value: now + ms });
    return e;
  };
  const ui = {
    /** A click, or Enter or Space on the focused chip (a button's key press is a click, detail 0). */
    press: (ms: number, detail = 0) =>
      chip.dispatchEvent(at(ms, new MouseEvent('click', { bubbles: true, composed: true, detail }))),
    focus: (ms: number) => chip.dispatchEvent(at(ms, new FocusEvent('focus'))),
    enter: (ms: number) => wrap.dispatchEvent(at(ms, new MouseEvent('mouseenter'))),
    leave: (ms: number) => wrap.dispatchEvent(at(ms, new MouseEvent('mouseleave'))),
    state: () => [!!shadow.querySelector('.card'), chip.getAttribute('aria-expanded')],
  };
  return { shadow, chip, ...ui };
}

const OPEN = [true, 'true'];
const CLOSED = [false, 'false'];

describe('pressing the chip toggles its card', () => {
  it('Enter or Space: a card that focus opened closes, and opens and closes again', () => {
    const { chip, press, state } = setup();
    chip.focus();
    expect(state()).toEqual(OPEN);
    press(3_000);
    expect(state()).toEqual(CLOSED);
    expect(chip.hasAttribute('aria-controls')).toBe(false);
    press(4_000);
    expect(state()).toEqual(OPEN);
    press(5_000);
    expect(state()).toEqual(CLOSED);
  });

  it('a click: closes a card that hover opened a while ago; a card a click opened stays after leaving', () => {
    const { press, enter, leave, state } = setup();
    enter(1_000);
    expect(state()).toEqual(OPEN);
    press(3_000, 1);
    expect(state()).toEqual(CLOSED);
    press(4_000, 1);
    expect(state()).toEqual(OPEN);
    leave(5_000);
    expect(state()).toEqual(OPEN);
    enter(6_000);
    press(8_000, 1);
    expect(state()).toEqual(CLOSED);
  });

  it.each([
    ['a pointer moved onto the chip and clicked', 'enter', 1],
    ['a tap, or a screen reader focusing and pressing the chip', 'focus', 0],
  ] as const)('%s opens the card and keeps it open, after leaving too', (_, opener, detail) => {
    const { press, leave, state, ...ui } = setup();
    ui[opener](1_000);
    press(1_120, detail);
    expect(state()).toEqual(OPEN);
    leave(2_000);
    expect(state()).toEqual(OPEN);
  });

  it('hover alone still opens and leaving closes; a pressed card closes when focus leaves the badge', () => {
    const { chip, press, enter, leave, state } = setup();
    enter(1_000);
    leave(2_000);
    expect(state()).toEqual(CLOSED);
    chip.focus();
    press(3_000);
    press(4_000);
    expect(state()).toEqual(OPEN);
    leave(5_000);
    expect(state()).toEqual(OPEN);
    (document.querySelector('a') as HTMLAnchorElement).focus();
    expect(state()).toEqual(CLOSED);
  });
});
