// The settings page whose first read of the settings failed, then read them when they changed
// (another page's change): the form showed, and beside its Save button the first read's failure,
// "Could not read the settings", still stood above a form that works. The same when the first read
// failed only after a later one had filled the form. Once a read works, that line goes.

import { browser } from 'wxt/browser';
import { OptionsForm } from '@/components/options/options-form';
import { t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

beforeEach(resetAll);
afterEach(() => vi.restoreAllMocks());

const badges = () => screen.getByRole('checkbox', { name: t('options.badges') }) as HTMLInputElement;
const failure = () => new Error('An unexpected error occurred');

/** The form shown after `first`, with another page's change (badges off) read. */
async function formAfterChange() {
  await settingsItem.setValue({ ...(await getSettings()), badges: false });
  await screen.findByRole('button', { name: t('options.save') });
  await waitFor(() => expect(badges().checked).toBe(false));
}

it('a failed first read, then a re-read that works: the form shows, the failure goes', async () => {
  const stored = await getSettings();
  const get = vi.spyOn(browser.storage.local, 'get').mockRejectedValue(failure());
  render(<OptionsForm />);
  expect((await screen.findByRole('alert')).textContent).toBe(t('options.readFailed'));
  get.mockRestore();
  await settingsItem.setValue({ ...stored, badges: false });
  await screen.findByRole('button', { name: t('options.save') });
  expect(badges().checked).toBe(false);
  expect(document.body.textContent).not.toContain(t('options.readFailed'));
  expect(document.querySelector('details')).toBeNull();
});

it('a first read that fails after a later read filled the form says nothing', async () => {
  let fail: (e: Error) => void = () => {};
  const real = browser.storage.local.get.bind(browser.storage.local);
  vi.spyOn(browser.storage.local, 'get')
    .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)))
    .mockImplementation(real);
  render(<OptionsForm />);
  await formAfterChange();
  fail(failure());
  await new Promise((r) => setTimeout(r, 20));
  expect(badges().checked).toBe(false);
  expect(document.body.textContent).not.toContain(t('options.readFailed'));
  expect(document.querySelector('details')).toBeNull();
});

it('a re-read that fails while the first read is pending: the failure shows, not "Loading…" for good', async () => {
  const stored = await getSettings();
  let answer: (v: Record<string, unknown>) => void = () => {};
  const real = browser.storage.local.get.bind(browser.storage.local);
  const get = vi
    .spyOn(browser.storage.local, 'get')
    .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
    .mockRejectedValueOnce(failure());
  render(<OptionsForm />);
  // Another page's change (written as the browser would, no read of ours): the page reads again.
  await browser.storage.local.set({ settings: { ...stored, badges: false } });
  // The first read ends after the change's read started, so it is dropped (its values are older).
  get.mockImplementation(real);
  answer(await real());
  expect((await screen.findByRole('alert')).textContent).toBe(t('options.readFailed'));
  expect(document.querySelector('details code')?.textContent).toBe('Error: An unexpected error occurred');
  expect(screen.queryByText(t('common.loading'))).toBeNull();
});
