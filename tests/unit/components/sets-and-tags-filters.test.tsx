// The Posts filters by set and tag, Insights' set choice and "Sets compared": what the user reads
// when a tag is in a right-to-left script, when the chosen set or tag is gone, and in German.
import { SetsCompared } from '@/components/annotations';
import { FiltersBar } from '@/components/dashboard/filters-bar';
import { AuthorFilter, useAuthorFilter } from '@/components/insights/author-filter';
import { type Annotations, annotationsItem, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { EMPTY_FILTER, type PostRow } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const row = (
  key: string,
  authorKey: string,
  er: number,
  engagement: number,
  velocity: number | null = null,
) =>
  ({
    key,
    platform: 'x',
    authorKey,
    authorHandle: authorKey.split(':')[1],
    authorName: null,
    text: 'post',
    er,
    erViews: er,
    erFollowers: null,
    erBasis: 'views',
    velocity,
    engagement,
    date: 0,
    publishedAt: null,
  }) as unknown as PostRow;

/** The text of the option a select shows ('' when it shows none). */
const shown = (select: HTMLSelectElement | null | undefined) =>
  select && select.selectedIndex >= 0 ? (select.options[select.selectedIndex]!.textContent ?? '') : '';

const selectLabelled = (root: Element, label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.firstChild?.textContent?.trim() === label)
    ?.querySelector('select');

describe('the Tag filter: a right-to-left tag keeps its count after it', () => {
  // "מבצע (2)" in an <option> (no <bdi> possible): unisolated, "(" and "2" join the tag's
  // right-to-left run and the user reads "2) מבצע)".
  it.each([
    ['Hebrew', 'מבצע'],
    ['Arabic', 'إطلاق'],
    ['Latin then Hebrew', 'sale_מבצע'],
  ])('%s tag: isolated from " (2)"', (_lang, tag) => {
    const annotations: Annotations = { ...EMPTY_ANNOTATIONS, tags: { 'x:1': [tag], 'x:2': [tag] } };
    const { container } = render(
      <FiltersBar filter={EMPTY_FILTER} authors={[]} annotations={annotations} onChange={() => {}} />,
    );
    const option = [...container.querySelectorAll('option')].find((o) => o.value === tag);
    expect(option?.textContent).toBe(`\u2068${tag}\u2069 (2)`);
  });

  it('a left-to-right tag is left as it is', () => {
    const annotations: Annotations = { ...EMPTY_ANNOTATIONS, tags: { 'x:1': ['launch'] } };
    const { container } = render(
      <FiltersBar filter={EMPTY_FILTER} authors={[]} annotations={annotations} onChange={() => {}} />,
    );
    const option = [...container.querySelectorAll('option')].find((o) => o.value === 'launch');
    expect(option?.textContent).toBe('launch (1)');
  });
});

describe('the Posts filters on a set that was deleted or a tag no post carries any more', () => {
  const annotations: Annotations = {
    ...EMPTY_ANNOTATIONS,
    sets: [{ id: 'kept', name: 'Our brand', authorKeys: ['x:a'] }],
    tags: { 'x:1': ['launch'] },
  };

  it('the Set select names the set as deleted, not "All" or nothing', () => {
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, setId: 'deleted-set' }}
        authors={[]}
        annotations={annotations}
        onChange={() => {}}
      />,
    );
    expect(shown(selectLabelled(container, 'Set'))).toBe('Deleted set (no posts)');
  });

  it('with no sets left at all, the same', () => {
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, setId: 'deleted-set' }}
        authors={[]}
        annotations={EMPTY_ANNOTATIONS}
        onChange={() => {}}
      />,
    );
    expect(shown(selectLabelled(container, 'Set'))).toBe('Deleted set (no posts)');
  });

  it('choosing All from the deleted set clears the filter', () => {
    const onChange = vi.fn();
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, setId: 'deleted-set' }}
        authors={[]}
        annotations={annotations}
        onChange={onChange}
      />,
    );
    fireEvent.change(selectLabelled(container, 'Set')!, { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ setId: null }));
  });

  it('the Tag select shows a tag no post carries with its 0 posts, not "All" or nothing', () => {
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, tag: 'gone' }}
        authors={[]}
        annotations={annotations}
        onChange={() => {}}
      />,
    );
    expect(shown(selectLabelled(container, 'Tag'))).toBe('gone (0)');
  });

  it('a set that exists reads as its name', () => {
    const { container } = render(
      <FiltersBar
        filter={{ ...EMPTY_FILTER, setId: 'kept' }}
        authors={[]}
        annotations={annotations}
        onChange={() => {}}
      />,
    );
    expect(shown(selectLabelled(container, 'Set'))).toBe('Our brand');
  });
});

