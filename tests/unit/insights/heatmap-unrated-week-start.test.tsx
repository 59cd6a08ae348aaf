// The "when to post" heatmap as a screen-reader user and a user whose week starts on Sunday meet it:
// an unrated cell says it is not rated and why (in the user's language), not only its count; the
// weekday rows start on the locale's first day of the week.

import { WhenToPost } from '@/components/insights/when-to-post';
import { setMessageLookup } from '@/lib/i18n';
import { firstWeekday, weekdayOrder } from '@/lib/insights';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

const row = (publishedAt: string, er: number | null) =>
  postRow({ publishedAt, er, erFollowers: er, erBasis: er === null ? null : 'followers' });

// Wed 2025-01-08 08 UTC: 3 posts, 1 with an ER. Tue 2025-01-07 14 UTC: 5 posts with an ER.
const rows = [
  row('2025-01-08T08:10:00Z', 0.02),
  row('2025-01-08T08:20:00Z', null),
  row('2025-01-08T08:30:00Z', null),
  ...[0.01, 0.02, 0.03, 0.04, 0.05].map((er) => row('2025-01-07T14:00:00Z', er)),
];

function cell(weekday: string, hour: number): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: weekday }).closest('tr')!;
  return within(tr).getAllByRole('cell')[hour]!;
}
const LONG: Record<string, string> = {
  Sun: 'Sunday',
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('an unrated cell, as a screen reader reads it', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it.each([
    ['en', 'en-GB', 'Wed', '3 (1 with an ER, fewer than 5: not rated)'],
    ['de', 'de', 'Mi', '3 (1 mit ER, weniger als 5: nicht bewertet)'],
  ])('%s: says why the cell is not rated', async (lang, locale, wed, text) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), locale);
    render(<WhenToPost rows={rows} timeZone="UTC" minSample={5} />);
    const c = cell(wed, 8);
    expect(c.className).toContain('unrated');
    expect(plain(c.textContent)).toBe(text);
  });

  it('a rated cell still reads its median, and an empty one 0', () => {
    render(<WhenToPost rows={rows} timeZone="UTC" minSample={5} />);
    expect(cell('Tue', 14).textContent).toBe('5 (median ER 3%)');
    expect(cell('Tue', 15).textContent).toBe('0');
  });
});

describe('the week starts on the locale’s first day', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it.each([
    ['en-US', 6, ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']],
    ['en-GB', 0, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']],
    ['ar-EG', 5, ['Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri']],
  ])('%s: first weekday %i', async (locale, first, names) => {
    expect(firstWeekday(locale)).toBe(first);
    setMessageLookup(lookupFrom(await loadMessages('en')), locale);
    render(<WhenToPost rows={rows} timeZone="UTC" minSample={5} />);
    const heads = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .map((th) => th.getAttribute('abbr'));
    // The long names, in English: ar-EG writes them in Arabic, checked by its first day above.
    if (locale.startsWith('en')) expect(heads).toEqual(names.map((d) => LONG[d]));
    // The rows still hold their own days' posts: Tuesday 14:00, the one rated slot, has the 5.
    expect(weekdayOrder(locale)).toHaveLength(7);
    const tue = weekdayOrder(locale).indexOf(1);
    const tr = within(screen.getByRole('table')).getAllByRole('rowheader')[tue]!.closest('tr')!;
    expect(within(tr).getAllByRole('cell')[14]!.className).toContain('rated level-');
  });

  it.each([
    ['no week info at all (Firefox)', undefined, 0],
    ['a bad value', { firstDay: 9 }, 0],
    ['Sunday', { firstDay: 7 }, 6],
  ])('falls back to Monday without week info: %s', (_, info, first) => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const get = Object.getOwnPropertyDescriptor(proto, 'getWeekInfo');
    const prop = Object.getOwnPropertyDescriptor(proto, 'weekInfo');
    try {
      Object.defineProperty(proto, 'getWeekInfo', { value: undefined, configurable: true });
      Object.defineProperty(proto, 'weekInfo', { get: () => info, configurable: true });
      expect(firstWeekday('en-US')).toBe(first);
    } finally {
      if (get) Object.defineProperty(proto, 'getWeekInfo', get);
      else delete proto.getWeekInfo;
      if (prop) Object.defineProperty(proto, 'weekInfo', prop);
      else delete proto.weekInfo;
    }
  });
});
