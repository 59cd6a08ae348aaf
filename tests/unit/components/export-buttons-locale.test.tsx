// The export panel's numbers in the user's language: a German page wrote "Gefiltert (1,234)" and
// "12,345 von 100,000", which in German read as 1.234 and 12.345 (decimals), not thousands.

import { ExportButtons, stageText } from '@/components/dashboard/export-buttons';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render } from '../testing-library';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

describe('export panel numbers follow the page language', () => {
  it('German: the filtered count and the progress group thousands with a dot', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const keys = Array.from({ length: 1234 }, (_, i) => `x:${i}`);
    const { container } = render(<ExportButtons filteredKeys={keys} download={() => {}} />);
    expect(plain(container.textContent ?? '')).toContain('Gefiltert (1.234)');
    expect(plain(stageText({ stage: 'building', done: 12_345, total: 100_000 }))).toBe(
      'Wird erstellt: 12.345 von 100.000 Messungen',
    );
  });
});
