// @vitest-environment node

// An author's (or an author set's) total engagement adds up the counts its posts show; where no
// post shows one it is null, never 0 (a count the page does not show is unknown), and its share
// of voice is unknown too.
import { authorStats, shareOfVoice } from '@/lib/queries/author-stats';
import { postRow } from '../fixtures/post-row';

describe('authorStats().totalEngagement', () => {
  it.each([
    ['counts on every post', [100, 50], 150],
    ['a post without counts adds nothing', [100, null], 100],
    ['a shown 0 is a count', [0, null], 0],
    ['no post shows a count', [null, null], null],
    ['no post seen', [], null],
  ] as const)('%s', (_what, engagement, total) => {
    const rows = engagement.map((e) => postRow({ engagement: e }));
    expect(authorStats('x:a', rows).totalEngagement).toBe(total);
  });
});

describe('shareOfVoice with an author whose posts show no counts', () => {
  it.each([
    [
      [null, 30, 10],
      [null, 0.75, 0.25],
    ],
    [
      [null, null],
      [null, null],
    ],
    [
      [null, 0],
      [null, null],
    ],
  ])('%j → %j', (totals, shares) => {
    const m = shareOfVoice(totals.map((totalEngagement, i) => ({ key: `k${i}`, totalEngagement })));
    expect(totals.map((_, i) => m.get(`k${i}`))).toEqual(shares);
  });
});
