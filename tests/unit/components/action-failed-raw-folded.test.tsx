// A failed action's alert (ActionFailed) folded the background's whole answer under "Error
// details": since a storage failure's answer holds a sentence in the user's language and then the
// browser's raw error between invisible marks, the fold showed the German sentence, the marks and
// the English error in one, and the sentence's news (storage is full, update PostLens) was hidden.
// Now the fold holds the raw error alone; the sentence shows beside the action's own words when it
// says more than they do; an answer without the marks is folded whole, as before.

import { ActionFailed } from '@/components/common/action-failed';
import { setMessageLookup, t } from '@/lib/i18n';
import { describeStorageError } from '@/lib/store';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render } from '../testing-library';

type Lang = 'en' | 'de';
const useLang = async (lang: Lang) => setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
afterEach(() => useLang('en'));

/** What the alert shows unfolded, and what its "Error details" hold. */
function shown(el: Element): { visible: string; folded: string[] } {
  const copy = el.cloneNode(true) as Element;
  const details = [...copy.querySelectorAll('details')];
  const folded = details.map((d) => d.querySelector('code')?.textContent ?? '');
  for (const d of details) d.remove();
  return { visible: copy.textContent ?? '', folded };
}

const alert = (raw: string) => {
  const { container } = render(<ActionFailed text={t('dashboard.data.deleteFailed')} raw={raw} />);
  return shown(container.querySelector('[role="alert"]')!);
};

describe('ActionFailed folds only the browser’s raw error of a storage failure', () => {
  it.each([
    // name, message, the sentence's key, whether it says more than "nothing was deleted"
    ['UnknownError', 'The database connection is closing.', 'store.error.failed', false],
    ['QuotaExceededError', 'The quota has been exceeded.', 'store.error.quota', true],
    [
      'VersionError',
      'The requested version (7) is less than the existing version (9).',
      'store.error.newer',
      true,
    ],
  ] as const)(
    '%s: the raw error folded alone, the sentence shown if it adds something',
    async (name, message, key, adds) => {
      for (const lang of ['en', 'de'] as const) {
        await useLang(lang);
        const { visible, folded } = alert(describeStorageError(new DOMException(message, name)));
        expect(folded).toEqual([`${name}: ${message}`]);
        expect(visible).toContain(t('dashboard.data.deleteFailed'));
        expect(visible).not.toContain(message);
        expect(visible).not.toContain('\u2063');
        expect(visible.includes(t(key))).toBe(adds);
      }
    },
  );

  it.each([
    ['a rejection (no answer)', 'Error: Could not establish connection. Receiving end does not exist.'],
    ['our own refusal', 'deleteAll is only accepted from PostLens’s own pages'],
  ])('%s, no marks: folded whole, nothing added to the text', (_what, raw) => {
    const { visible, folded } = alert(raw);
    expect(folded).toEqual([raw]);
    expect(visible).toBe(t('dashboard.data.deleteFailed'));
  });
});
