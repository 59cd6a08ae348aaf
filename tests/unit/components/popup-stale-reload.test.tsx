// Two quick clicks on a switch each read the popup again. When the first read answered last (the
// tab's content script slower that time), its older settings replaced the newer ones: the switch
// showed "off" and the popup said "PostLens is switched off." while PostLens was on.

import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { sendMessage } from '@/lib/messaging/protocol';
import { type SiteStatus, siteStatus } from '@/lib/platforms/mastodon/site-access';
import { getSettings } from '@/lib/settings';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll, tab } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', async (original) => ({
  ...(await original<typeof import('@/lib/platforms/mastodon/site-access')>()),
  siteStatus: vi.fn(async (): Promise<SiteStatus> => 'builtin'),
}));

beforeEach(async () => {
  await resetAll();
  vi.mocked(siteStatus).mockResolvedValue('builtin');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: 7, url: 'https://x.com/home' },
  ]) as never);
});

it('an older read that answers last does not replace a newer one', async () => {
  tab.answer = { keys: [], profileKey: null, platform: 'x' };
  render(<App />);
  const box = (await screen.findByRole('checkbox', { name: 'PostLens on' })) as HTMLInputElement;
  expect(box.checked).toBe(true);

  // The read after the first click waits on the tab until released.
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  const answer = tab.answer;
  vi.mocked(sendMessage).mockImplementationOnce((async () => {
    await held;
    return answer;
  }) as never);

  fireEvent.click(box); // off
  await waitFor(async () => expect((await getSettings()).enabled).toBe(false));
  await waitFor(() => expect(vi.mocked(sendMessage).mock.calls.length).toBeGreaterThanOrEqual(2));
  fireEvent.click(box); // on again
  await waitFor(async () => expect((await getSettings()).enabled).toBe(true));
  await waitFor(() =>
    expect((screen.getByRole('checkbox', { name: 'PostLens on' }) as HTMLInputElement).checked).toBe(true),
  );
  await waitFor(() =>
    expect(screen.queryByText('No posts read on this page yet.', { exact: false })).toBeTruthy(),
  );

  release();
  await new Promise((r) => setTimeout(r, 50));
  expect((screen.getByRole('checkbox', { name: 'PostLens on' }) as HTMLInputElement).checked).toBe(true);
  expect(screen.queryByText('PostLens is switched off.')).toBeNull();
});
