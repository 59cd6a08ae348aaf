// An author's name imported as "" (the export format allows any text up to 300 characters, and
// import keeps a name as it is): the dashboard took "" for a name. The post page's heading began
// with nothing (only the muted "@alice · X" after a blank), and the Authors view's picker and
// comparison table showed a blank where the author's name or handle stands. An empty name is
// none, as the posts table and the popup take it: the handle stands in its place.

import { AuthorPicker } from '@/components/dashboard/author-picker';
import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { PostDetail } from '@/components/dashboard/post-detail';
import { authorStats, followerTrend, shareOfVoice } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { postRow } from '../fixtures/post-row';
import { render, waitFor } from '../testing-library';
import { importOnePost, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(resetAll);

/** The text a heading or cell reads as, spaces folded. */
const said = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const importPost = (name: string) => importOnePost({ name });

const author = (name: string | null): AuthorRecord => ({
  key: 'x:alice',
  platform: 'x',
  handle: 'alice',
  name,
  followers: null,
  followersAt: null,
});

// Each case: the name stored, and what leads the line (the name, else the handle).
const CASES: Array<[string, string | null, string]> = [
  ['an empty name', '', '@alice'],
  ['no name', null, '@alice'],
  ['a name', 'Alice', 'Alice'],
];

describe('the dashboard names an author whose name is empty by the handle', () => {
  it.each(CASES.filter(([, name]) => name !== null))(
    'the post page with %s leads its heading with the name or handle',
    async (_, name, lead) => {
      await importPost(name as string);
      render(<PostDetail postKey="x:5" onDeleted={() => {}} />);
      await waitFor(() => expect(document.querySelector('.post-detail h2')).not.toBeNull());
      const h2 = document.querySelector('.post-detail h2')!;
      // The first <bdi> is what names the author; it is never blank.
      expect(h2.querySelector('bdi')?.textContent).toBe(lead);
      expect(said(h2).startsWith(`${lead} `)).toBe(true);
      // The handle once: after the name, or heading the line in its place ("@alice @alice · X").
      expect(h2.textContent!.split('@alice')).toHaveLength(2);
    },
  );

  it.each(CASES)('the author picker with %s shows the name or handle', (_, name, lead) => {
    render(<AuthorPicker authors={[author(name)]} selected={[]} onChange={() => {}} />);
    const label = document.querySelector('.author-picker li label')!;
    expect(label.querySelector('bdi')?.textContent).toBe(lead);
  });

  it.each(CASES)('the comparison table with %s shows the name or handle', (_, name, lead) => {
    const a = author(name);
    const stats = authorStats(a.key, [postRow()]);
    render(
      <ComparisonTable
        comparison={{
          views: [{ author: a, trend: followerTrend([], a), stats, rows: [postRow()] }],
          share: shareOfVoice([stats]),
        }}
        onDelete={() => {}}
      />,
    );
    const th = document.querySelector('tbody th[scope="row"]')!;
    expect(th.querySelector('bdi')?.textContent).toBe(lead);
  });
});
