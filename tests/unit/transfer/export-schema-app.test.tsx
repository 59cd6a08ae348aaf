// The file the dashboard's Export JSON button downloads matches docs/export.schema.json, whatever
// the database holds: readings recorded through the real background (counts shown and not, a
// profile's followers, hostile text), campaigns saved through it, an empty database, a filter.

import { ExportButtons } from '@/components/dashboard/export-buttons';
import { backend, clock, HOUR, reading, record, resetAll } from '../components/helpers';
import { NO_OUTCOMES } from '../fixtures/campaign';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { problems } from './export-schema';
import { HOSTILE_TEXTS } from './fixtures';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
beforeEach(resetAll);

const PAGE = { id: 'test-extension', url: 'chrome-extension://test-extension/dashboard.html' };

/** Clicks Export JSON and returns the downloaded file, parsed. */
async function exportJson(filteredKeys: string[] | null = null): Promise<unknown> {
  const download = vi.fn();
  const view = render(
    <ExportButtons filteredKeys={filteredKeys} download={download} now={() => new Date(clock.now)} />,
  );
  if (filteredKeys) fireEvent.click(screen.getByLabelText(/Filtered/));
  fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
  await waitFor(() => expect(download).toHaveBeenCalled());
  view.unmount();
  return JSON.parse(download.mock.calls[0]![0] as string);
}

it('an empty database', async () => {
  expect(problems(await exportJson())).toEqual([]);
});

it('recorded readings, a profile, campaigns, and a filtered export', async () => {
  const author = { handle: 'acme', name: 'Acme', followers: null };
  await record(
    [
      reading({ postId: '1', text: 'Launch', likes: 100, comments: 20, views: 10_000, author }),
      reading({ postId: '2', likes: null, comments: null, reposts: null, saves: null, views: null, author }),
      ...HOSTILE_TEXTS.map((text, i) =>
        reading({ postId: `h${i}`, text, author: { handle: `h${i}`, name: text, followers: 3 } }),
      ),
    ],
    { platform: 'x', handle: 'acme', name: 'Acme', followers: 1200 },
    clock.now - 2 * HOUR,
  );
  await record([reading({ postId: '1', text: 'Launch', likes: 130, comments: 25, views: 12_500, author })]);
  await backend().queue.idle();
  for (const over of [
    { name: 'Spring', postKeys: ['x:1', 'x:2'], spend: { amountMinor: 12_345, currency: 'EUR' }, clicks: 5 },
    { name: '=cmd|x <b>', postKeys: [], csat: 87.5, nps: -20 },
  ]) {
    const r = await backend().saveCampaign(
      {
        start: '2025-01-01',
        end: '2025-01-31',
        ...NO_OUTCOMES,
        ...over,
      },
      PAGE,
    );
    if (!r.ok) throw new Error(r.error);
  }

  const all = (await exportJson()) as { posts: unknown[]; authors: unknown[]; campaigns: unknown[] };
  expect(all.posts).toHaveLength(2 + HOSTILE_TEXTS.length);
  expect(all.campaigns).toHaveLength(2);
  expect(problems(all)).toEqual([]);

  const filtered = (await exportJson(['x:2'])) as { posts: unknown[]; campaigns: unknown[] };
  expect(filtered.posts).toHaveLength(1);
  expect(filtered.campaigns).toHaveLength(2);
  expect(problems(filtered)).toEqual([]);
});
