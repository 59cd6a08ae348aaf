// @vitest-environment node

// The last figures on the pages that took the JavaScript default locale rather than the user's
// (uiLocale): the import's "writing N records" stage. A German user read "1,500" there, which in
// German is one and a half.
import { stageText } from '@/components/dashboard/import-pipeline';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

it('German: the import stage counts its records the German way', async () => {
  setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
  const text = stageText({ stage: 'importing', records: 12_345 });
  expect(text).toContain('12.345');
  expect(text).not.toContain('12,345');
});

it('English: the same stage in English', async () => {
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
  expect(stageText({ stage: 'importing', records: 12_345 })).toContain('12,345');
});
