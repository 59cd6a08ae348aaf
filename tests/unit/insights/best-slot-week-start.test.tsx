// "When to post": two best slots with the same median and sample are ordered from the first day of
// the week the heatmap shows (the locale's: Sunday in en-US, Saturday in ar-EG, Monday in en-GB),
// not always from Monday.

import { WhenToPost } from '@/components/insights/when-to-post';
import { setMessageLookup } from '@/lib/i18n';
import { buildTimingGrid, firstWeekday, slotLabel, type TimingInput } from '@/lib/insights';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render, screen, within } from '../testing-library';

// 2025-01-04 was a Saturday, 2025-01-05 a Sunday, 2025-01-06 a Monday: the same hour, the same
// three ERs (median 2%) on each day, so only the week's order can tell them apart.
const DAYS = ['2025-01-06', '2025-01-05', '2025-01-04'];
const ERS = [0.01, 0.02, 0.03];
const rows = (): TimingInput[] =>
  DAYS.flatMap((day) => ERS.map((er) => ({ publishedAt: `${day}T10:00:00Z`, erViews: er })));

describe('best slots tied on median and sample', () => {
  it.each([
    ['en-US', ['Sun 10:00–11:00', 'Mon 10:00–11:00', 'Sat 10:00–11:00']],
    ['en-GB', ['Mon 10:00–11:00', 'Sat 10:00–11:00', 'Sun 10:00–11:00']],
    ['ar-EG', ['Sat 10:00–11:00', 'Sun 10:00–11:00', 'Mon 10:00–11:00']],
  ])('%s: ranked from the first day of its week', (locale, labels) => {
    const g = buildTimingGrid(rows(), 'UTC', 3, 3, undefined, firstWeekday(locale));
    expect(g.best.map((c) => slotLabel(c.weekday, c.hour))).toEqual(labels);
  });

  it('within one day, the earlier hour first', () => {
    const two = ['09', '08'].flatMap((h) =>
      ERS.map((er) => ({ publishedAt: `2025-01-05T${h}:00:00Z`, erViews: er })),
    );
    const g = buildTimingGrid(two, 'UTC', 3, 3, undefined, firstWeekday('en-US'));
    expect(g.best.map((c) => slotLabel(c.weekday, c.hour))).toEqual(['Sun 08:00–09:00', 'Sun 09:00–10:00']);
  });
});

describe('the heatmap’s best slots follow the week its rows start on', () => {
  afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

  it.each([
    ['en-US', ['Sun', 'Mon', 'Sat']],
    ['en-GB', ['Mon', 'Sat', 'Sun']],
  ])('%s', async (locale, days) => {
    setMessageLookup(lookupFrom(await loadMessages('en')), locale);
    const shown = DAYS.flatMap((day) =>
      ERS.map((er) => postRow({ publishedAt: `${day}T10:00:00Z`, er, erViews: er, erBasis: 'views' })),
    );
    render(<WhenToPost rows={shown} timeZone="UTC" minSample={3} />);
    // The first row of the grid and the first best slot are the same day.
    const firstRow = within(screen.getByRole('table')).getAllByRole('rowheader')[0]!.textContent;
    expect(firstRow).toBe(days[0]);
    const best = within(screen.getByRole('list', { name: 'Best slots' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent!.split(' ')[0]);
    expect(best).toEqual(days);
  });
});
