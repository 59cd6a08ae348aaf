// "Sets compared" rates every set on one ER basis, as the heatmap does for all its cells: a brand
// rated by followers (0.5%) never stands beside a rival rated by views (4.5%) in one column. The
// header names the basis; a set with no ER on it shows "—", its title saying why.

import { compareSets, compareSetsShown, SetsCompared } from '@/components/annotations';
import { setMessageLookup } from '@/lib/i18n';
import type { ErPref } from '@/lib/metrics';
import type { PostRow } from '@/lib/queries';
import type { Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { render } from '../testing-library';

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

/** A post with an ER on the bases given; its lead (erBasis, er) as rowOf makes it under `pref`. */
function row(
  author: string,
  erViews: number | null,
  erFollowers: number | null,
  pref: ErPref = 'auto',
): PostRow {
  const basis =
    erViews !== null && (pref !== 'followers' || erFollowers === null)
      ? 'views'
      : erFollowers !== null
        ? 'followers'
        : null;
  return postRow({
    platform: author.split(':')[0] as Platform,
    authorKey: author,
    engagement: 100,
    erViews,
    erFollowers,
    erBasis: basis,
    er: basis === 'views' ? erViews : basis === 'followers' ? erFollowers : null,
  });
}

const sets = [
  { id: 'a', name: 'Our brand', authorKeys: ['instagram:brand'] },
  { id: 'b', name: 'Competitors A', authorKeys: ['tiktok:rival'] },
];
// The brand's photo posts show no views; the rival's videos show them, and its followers are known.
const rowsFor = (pref: ErPref) => [
  row('instagram:brand', null, 0.004, pref),
  row('instagram:brand', null, 0.006, pref),
  row('tiktok:rival', 0.05, 0.009, pref),
  row('tiktok:rival', 0.04, 0.011, pref),
];

/** The table as read: its Median ER header and each set's cell (text, title). */
function table(pref: ErPref, rows = rowsFor(pref)) {
  const { container } = render(<SetsCompared sets={sets} rows={rows} pref={pref} />);
  const th = container.querySelectorAll('thead th')[3]!;
  const cells = [...container.querySelectorAll('tbody tr')].map((tr) => {
    const td = tr.querySelectorAll('td')[2]!;
    return [tr.querySelector('th')!.textContent, td.textContent, td.getAttribute('title')];
  });
  return { header: th.textContent, headerTitle: th.getAttribute('title'), cells };
}

describe('Sets compared: one ER basis for every set', () => {
  it('Settings lead with views: the brand, with no ER by views, shows "—", not its ER by followers', () => {
    const { header, headerTitle, cells } = table('auto');
    expect(header).toBe('Median ER by views');
    expect(headerTitle).toMatch(/every set here is rated by views/);
    expect(cells).toEqual([
      ['Our brand', '—', expect.stringMatching(/^median of the ERs by views of 0 of the 2 posts seen/)],
      [
        'Competitors A',
        '4.5%',
        expect.stringMatching(/^median of the ERs by views of 2 of the 2 posts seen/),
      ],
    ]);
  });

  it('Settings lead with followers: both sets rated by followers, the rival’s views left out', () => {
    const { header, cells } = table('followers');
    expect(header).toBe('Median ER by followers');
    expect(cells).toEqual([
      ['Our brand', '0.5%', expect.stringMatching(/^median of the ERs by followers of 2 of the 2/)],
      ['Competitors A', '1%', expect.stringMatching(/^median of the ERs by followers of 2 of the 2/)],
    ]);
  });

  it('takes the other basis for every set when no set’s posts have an ER on the lead', () => {
    const rows = [row('instagram:brand', null, 0.004), row('tiktok:rival', null, 0.02)];
    const { header, cells } = table('views', rows);
    expect(header).toBe('Median ER by followers');
    expect(cells.map((c) => c[1])).toEqual(['0.4%', '2%']);
  });

  it('with no ER in any set: "—" everywhere, the header in the lead’s words', () => {
    const rows = [row('instagram:brand', null, null), row('tiktok:rival', null, null)];
    const { header, cells } = table('followers', rows);
    expect(header).toBe('Median ER by followers');
    expect(cells.map((c) => c[1])).toEqual(['—', '—']);
    expect(compareSetsShown(sets, rows, 'followers', 'en').map((f) => f.erBasis)).toEqual([null, null]);
  });

  it('every set’s figures name the one basis; without a preference given, the rows tell the lead', () => {
    const rows = rowsFor('auto');
    expect(compareSetsShown(sets, rows, 'auto', 'en').map((f) => f.erBasis)).toEqual(['views', 'views']);
    // compareSets reads the lead from the rows (a post with both rates has the lead's as its ER).
    const [brand, rival] = compareSets(sets, rows);
    expect(brand!.medianEr).toBeNull();
    expect(rival!.medianEr).toBeCloseTo(0.045, 12);
    const byFollowers = compareSets(sets, rowsFor('followers')).map((f) => f.medianEr!);
    expect(byFollowers[0]).toBeCloseTo(0.005, 12);
    expect(byFollowers[1]).toBeCloseTo(0.01, 12);
  });

  it('German: the header names the basis in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    expect(table('auto').header).toBe('Median-ER nach Aufrufen');
  });
});
