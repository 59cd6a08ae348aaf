// The prune panel (Options) and the import panel (Dashboard) showed a failed answer's `error` whole:
// a German user read "Bereinigen fehlgeschlagen: Speichern fehlgeschlagen. … UnknownError: The
// database connection is closing." with the browser's English (and two invisible marks) inline.
// Now the sentence shows, and the raw error is folded under "Error details", as the storage
// warning and every failed action fold it.

import { PrunePanel } from '@/components/options/prune-panel';
import { setMessageLookup, t } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { describeStorageError } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, DAY, protocolMock, reading, record, resetAll } from './helpers';
import { exported, previewed, recordTwo } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

const MESSAGE = 'The database connection is closing.';
const RAW = `UnknownError: ${MESSAGE}`;

/** The background's answer to a write whose storage failed (guard: describeStorageError). */
const storageFailed = () => ({
  ok: false as const,
  error: describeStorageError(new DOMException(MESSAGE, 'UnknownError')),
});

/** Answers `type` with a storage failure; every other message goes to the real background. */
function failing(type: string) {
  const route = protocolMock.sendMessage.getMockImplementation()!;
  protocolMock.sendMessage.mockImplementation(((t: string, data: unknown, tabId?: number) =>
    t === type ? Promise.resolve(storageFailed()) : route(t, data, tabId)) as typeof route);
  return () => protocolMock.sendMessage.mockImplementation(route);
}
let restore: (() => void) | null = null;

beforeEach(resetAll);
afterEach(async () => {
  restore?.();
  restore = null;
  await useLang('en');
});

/** What `el` shows unfolded, and what its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: copy.textContent ?? '', folded };
}

/** Post "old": snapshots 40, 39 and 38 days old and one today; retention saved as 30 days. */
async function seedPrune() {
  for (const [age, likes] of [
    [40, 1],
    [39, 2],
    [38, 3],
    [0, 4],
  ] as const)
    await record([reading({ postId: 'old', likes })], null, clock.now - age * DAY);
  await backend().settled();
  await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
}

describe('the prune panel: the sentence shown, the raw error folded', () => {
  it.each([
    ['en', 'previewPrune', 'options.prune.countFailed'],
    ['de', 'previewPrune', 'options.prune.countFailed'],
    ['en', 'pruneNow', 'options.prune.failed'],
    ['de', 'pruneNow', 'options.prune.failed'],
  ] as const)('%s: %s fails', async (lang, type, key) => {
    await seedPrune();
    await useLang(lang);
    restore = failing(type);
    const { container } = render(<PrunePanel savedDays={30} disabled={false} download={vi.fn()} />);
    fireEvent.click(await screen.findByRole('button', { name: t('options.prune.now') }));
    if (type === 'pruneNow') {
      const group = await screen.findByRole('group', { name: t('options.prune.legend') });
      fireEvent.click(group.querySelector('button.danger')!);
    }
    const sentence = t('store.error.failed');
    await waitFor(() => expect(container.textContent).toContain(sentence));
    const { visible, folded } = shown(container);
    expect(visible).toContain(t(key, sentence));
    expect(visible).not.toContain(MESSAGE);
    expect(visible).not.toContain('\u2063');
    expect(folded).toEqual([RAW]);
  });
});

describe('the import panel: the sentence shown, the raw error folded', () => {
  it.each(['en', 'de'] as const)('%s: the background answers that storage failed', async (lang) => {
    await recordTwo();
    const text = await exported();
    await resetAll();
    await useLang(lang);
    const preview = await previewed(text, { panel: 'import' });
    restore = failing('importData');
    fireEvent.click(
      [...preview.querySelectorAll('button')].find((b) => b.textContent === t('dashboard.import.confirm'))!,
    );
    const alert = await screen.findByRole('alert');
    const panel = alert.closest('section')!;
    const { visible, folded } = shown(panel);
    // Storage's generic sentence, then what to do (import-storage-retry.test.tsx).
    expect(alert.textContent).toBe(
      t('dashboard.import.writeFailed', t('dashboard.import.storageRetry', t('store.error.failed'))),
    );
    expect(visible).not.toContain(MESSAGE);
    expect(visible).not.toContain('\u2063');
    expect(folded).toEqual([RAW]);
  });
});
