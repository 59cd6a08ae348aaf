// A Reddit post's "likes" are its score (upvotes − downvotes): the posts table, its snapshot table
// and the formulas say "Score", but the post page's history chart (and so its legend and the
// report image drawn from it) named that series "Likes".
import { createElement } from 'preact';
import { PostDetail } from '@/components/dashboard/post-detail';
import { setMessageLookup } from '@/lib/i18n';
import type { Platform } from '@/lib/types';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);
const made = vi.hoisted(() => ({ opts: [] as Array<{ series: Array<{ label?: string }> }> }));
vi.mock('uplot', () => ({
  default: class {
    constructor(o: never) {
      made.opts.push(o);
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

beforeEach(async () => {
  await resetAll();
  made.opts.length = 0;
});
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

const posts: Record<'reddit' | 'x', { postId: string; key: string; url: string }> = {
  reddit: { postId: 't3_1', key: 'reddit:t3_1', url: 'https://www.reddit.com/r/a/comments/1/x/' },
  x: { postId: 'p', key: 'x:p', url: 'https://x.com/alice/status/1' },
};

it.each([
  ['en', 'reddit', 'Score', 'Likes'],
  ['de', 'reddit', 'Punkte', 'Likes'],
  ['en', 'x', 'Likes', 'Score'],
  ['de', 'x', 'Likes', 'Punkte'],
] as const)(
  '(%s) a %s post’s chart names its likes series “%s”, not “%s”',
  async (lang, platform, name, not) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const p = posts[platform];
    await record([
      reading({ platform: platform as Platform, postId: p.postId, likes: 42, comments: 3, url: p.url }),
    ]);
    render(createElement(PostDetail, { postKey: p.key, onDeleted: () => {} }));
    await screen.findByText(/1 (snapshot|Messung)/);
    await waitFor(() => expect(made.opts.length).toBeGreaterThan(0));
    // The first series is uPlot's x (time); the rest are the chart's, in the legend in this order.
    const labels = made.opts
      .at(-1)!
      .series.slice(1)
      .map((s) => s.label);
    expect(labels).toContain(name);
    expect(labels).not.toContain(not);
    // The chart's accessible name (read out, and the picture's description) says the same.
    const chart = document.querySelector('figure.chart [role="img"]');
    expect(chart?.getAttribute('aria-label')).toContain(name);
  },
);

it.each([
  ['en', 'reddit', 'score + comments', 'likes + comments'],
  ['de', 'reddit', 'Punkte + Kommentare', 'Likes + Kommentare'],
  ['en', 'x', 'likes + comments', 'score + comments'],
  ['de', 'x', 'Likes + Kommentare', 'Punkte + Kommentare'],
] as const)(
  '(%s) a %s post’s page (and its report) writes its formulas with “%s”, not “%s”',
  async (lang, platform, says, not) => {
    setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
    const p = posts[platform];
    await record([
      reading({ platform: platform as Platform, postId: p.postId, likes: 42, comments: 3, url: p.url }),
    ]);
    render(createElement(PostDetail, { postKey: p.key, onDeleted: () => {} }));
    await screen.findByText(/1 (snapshot|Messung)/);
    // The lines under the snapshot table: the formulas the report image and print carry (no hover).
    const formulas = [...document.querySelectorAll('.engagement-formula, .formulas')].map(
      (e) => e.textContent ?? '',
    );
    expect(formulas).toHaveLength(2);
    for (const line of formulas) {
      expect(line.toLowerCase()).toContain(says.toLowerCase());
      expect(line.toLowerCase()).not.toContain(not.toLowerCase());
    }
    // The snapshot table's Engagement header says the same on hover.
    const engagement = screen
      .getAllByRole('columnheader')
      .find((th) => th.textContent === (lang === 'de' ? 'Interaktionen' : 'Engagement'))!;
    expect(engagement.title.toLowerCase()).toContain(says.toLowerCase());
  },
);
