// @vitest-environment node

// A post's outlier score ("2×") named its formula only, in the popup's "How these are worked out",
// the posts table's hover text and a post's page: not the median ER it divides by, how many of the
// author's other posts that median rests on, nor the basis taken (views or followers), where the
// author's Median ER and a velocity name their inputs. fillOutliers now keeps the median and the
// count with the score, and the note names them.
import { setMessageLookup } from '@/lib/i18n';
import { fillOutliers, loadAllRows, loadRowsForKeys, type PostRow, rateSourcedTitle } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { clock, DAY, reading, record, resetAll } from '../components/helpers';
import { postRow } from '../fixtures/post-row';

const byViews = (erViews: number) => ({ erViews, er: erViews, erBasis: 'views' as const });
const byFollowers = (erFollowers: number) => ({
  erFollowers,
  er: erFollowers,
  erBasis: 'followers' as const,
});
const ofAlice = (over: Partial<PostRow>) => postRow({ authorHandle: 'alice', engagement: 1, ...over });

// The German case switches the words: English again after it, as the setup installs them.
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

describe('the outlier note names its inputs', () => {
  it('by views: the median of the 3 others (1%, 2%, 3%: 2%) and the basis', () => {
    const rows = [0.04, 0.01, 0.02, 0.03].map((er) => ofAlice(byViews(er)));
    fillOutliers(rows);
    const a = rows[0]!;
    expect(a.outlier).toBeCloseTo(2);
    expect([a.outlierMedian, a.outlierPosts]).toEqual([0.02, 3]);
    expect(rateSourcedTitle(a, 'outlier')).toBe(
      "ER by views ÷ 2%, the median ER by views of the author's 3 other posts seen that have one",
    );
  });

  it('by followers, 4 others (median 2.5%), and where the followers come from', () => {
    const rows = [0.05, 0.01, 0.02, 0.03, 0.04].map((er) => ofAlice(byFollowers(er)));
    rows[0]!.followersFrom = 'author';
    fillOutliers(rows);
    const a = rows[0]!;
    expect(a.outlier).toBeCloseTo(2);
    expect(a.outlierPosts).toBe(4);
    expect(rateSourcedTitle(a, 'outlier')).toBe(
      "ER by followers ÷ 2.5%, the median ER by followers of the author's 4 other posts seen that have one · " +
        "its followers are the author's latest known count, read at another time than the post's latest reading",
    );
  });

  it('only the posts on its own basis count: 3 by views of 6 posts', () => {
    const rows = [
      ofAlice(byViews(0.04)),
      ...[0.01, 0.02, 0.03].map((er) => ofAlice(byViews(er))),
      ...[0.5, 0.6].map((er) => ofAlice(byFollowers(er))),
    ];
    fillOutliers(rows);
    expect(rateSourcedTitle(rows[0]!, 'outlier')).toMatch(/^ER by views ÷ 2%, .* 3 other posts/);
  });

  it('in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const rows = [0.04, 0.01, 0.02, 0.03].map((er) => ofAlice(byViews(er)));
    fillOutliers(rows);
    expect(rateSourcedTitle(rows[0]!, 'outlier')).toBe(
      // A German percentage keeps its sign by a no-break space.
      'ER nach Aufrufen ÷ 2\u00a0%, der Median der ER nach Aufrufen der 3 anderen gesehenen Beiträge des Autors, die eine haben',
    );
  });

  it('a score gone blank leaves no inputs behind, and its note says what it needs', () => {
    const rows = [0.04, 0.01, 0.02, 0.03].map((er) => ofAlice(byViews(er)));
    fillOutliers(rows);
    // One post fewer: 2 others, too few for a score.
    const fewer = rows.slice(0, 3);
    fillOutliers(fewer);
    expect(fewer[0]).toMatchObject({ outlier: null, outlierMedian: null, outlierPosts: null });
    expect(rateSourcedTitle(fewer[0]!, 'outlier')).toBe(
      "needs 3 other posts by @alice with an ER on the same basis, their median above 0 · ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
    );
  });

  it('a median of 0 gives no score and no inputs', () => {
    const rows = [0.04, 0, 0, 0.03].map((er) => ofAlice(byViews(er)));
    fillOutliers(rows);
    expect(rows[0]).toMatchObject({ outlier: null, outlierMedian: null, outlierPosts: null });
  });

  it('a row made without the inputs names the formula alone', () => {
    const r = ofAlice({ ...byViews(0.04), outlier: 2 });
    expect(rateSourcedTitle(r, 'outlier')).toBe(
      "ER ÷ median ER of the author's other posts seen, on the same basis (views or followers)",
    );
  });
});

describe('the rows the popup and the dashboard read carry the inputs', () => {
  beforeEach(resetAll);

  // alice: four posts with 1,000 views each and 10, 20, 30 and 200 likes: ERs by views 1%, 2%,
  // 3% and 20%; the last is 10× the median of the other three.
  async function seed() {
    const t0 = clock.now;
    for (const [i, likes] of [10, 20, 30, 200].entries())
      await record(
        [reading({ postId: `a${i}`, author: { handle: 'alice', name: 'Alice' }, likes, views: 1000 })],
        null,
        t0 + i * DAY,
      );
  }
  const NOTE = "ER by views ÷ 2%, the median ER by views of the author's 3 other posts seen that have one";

  it("the popup's rows (loadRowsForKeys: the author's other posts read for the median)", async () => {
    await seed();
    const [post] = await loadRowsForKeys(['x:a3'], 'auto');
    expect(post!.row.outlier).toBeCloseTo(10);
    expect(rateSourcedTitle(post!.row, 'outlier')).toBe(NOTE);
  });

  it('a post the tab shows twice: both its rows name them', async () => {
    await seed();
    const posts = await loadRowsForKeys(['x:a3', 'x:a3'], 'auto');
    expect(posts.map((p) => rateSourcedTitle(p.row, 'outlier'))).toEqual([NOTE, NOTE]);
  });

  it("the dashboard's rows (loadAllRows)", async () => {
    await seed();
    const row = (await loadAllRows('auto')).find((r) => r.key === 'x:a3')!;
    expect(row.outlier).toBeCloseTo(10);
    expect(rateSourcedTitle(row, 'outlier')).toBe(NOTE);
  });
});
