// A custom period too long is refused with the longest length allowed, written as the user writes
// numbers (uiLocale), like every other figure of the Overview: a German page said "3,660 Tage",
// the number in the runtime's default locale, which a German reader takes for 3.66 days.
import { setMessageLookup, uiLocale } from '@/lib/i18n';
import { customPeriod, DAY_MS, MAX_PERIOD_DAYS, periodOfDays } from '@/lib/insights';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

const reason = (c: { ok: boolean; reason?: string }) => (c.ok ? '' : (c as { reason: string }).reason);

describe('the longest period, in the user’s locale', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('de')), 'de'));
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it('writes the days allowed as the German page writes numbers', () => {
    expect(uiLocale()).toBe('de');
    expect(MAX_PERIOD_DAYS).toBe(3660);
    expect(reason(periodOfDays('2010-01-01', '2026-01-01', 'UTC'))).toBe('Wähle höchstens 3.660 Tage.');
    expect(reason(customPeriod(0, (MAX_PERIOD_DAYS + 1) * DAY_MS))).toBe('Wähle höchstens 3.660 Tage.');
  });
});
