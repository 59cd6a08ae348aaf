// A card closed with Escape opens again from the chip itself: the chip is a button whose state is
// "collapsed", and pressing it (Enter, Space, a click) must not do nothing while focus stays on it.
import { Badge } from '@/components/badge/badge';
import { buildBadgeChip } from '@/lib/metrics/badge-chip';
import { instagramReading } from '../fixtures/reading';

function setup() {
  document.body.innerHTML = '<div id="h"></div>';
  const root = document.getElementById('h')!.attachShadow({ mode: 'open' });
  const badge = new Badge(document, root);
  badge.update(
    buildBadgeChip({
      reading: instagramReading({ views: 6_000 }),
      knowledge: undefined,
      preference: 'auto',
      locale: 'en',
      now: Date.UTC(2026, 0, 10, 12),
    }),
  );
  return { root, badge, chip: root.querySelector('button') as HTMLButtonElement };
}

describe('the chip after Escape', () => {
  it('opens the card again when pressed', () => {
    const { root, badge, chip } = setup();
    chip.focus();
    chip.dispatchEvent(new FocusEvent('focus'));
    expect(root.querySelector('.card')).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.querySelector('.card')).toBeNull();
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    // Enter or Space on a button is a click.
    chip.click();
    expect(root.querySelector('.card')).not.toBeNull();
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    badge.close();
  });

  it('keeps a card opened by hover open when the chip is clicked', () => {
    const { root, badge, chip } = setup();
    chip.parentElement!.dispatchEvent(new MouseEvent('mouseenter'));
    chip.click();
    expect(root.querySelector('.card')).not.toBeNull();
    badge.close();
  });
});
