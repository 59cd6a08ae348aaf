// The popup's switches change one setting over what is stored now, not over the copy the popup
// read when it opened: a save the options page made meanwhile stays.

import { SiteControls } from '@/components/popup/site-controls';
import { DEFAULT_SETTINGS, getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

const site = 'builtin' as const;

it('flips one switch over the settings as stored now', async () => {
  const opened = { ...DEFAULT_SETTINGS, platforms: { ...DEFAULT_SETTINGS.platforms } };
  await settingsItem.setValue(opened);
  const onChanged = vi.fn();
  render(
    <SiteControls
      settings={opened}
      platform="x"
      site={site}
      tabUrl={null}
      tabId={null}
      onChanged={onChanged}
    />,
  );
  // The options page saves a new interval while the popup is open.
  await settingsItem.setValue({ ...opened, snapshotIntervalMinutes: 90 });
  fireEvent.click(screen.getByRole('checkbox', { name: 'On for X' }));
  await waitFor(() => expect(onChanged).toHaveBeenCalled());
  const stored = await getSettings();
  expect(stored.platforms.x).toBe(false);
  expect(stored.snapshotIntervalMinutes).toBe(90);
});

it('says so when the browser refuses the switch', async () => {
  vi.spyOn(settingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  render(
    <SiteControls
      settings={DEFAULT_SETTINGS}
      platform={null}
      site={site}
      tabUrl={null}
      tabId={null}
      onChanged={vi.fn()}
    />,
  );
  fireEvent.click(screen.getByRole('checkbox', { name: 'PostLens on' }));
  expect((await screen.findByRole('status')).textContent).toMatch(
    /The switch was not saved: .*QUOTA_BYTES quota exceeded/,
  );
});