describe('Insights and Overview: the chosen set deleted in another tab', () => {
  function Probe({ rows }: { rows: PostRow[] }) {
    const f = useAuthorFilter(rows);
    return (
      <form>
        <AuthorFilter f={f} />
        <output data-testid="chosen">{f.chosen.length}</output>
      </form>
    );
  }

  it('the Set select stays and says the set is deleted; All authors brings every post back', async () => {
    await annotationsItem.setValue({
      sets: [{ id: 's', name: 'Competitors', authorKeys: ['x:a'] }],
      tags: {},
      notes: {},
    });
    const rows = [row('x:1', 'x:a', 0.01, 10), row('x:2', 'x:b', 0.02, 20)];
    const { container } = render(<Probe rows={rows} />);
    fireEvent.change(await screen.findByLabelText('Set'), { target: { value: 's' } });
    await waitFor(() => expect(screen.getByTestId('chosen').textContent).toBe('1'));
    await annotationsItem.setValue({ sets: [], tags: {}, notes: {} });
    await waitFor(() => expect(screen.getByTestId('chosen').textContent).toBe('0'));
    const select = selectLabelled(container, 'Set');
    expect(shown(select)).toBe('Deleted set (no posts)');
    fireEvent.change(select!, { target: { value: 'all' } });
    await waitFor(() => expect(screen.getByTestId('chosen').textContent).toBe('2'));
    // Nothing to choose any more: the select goes.
    expect(selectLabelled(container, 'Set')).toBeUndefined();
  });
});

describe('"Sets compared"', () => {
  it('German: its figures and the median ER formula in German numbers', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    // Two sets: a table of one set compares nothing, and is not shown. The first row is read.
    const sets = [
      { id: 's', name: 'Wir', authorKeys: ['x:a'] },
      { id: 't', name: 'Andere', authorKeys: ['x:b'] },
    ];
    const rows: PostRow[] = [];
    for (let i = 0; i < 1234; i++)
      rows.push(row(`x:${i}`, 'x:a', 0.015, i === 0 ? 12_345 : 0, i === 0 ? 2.5 : null));
    const { container } = render(<SetsCompared sets={sets} rows={rows} pref="auto" />);
    const tds = [...container.querySelector('tbody tr')!.querySelectorAll('td')];
    const cells = tds.map((c) => plain(c.textContent));
    expect(cells).toEqual(['1', '1.234', '1,5 %', '2,5/h', '12.345']);
    expect(tds[2]!.getAttribute('title')).toContain('1.234 gesehenen');
    expect(tds[3]!.getAttribute('title')).toContain('1 der 1.234 gesehenen');
  });

  it('the Median velocity cell gives its formula and of how many of the posts seen it is', () => {
    const sets = [
      { id: 's', name: 'Our brand', authorKeys: ['x:a'] },
      { id: 't', name: 'Competitors', authorKeys: ['x:b'] },
    ];
    const rows = [row('x:1', 'x:a', 0.01, 10, 40), row('x:2', 'x:a', 0.02, 20), row('x:3', 'x:a', 0.03, 30)];
    const { container } = render(<SetsCompared sets={sets} rows={rows} pref="auto" />);
    const cell = container.querySelectorAll('tbody td')[3]!;
    expect(plain(cell.textContent)).toBe('40/h');
    const title = cell.getAttribute('title') ?? '';
    expect(title).toContain('1 of the 3 posts seen');
    expect(title).toContain('hours between the latest reading');
  });
});
