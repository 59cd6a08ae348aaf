// Failures the page itself met (not the background's answers) that put the browser's raw error
// inside the sentence: "Export everything first" before pruning ("Export failed: RangeError …"),
// the watchlist's read, remove, threshold and "Alert me" saves ("Could not remove …: QUOTA_BYTES
// quota exceeded"), and an import whose file or whose comparison with the database could not be
// read. A German user read the browser's English mid-sentence. Now each says in the user's
// language what failed and what to do, the browser's words folded under "Error details".

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPanel } from '@/components/dashboard/import-panel';
import { PrunePanel } from '@/components/options/prune-panel';
import { WatchlistPanel } from '@/components/options/watchlist-panel';
import { setMessageLookup, t, tn } from '@/lib/i18n';
import { getSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { DEFAULT_WATCHLIST, watchlistItem } from '@/lib/watchlist';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { backend, clock, DAY, reading, record, resetAll } from './helpers';
import { exported, recordTwo } from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('@/lib/platforms/mastodon/site-access', () => ({
  enabledSites: vi.fn(async () => []),
  disableSite: vi.fn(),
}));

/** The import's comparison with the database: rejects with `compareFails` while it is set. */
const compare = vi.hoisted(() => ({ fails: null as Error | null }));
vi.mock('@/lib/queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/queries')>();
  return {
    ...real,
    previewImport: (...a: Parameters<typeof real.previewImport>) =>
      compare.fails ? Promise.reject(compare.fails) : real.previewImport(...a),
  };
});

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);

beforeEach(resetAll);
afterEach(async () => {
  compare.fails = null;
  vi.restoreAllMocks();
  await useLang('en');
});

/** What `el` shows unfolded, and what its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: (copy.textContent ?? '').trim(), folded };
}

/** The browser's words are folded, whole and once, and nowhere in what the user reads. */
function expectFolded(el: Element, message: string, raw: string): string {
  const { visible, folded } = shown(el);
  expect(visible).not.toContain(message);
  expect(visible).not.toContain('\u2063');
  expect(folded).toEqual([raw]);
  return visible;
}

