// A keyboard user on an open card's "History and campaigns…" button: the badge is drawn again
// whenever PostLens learns more of the post (the background's answer after each stored batch, the
// page's profile header, a count that changed). The card was rebuilt under the focused button,
// and focus fell to the page's <body>: the card closed on the next key and Tab started over.
import { BadgeLayer } from '@/components/badge/badge-layer';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';

const chipFor = (likes: number) =>
  buildBadgeChip({
    reading: instagramReading({ likes }),
    knowledge: undefined,
    preference: 'auto',
    locale: 'en',
  });

function setup() {
  document.body.innerHTML = '<article><p>post</p><div class="actions"></div></article>';
  const layer = new BadgeLayer(
    document,
    '',
    () => {},
    () => {},
  );
  const post = document.querySelector('article')!;
  const show = (likes: number) => layer.show(post, post.querySelector('.actions'), chipFor(likes));
  show(150);
  const shadow = document.querySelector('postlens-badge')!.shadowRoot!;
  return { show, shadow, chip: shadow.querySelector('button.chip') as HTMLButtonElement };
}

describe("the card's focus survives the badge being drawn again", () => {
  it.each([
    [0, 'History and campaigns…'],
    [1, 'Add to campaign…'],
  ])("focus on the card's button %i stays on that button of the new card", (i, text) => {
    const { show, shadow, chip } = setup();
    chip.focus();
    const button = shadow.querySelectorAll<HTMLButtonElement>('.card button')[i]!;
    button.focus();
    expect(shadow.activeElement).toBe(button);
    show(151);
    expect(shadow.querySelector('.card')).not.toBeNull();
    expect(shadow.querySelector('.card-title')!.textContent).toBe(
      "open @acme's profile once to rate by followers",
    );
    expect(shadow.activeElement?.textContent).toBe(text);
    expect(shadow.querySelector('.card')!.contains(shadow.activeElement)).toBe(true);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
  });

  it('focus on the chip stays on the chip, the card open', () => {
    const { show, shadow, chip } = setup();
    chip.focus();
    show(151);
    expect(shadow.activeElement).toBe(chip);
    expect(shadow.querySelector('.card')).not.toBeNull();
  });
});
