// @vitest-environment node

// "PostLens does not round counts": 1.5 likes is refused. But JSON.parse reads the file before any
// rule sees a count, and it reads 1.0000000000000001 as 1 and 9999999999999.9999 as 10000000000000:
// those imported as whole numbers, rounded without a word. The scan of the file's text that finds
// keys written twice (json-keys.ts) now refuses a count written with a decimal point or an
// exponent that reads as a whole number, naming where it is and how the file writes it.
import { readImport } from '@/lib/transfer';

const NOW = Date.UTC(2025, 5, 1);

/** A version 1 export with one post, one snapshot and one author, `counts` written as given. */
function fileWith(counts: {
  likes?: string;
  views?: string;
  postFollowers?: string;
  authorFollowers?: string;
}) {
  const { likes = '3', views = 'null', postFollowers = 'null', authorFollowers = '7' } = counts;
  return `{
  "format": "postlens-export", "version": 1, "exportedAt": "2025-05-02T00:00:00.000Z",
  "posts": [{
    "platform": "x", "postId": "1", "url": "https://x.com/nasa/status/1",
    "author": {"handle": "nasa", "name": "NASA", "followers": ${postFollowers}},
    "publishedAt": null, "text": "likes: 1.0 in the text is text, \\"likes\\": 2.0 too",
    "snapshots": [{"capturedAt": "2025-05-01T00:00:00.000Z", "likes": ${likes}, "comments": 0,
      "reposts": null, "saves": null, "views": ${views}, "followers": null}]
  }],
  "authors": [{"platform": "x", "handle": "nasa", "name": "NASA",
    "followerSnapshots": [{"capturedAt": "2025-05-01T00:00:00.000Z", "followers": ${authorFollowers}}]}]
}`;
}

const refusal = (text: string) => {
  const r = readImport(text, { now: NOW });
  if (r.ok) throw new Error('imported');
  return r;
};

const written = (n: string) =>
  `is no whole number as the file writes it (${n}), though it reads as one; PostLens does not round counts`;

describe('a count written with a decimal point or an exponent', () => {
  it.each([
    ['1.0000000000000001', 1],
    ['9999999999999.9999', 10_000_000_000_000],
    ['1.00000000000000001e3', 1000],
    ['2.50000000000000001e1', 25],
    ['0.99999999999999999', 1],
  ])('likes %s (read as %s) is refused, named where it is and as written', (likes, read) => {
    const r = refusal(fileWith({ likes }));
    expect(r.problems).toEqual([
      { path: 'posts[0].snapshots[0].likes', value: String(read), reason: written(likes) },
    ]);
    expect(r.error).toBe(
      `The export has bad fields, so nothing was imported: posts[0].snapshots[0].likes: ${written(likes)}.`,
    );
  });

  it("in every place a count is: a snapshot's, a post's author's and an author's follower readings", () => {
    const r = refusal(
      fileWith({
        views: '1.00000000000000001e4',
        postFollowers: '5.00000000000000001',
        authorFollowers: '6.99999999999999999',
      }),
    );
    expect(r.problems?.map((p) => p.path)).toEqual([
      'posts[0].author.followers',
      'posts[0].snapshots[0].views',
      'authors[0].followerSnapshots[0].followers',
    ]);
    expect(r.total).toBe(3);
  });

  it('a very long way of writing one is shown cut', () => {
    const likes = `1.${'0'.repeat(200)}1`;
    const reason = refusal(fileWith({ likes })).problems?.[0]?.reason ?? '';
    expect(reason).toContain(`(1.${'0'.repeat(37)}…)`);
    expect(reason.length).toBeLessThan(200);
  });
});

describe('left as it was', () => {
  it('whole numbers written plainly import, and "likes": 2.0 inside a text is text', () => {
    const r = readImport(fileWith({ likes: '12', views: '0', postFollowers: '1000' }), { now: NOW });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.posts[0]!.snapshots[0]!.likes).toBe(12);
  });

  it.each([
    ['2.0', 2],
    ['1e3', 1000],
    ['1E+2', 100],
    ['25.00e1', 250],
    ['0.5e1', 5],
    ['15000e-3', 15],
  ])('likes %s is exactly the whole number %s: kept as it is, nothing rounded', (likes, value) => {
    const r = readImport(fileWith({ likes }), { now: NOW });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.data.posts[0]!.snapshots[0]!.likes).toBe(value);
  });

  it.each(['1.5', '5e-324'])('likes %s: a number that is no whole number is refused as before', (likes) =>
    expect(refusal(fileWith({ likes })).problems?.[0]?.reason).toBe(
      'must be a whole number; PostLens does not round counts',
    ),
  );
});
