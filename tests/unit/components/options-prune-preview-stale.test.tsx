// An open prune preview describes a prune with the retention saved when it was counted: once
// another retention is saved (on this page or in another tab), it no longer says what pruning
// would delete, and the page must not keep offering it.

import { OptionsForm } from '@/components/options/options-form';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { getDb } from '@/lib/store/db';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, DAY, reading, record, resetAll, sent } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);

/** Post "old": snapshots 40, 39 and 38 days old and one today; retention saved as 30 days. */
async function seed() {
  const now = clock.now;
  for (const [age, likes] of [
    [40, 1],
    [39, 2],
    [38, 3],
    [0, 4],
  ] as const)
    await record([reading({ postId: 'old', likes })], null, now - age * DAY);
  await backend().settled();
  await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
}

const previewGroup = () => screen.queryByRole('group', { name: 'What pruning deletes' });

describe('an open prune preview goes when another retention is saved', () => {
  it.each([
    ['in another tab', 60],
    ['in another tab', 7],
    ['on this page', 60],
  ])('saved %s: %s days', async (where, days) => {
    await seed();
    render(<OptionsForm locale="en-GB" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    expect((await screen.findByRole('group', { name: 'What pruning deletes' })).textContent).toContain(
      'Deletes 2 snapshots of 1 post',
    );
    if (where === 'on this page') {
      fireEvent.input(screen.getByLabelText('Days to keep'), { target: { value: String(days) } });
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    } else await settingsItem.setValue({ ...(await getSettings()), retentionDays: days });
    await waitFor(() => expect(previewGroup()).toBeNull());
    expect(
      screen.getByText(
        'The saved retention changed, so that count no longer applies: nothing was deleted. Press Prune now to count again.',
      ),
    ).toBeTruthy();
    expect(sent.map((m) => m.type)).not.toContain('pruneNow');
    expect(await (await getDb()).count('snapshots')).toBe(4);
  });

  it('a save that leaves the retention as it was keeps the preview', async () => {
    await seed();
    render(<OptionsForm locale="en-GB" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Prune now' }));
    await screen.findByRole('group', { name: 'What pruning deletes' });
    await settingsItem.setValue({ ...(await getSettings()), badges: false });
    await waitFor(async () =>
      expect(
        ((await screen.findByRole('checkbox', { name: 'Show badges on posts' })) as HTMLInputElement).checked,
      ).toBe(false),
    );
    expect(previewGroup()).not.toBeNull();
  });
});
