// Options → Sites you enabled: disabling a Mastodon server says what happened ("PostLens is off on
// …", or why it could not be). Disabling the last one listed emptied the list, and the section
// went with it, its answer too: the user was told nothing, whether it worked or not.
import { SitesList } from '@/components/options/sites-list';
import { disableSite, enabledSites } from '@/lib/platforms/mastodon/site-access';
import { fireEvent, render, screen, waitFor } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(),
  disableSite: vi.fn(),
}));

beforeEach(() => vi.mocked(enabledSites).mockReset());

it.each([
  ['the last site', ['fosstodon.org'], []],
  ['one of two', ['fosstodon.org', 'hachyderm.io'], ['hachyderm.io']],
])('disabling %s shows its answer', async (_, before, after) => {
  vi.mocked(enabledSites).mockResolvedValueOnce(before).mockResolvedValueOnce(after);
  vi.mocked(disableSite).mockResolvedValueOnce({
    ok: true,
    message: 'PostLens is off on fosstodon.org.',
  } as never);
  render(<SitesList />);
  fireEvent.click((await screen.findAllByRole('button', { name: 'Disable' }))[0]!);
  // The list read again after the answer: the site gone, the answer still there.
  await waitFor(() => expect(enabledSites).toHaveBeenCalledTimes(2));
  await waitFor(() =>
    expect(screen.queryAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(after),
  );
  expect(screen.getByRole('status').textContent).toBe('PostLens is off on fosstodon.org.');
});

it('shows nothing while no site was enabled', async () => {
  vi.mocked(enabledSites).mockResolvedValueOnce([]);
  const { container } = render(<SitesList />);
  await Promise.resolve();
  expect(container.innerHTML).toBe('');
});
