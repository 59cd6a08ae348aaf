// "Engagement" of an author (author comparison) or an author set ("Sets compared") whose posts
// show no counts reads "—", not "0": a count the page does not show is unknown, never 0.

import { SetsCompared } from '@/components/annotations/sets-compared';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { authorStats, followerTrend, shareOfVoice } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';
import { render } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

it('Sets compared: a set whose posts show no counts has no total engagement', () => {
  const rows = [
    postRow({ authorHandle: 'quiet' }),
    postRow({ authorHandle: 'quiet' }),
    postRow({ authorHandle: 'loud', engagement: 40 }),
  ];
  render(
    <SetsCompared
      sets={[
        { id: 's1', name: 'Competitors', authorKeys: ['x:quiet'] },
        { id: 's2', name: 'Us', authorKeys: ['x:loud'] },
      ]}
      rows={rows}
    />,
  );
  const cells = (set: string) =>
    [...document.querySelectorAll('.sets-compared tbody tr')]
      .find((tr) => tr.querySelector('th')?.textContent === set)!
      .querySelectorAll('td');
  // authors, posts seen, median ER, median velocity, total engagement
  expect([...cells('Competitors')].map((td) => td.textContent)).toEqual(['1', '2', '—', '—', '—']);
  expect(cells('Us')[4]!.textContent).toBe('40');
});

it('the author comparison: engagement and share of voice of an author whose posts show no counts', () => {
  const author = (handle: string) => ({
    key: `x:${handle}`,
    platform: 'x' as const,
    handle,
    name: null,
    followers: null,
    followersAt: null,
  });
  const views = [
    { handle: 'quiet', rows: [postRow({ authorHandle: 'quiet' })] },
    { handle: 'loud', rows: [postRow({ authorHandle: 'loud', engagement: 40 })] },
  ].map(({ handle, rows }) => ({
    author: author(handle),
    trend: followerTrend([]),
    stats: authorStats(`x:${handle}`, rows),
    rows,
  }));
  render(
    <ComparisonTable
      comparison={{ views, share: shareOfVoice(views.map((v) => v.stats)) }}
      onDelete={() => {}}
    />,
  );
  const headers = [...document.querySelectorAll('table.comparison thead th')].map((th) => th.textContent);
  const col = headers.indexOf('Engagement');
  expect(col).toBeGreaterThan(0);
  const row = (key: string) => [...document.querySelectorAll(`tr[data-author="${key}"] > *`)];
  expect(row('x:quiet')[col]!.textContent).toBe('—');
  expect(row('x:quiet')[col + 1]!.textContent).toBe('—');
  expect(row('x:loud')[col]!.textContent).toBe('40');
  expect(row('x:loud')[col + 1]!.textContent).toBe('100%');
});