describe('the prune panel: "Export everything first" that fails', () => {
  const MESSAGE = 'Array buffer allocation failed';
  it.each(['en', 'de'] as const)('%s: the sentence shown, the raw error folded', async (lang) => {
    // Post "old": snapshots 40 and 39 days old and one today; retention saved as 30 days.
    for (const [age, likes] of [
      [40, 1],
      [39, 2],
      [0, 3],
    ] as const)
      await record([reading({ postId: 'old', likes })], null, clock.now - age * DAY);
    await backend().settled();
    await settingsItem.setValue({ ...(await getSettings()), retentionDays: 30 });
    await useLang(lang);
    const download = vi.fn(() => {
      throw new RangeError(MESSAGE);
    });
    const { container } = render(<PrunePanel savedDays={30} disabled={false} download={download} />);
    fireEvent.click(await screen.findByRole('button', { name: t('options.prune.now') }));
    fireEvent.click(await screen.findByRole('button', { name: t('options.prune.exportFirst') }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    // The export has ended when its button takes clicks again.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: t('options.prune.exportFirst') })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    const visible = expectFolded(container, MESSAGE, `RangeError: ${MESSAGE}`);
    expect(visible).toContain(t('options.prune.exportFailed'));
  });
});

describe('the watchlist panel: storage that refuses', () => {
  const QUOTA = 'QUOTA_BYTES quota exceeded';
  const RAW = `Error: ${QUOTA}`;
  const fieldset = () => document.querySelector('fieldset.watchlist')!;
  const statusLine = () =>
    waitFor(() => {
      const s = fieldset().querySelector('[role="status"]');
      if (!s) throw new Error('no status yet');
      return s;
    });
  beforeEach(async () => {
    await record([reading({ postId: '1', text: 'Launch day' })]);
    await watchlistItem.setValue({ ...DEFAULT_WATCHLIST, posts: ['x:1'], authors: ['x:someone'] });
  });
  const refuseWrites = () => vi.spyOn(watchlistItem, 'setValue').mockRejectedValue(new Error(QUOTA));

  it.each(['en', 'de'] as const)('%s: the watchlist cannot be read', async (lang) => {
    await useLang(lang);
    const MESSAGE = 'IO error: Local Extension Settings/LOCK: File currently in use.';
    vi.spyOn(watchlistItem, 'getValue').mockRejectedValue(new Error(MESSAGE));
    const { container } = render(<WatchlistPanel />);
    await waitFor(() => expect(container.textContent).not.toBe(t('options.watchlist.loading')));
    const visible = expectFolded(container, MESSAGE, `Error: ${MESSAGE}`);
    expect(visible).toBe(t('options.watchlist.readFailed'));
  });

  it.each(['en', 'de'] as const)('%s: a star that cannot be removed', async (lang) => {
    await useLang(lang);
    render(<WatchlistPanel />);
    const name = '@someone: Launch day';
    const remove = await screen.findByRole('button', { name: t('options.watchlist.removeItem', name) });
    refuseWrites();
    fireEvent.click(remove);
    const status = await statusLine();
    const visible = expectFolded(fieldset(), QUOTA, RAW);
    expect(status.textContent).toBe(t('options.watchlist.removeFailed', name));
    expect(visible).toContain(status.textContent);
  });

  it.each(['en', 'de'] as const)('%s: a threshold that cannot be saved', async (lang) => {
    await useLang(lang);
    render(<WatchlistPanel />);
    const label = t('options.watchlist.authorThreshold');
    const field = (await screen.findByLabelText(label)) as HTMLInputElement;
    refuseWrites();
    fireEvent.input(field, { target: { value: '2.5' } });
    fireEvent.change(field, { target: { value: '2.5' } });
    const status = await statusLine();
    expectFolded(fieldset(), QUOTA, RAW);
    const factor = (v: number) => new Intl.NumberFormat(lang).format(v);
    expect(status.textContent).toBe(t('options.watchlist.thresholdFailed', label, factor(2.5), factor(3)));
  });

  it.each(['en', 'de'] as const)('%s: "Alert me" that cannot be saved', async (lang) => {
    await useLang(lang);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    render(<WatchlistPanel />);
    const box = await screen.findByRole('checkbox', { name: tn('options.watchlist.alertMe', 1) });
    refuseWrites();
    fireEvent.click(box);
    const status = await statusLine();
    expectFolded(fieldset(), QUOTA, RAW);
    expect(status.textContent).toBe(t('options.watchlist.alertsFailed'));
  });
});

describe('the import panel: a file or a comparison that cannot be read', () => {
  it.each(['en', 'de'] as const)('%s: the database cannot be read to compare the file', async (lang) => {
    await recordTwo();
    const text = await exported();
    await useLang(lang);
    const MESSAGE = 'The database connection is closing.';
    compare.fails = new DOMException(MESSAGE, 'InvalidStateError');
    render(<ImportPanel onImported={() => {}} />);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expectFolded(alert.closest('section')!, MESSAGE, `InvalidStateError: ${MESSAGE}`);
    // Said as the read it was, with what to do (import-count-read-words.test.ts).
    expect(alert.textContent).toBe(
      t('dashboard.import.countFailed', t('dashboard.import.storageRetry', t('dashboard.import.readClosed'))),
    );
  });

  it.each(['en', 'de'] as const)('%s: the browser cannot read the file', async (lang) => {
    await useLang(lang);
    const MESSAGE =
      'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.';
    vi.spyOn(FileReader.prototype, 'readAsArrayBuffer').mockImplementation(function (this: FileReader) {
      Object.defineProperty(this, 'error', { value: new DOMException(MESSAGE, 'NotReadableError') });
      setTimeout(() => this.onerror?.(new ProgressEvent('error') as ProgressEvent<FileReader>));
    });
    render(<ImportPanel onImported={() => {}} />);
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'backup.json')], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expectFolded(alert.closest('section')!, MESSAGE, `NotReadableError: ${MESSAGE}`);
    expect(alert.textContent).toBe(t('dashboard.import.readFailed'));
  });
});
