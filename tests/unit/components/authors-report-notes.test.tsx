// The Authors view's report (PNG, print) shows what its hover titles say: when the comparison was
// made, the span of the readings it rests on, and each column's formula, as visible text.

import { AuthorsView } from '@/components/dashboard/authors-view';
import { ComparisonNotes } from '@/components/dashboard/comparison-notes';
import { setMessageLookup } from '@/lib/i18n';
import { type AuthorView, authorStats, followerTrend, shareOfVoice } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);
vi.mock('uplot', () => ({
  default: class {
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1, 12); // 1 Nov 2026, 12:00 UTC (tests run in UTC)

const author = (key: string, handle: string): AuthorRecord => ({
  key,
  platform: 'x',
  handle,
  name: handle.toUpperCase(),
  followers: null,
  followersAt: null,
});

function view(
  a: AuthorRecord,
  snaps: Array<[number, number]>,
  rows: ReturnType<typeof postRow>[],
): AuthorView {
  return {
    author: a,
    trend: followerTrend(
      snaps.map(([capturedAt, followers]) => ({ authorKey: a.key, capturedAt, followers })),
      a,
    ),
    stats: authorStats(a.key, rows, 3, 'followers'),
    rows,
  };
}

describe('the comparison’s notes (visible in the PNG and the printout)', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));
  afterEach(() => setMessageLookup(null));

  function twoAuthors() {
    // Alice: followers read 1,000 on day 0 and 1,200 on day 2; two posts, first seen day 1 and
    // last read day 3, each with an ER by followers (10% and 20%) and engagement 100 and 240.
    const alice = view(
      author('x:alice', 'alice'),
      [
        [T0, 1000],
        [T0 + 2 * DAY, 1200],
      ],
      [
        postRow({
          authorKey: 'x:alice',
          authorHandle: 'alice',
          firstSeen: T0 + DAY,
          lastSeen: T0 + 3 * DAY,
          date: T0,
          publishedAt: new Date(T0).toISOString(),
          engagement: 100,
          er: 0.1,
          erFollowers: 0.1,
          erBasis: 'followers',
        }),
        postRow({
          authorKey: 'x:alice',
          authorHandle: 'alice',
          firstSeen: T0 + DAY,
          lastSeen: T0 + 2 * DAY,
          date: T0 + 7 * DAY,
          publishedAt: new Date(T0 + 7 * DAY).toISOString(),
          engagement: 240,
          er: 0.2,
          erFollowers: 0.2,
          erBasis: 'followers',
        }),
      ],
    );
    // Bob: one follower reading on day 5 (no change); one post first seen 12 hours before T0 and
    // last read on day 4, engagement 60, no ER.
    const bob = view(
      author('x:bob', 'bob'),
      [[T0 + 5 * DAY, 50]],
      [
        postRow({
          authorKey: 'x:bob',
          authorHandle: 'bob',
          firstSeen: T0 - 12 * HOUR,
          lastSeen: T0 + 4 * DAY,
          engagement: 60,
        }),
      ],
    );
    return { views: [alice, bob], share: shareOfVoice([alice.stats, bob.stats]) };
  }

  it('says when it was made and the span of the readings, in the user’s locale', () => {
    render(<ComparisonNotes comparison={twoAuthors()} madeAt={T0 + 10 * DAY + 9 * HOUR} />);
    const text = document.querySelector('.comparison-notes')!.textContent!;
    expect(text).toContain('Nov 11, 2026, 9:00 PM');
    // Earliest: Bob's post first seen 1 Nov 2026, 0:00 UTC; latest: Bob's follower reading, 6 Nov 12:00.
    expect(text).toContain('from Nov 1, 2026, 12:00 AM to Nov 6, 2026, 12:00 PM');
  });

  it('gives each titled column’s formula per author, in the titles’ words', () => {
    render(<ComparisonNotes comparison={twoAuthors()} madeAt={T0} />);
    const text = document.querySelector('.comparison-notes')!.textContent!;
    // Follower change: Alice +200 over 2 days; Bob has one reading, so no change to explain.
    expect(text).toContain('@alice · X: +200 in 2 days');
    // Posts / week, median and mean ER: Alice 2 of 2 dated and with an ER by followers.
    expect(text).toContain(
      '@alice · X: (posts with a posting time − 1) ÷ weeks from the first to the last of them: 2 of the 2 posts seen have one',
    );
    expect(text).toContain('@alice · X: median of the ERs by followers of 2 of the 2 posts seen');
    expect(text).toContain('@alice · X: mean of the ERs by followers of 2 of the 2 posts seen');
    expect(text).toContain(
      '@bob · X: (posts with a posting time − 1) ÷ weeks from the first to the last of them: 0 of the 1 posts seen',
    );
    // Share of voice: 340 of 400 for Alice, 60 of 400 for Bob.
    expect(text).toContain('@alice · X: 340 of 400 engagements');
    expect(text).toContain('@bob · X: 60 of 400 engagements');
    for (const col of ['Follower change', 'Posts / week', 'Median ER', 'Mean ER', 'Share of voice']) {
      expect(text).toContain(col);
    }
  });

  it('is in German with the German messages', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    render(<ComparisonNotes comparison={twoAuthors()} madeAt={T0} />);
    const text = document.querySelector('.comparison-notes')!.textContent!;
    expect(text).toContain('01.11.2026, 12:00');
    expect(text).toContain('@alice · X: 340 von 400 Interaktionen');
  });
});

describe('the Authors view’s report', () => {
  beforeEach(async () => {
    await resetAll();
    setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
  });
  afterEach(() => setMessageLookup(null));

  it('holds the notes inside the element the PNG and print are made of', async () => {
    await record([
      reading({ postId: '1', author: { handle: 'eve', name: 'Eve', followers: 100 }, likes: 1 }),
    ]);
    render(<AuthorsView pref="followers" version={0} onChanged={() => {}} />);
    await waitFor(() => expect(screen.getAllByRole('checkbox', { name: /Eve/ })).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: /Eve/ }));
    await waitFor(() => expect(document.querySelector('table.comparison')).not.toBeNull());
    expect(document.querySelector('.comparison-body .comparison-notes')).not.toBeNull();
  });
});
