// A star whose change failed put its error, "Error details" folded in a <details>, inside two
// <span>s: a <span> may hold phrasing content only and <details> is flow content, so the markup
// was not valid HTML (a parser moves such a <details> out of where it stands). Now the star and
// its alert are flow elements shown inline: what the user sees and reads stays the same.

import { StarToggle } from '@/components/common/star-toggle';
import { t } from '@/lib/i18n';
import { watchlistItem } from '@/lib/watchlist';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

/** Elements that may hold phrasing content only (HTML's content models), as a selector. */
const PHRASING_ONLY = 'span, button, label, a, b, i, em, strong, small, code, bdi, summary, p';
/** Flow content that is not phrasing content: none may stand inside a PHRASING_ONLY element. */
const FLOW_ONLY = 'details, div, p, ul, ol, fieldset, section, table';

/** Each flow-only element of `root` standing in a phrasing-only one, as "inner in outer". */
function misnested(root: Element): string[] {
  return [...root.querySelectorAll(FLOW_ONLY)].flatMap((el) => {
    const outer = el.parentElement?.closest(PHRASING_ONLY);
    return outer && root.contains(outer)
      ? [`${el.tagName.toLowerCase()} in ${outer.tagName.toLowerCase()}`]
      : [];
  });
}

it('a failed star’s folded error stands in valid markup, shown inline as before', async () => {
  vi.spyOn(watchlistItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  const { container } = render(<StarToggle kind="posts" itemKey="x:1" label="this post" />);
  const star = (await screen.findByRole('button', {
    name: t('common.star.starItem', 'this post'),
  })) as HTMLButtonElement;
  await waitFor(() => expect(star.disabled).toBe(false));
  fireEvent.click(star);
  const alert = await screen.findByRole('alert');
  expect(alert.querySelector('details code')?.textContent).toBe('Error: QUOTA_BYTES quota exceeded');
  expect(misnested(container)).toEqual([]);
  // Looks as it did: the star with its alert runs on in the line around it.
  const wrapper = container.firstElementChild as HTMLElement;
  expect(wrapper.classList.contains('star-toggle')).toBe(true);
  for (const el of [wrapper, alert]) expect(getComputedStyle(el).display).toBe('inline');
});
