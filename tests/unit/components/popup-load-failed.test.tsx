// When the popup's first read failed (the browser's tab query or the settings storage refused),
// it showed the bare error ("boom"), in English and without saying what failed. Now it says what
// failed and what to do; the browser's error is folded under "Error details"
// (tests/unit/review-rawinline2-popup.test.tsx).
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/popup/App';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  vi.spyOn(browser.tabs, 'query').mockRejectedValue(new Error('No window with id: 3.'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

it.each([
  ['en', 'PostLens could not read this tab or your settings, so it shows nothing here.'],
  ['de', 'PostLens konnte diesen Tab oder deine Einstellungen nicht lesen und zeigt hier daher nichts.'],
] as const)('says in %s what failed, not only the browser’s error', async (lang, message) => {
  setMessageLookup(lookupFrom(await loadMessages(lang)));
  render(<App />);
  expect((await screen.findByRole('alert')).textContent).toContain(message);
});
