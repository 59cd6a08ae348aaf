// @vitest-environment node

// Old reddit's vote column (`div.midcol`) as its templates print it (reddit-archive/reddit
// r2/r2/templates/printable.html and link.html): the midcol and the entry carry the reader's own
// vote ("unvoted", "likes", "dislikes"), the three `.score` divs hold the score as it would be
// without the vote, with an upvote and with a downvote, and only the one matching the midcol's
// class is shown. A score hidden by the subreddit ("hide scores for N minutes") prints a bullet in
// each of the three divs instead of a number. Markup: the first link thing of
// tests/fixtures/reddit/old-reddit-front.html, changed only where each case says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redditAdapter as adapter } from '@/lib/platforms/reddit';
import { parseSavedPage } from '@/tests/tools/inspect';

const URL_ = 'https://old.reddit.com/';
const source = readFileSync(join(process.cwd(), 'tests/fixtures/reddit/old-reddit-front.html'), 'utf8');
const opened: ReturnType<typeof parseSavedPage>['window'][] = [];
afterAll(async () => {
  await Promise.all(opened.map((w) => w.happyDOM.close()));
});

/** The front page with its first link thing (t3_1vr5nvc, score 1154, 165 comments) changed. */
function firstThing(change: (thing: Element) => void) {
  const page = parseSavedPage(source, new URL(URL_));
  opened.push(page.window);
  const thing = page.document.querySelector('div.thing.link');
  if (!thing) throw new Error('fixture changed');
  expect(thing.getAttribute('data-fullname')).toBe('t3_1vr5nvc');
  change(thing);
  const el = adapter.findPosts(page.document)[0];
  return el ? adapter.readPost(el, { url: new URL(URL_), locale: 'en' }) : null;
}

/** The fixture's `<div class="score dislikes" title="1153">1153</div>` … with new numbers. */
function setScores(thing: Element, [dislikes, unvoted, likes]: [string, string, string]) {
  const set = (cls: string, v: string) => {
    const div = thing.querySelector(`.midcol .score.${cls}`);
    if (!div) throw new Error('fixture changed');
    div.textContent = v;
    if (v === '•') div.removeAttribute('title');
    else div.setAttribute('title', v);
  };
  set('dislikes', dislikes);
  set('unvoted', unvoted);
  set('likes', likes);
}

function setVote(thing: Element, vote: 'likes' | 'dislikes') {
  thing.querySelector('.midcol')!.className = `midcol ${vote}`;
  thing.querySelector('.entry')!.className = `entry ${vote}`;
}

describe('old reddit: the score the vote column shows', () => {
  it('the real front page: the four posts whose vote column shows "•" have no score', () => {
    // old-reddit-front.html, unchanged: t3_1vrojkb (data-score="2703"), t3_1vrmwzh ("505"),
    // t3_1vro3px ("2634") and t3_1vrootk ("444") print <div class="score unvoted">•</div>.
    const page = parseSavedPage(source, new URL(URL_));
    opened.push(page.window);
    const c = { url: new URL(URL_), locale: 'en' };
    const hidden = ['t3_1vrojkb', 't3_1vrmwzh', 't3_1vro3px', 't3_1vrootk'];
    const readings = adapter.findPosts(page.document).map((el) => adapter.readPost(el, c));
    for (const id of hidden) {
      const el = page.document.querySelector(`div.thing[data-fullname="${id}"]`);
      expect(el?.querySelector('.midcol .score.unvoted')?.textContent).toBe('•');
      const r = readings.find((x) => x?.postId === id);
      expect(r?.comments).not.toBeNull();
      expect([id, r?.likes]).toEqual([id, null]);
    }
    // Every other post keeps its data-score.
    for (const r of readings) if (r && !hidden.includes(r.postId)) expect(r.likes).not.toBeNull();
  });

  it('a hidden score ("•" in the vote column) is null, not the data-score the page does not show', () => {
    const r = firstThing((thing) => {
      // link.html: `%elif thing.hide_score:` <div class="score likes">&bull;</div> …
      setScores(thing, ['•', '•', '•']);
      thing.setAttribute('data-score', '2');
    });
    expect(r?.postId).toBe('t3_1vr5nvc');
    expect(r?.likes).toBeNull();
    expect(r?.comments).toBe(165);
  });

  it('a hidden score without data-score is null too', () => {
    const r = firstThing((thing) => {
      setScores(thing, ['•', '•', '•']);
      thing.removeAttribute('data-score');
    });
    expect(r?.likes).toBeNull();
  });

  it("the reader's own upvote: the score shown is the `likes` one, not the unvoted one below it", () => {
    // Score 1155 with the reader's upvote in it: 1153 / 1154 / 1155, the last one shown.
    const r = firstThing((thing) => {
      setVote(thing, 'likes');
      setScores(thing, ['1153', '1154', '1155']);
      thing.removeAttribute('data-score');
    });
    expect(r?.likes).toBe(1155);
  });

  it("the reader's own downvote: the score shown is the `dislikes` one", () => {
    // Score 1153 with the reader's downvote in it: 1153 / 1154 / 1155, the first one shown.
    const r = firstThing((thing) => {
      setVote(thing, 'dislikes');
      setScores(thing, ['1153', '1154', '1155']);
      thing.removeAttribute('data-score');
    });
    expect(r?.likes).toBe(1153);
  });

  it('an unvoted post still reads the unvoted score and data-score first', () => {
    expect(firstThing(() => {})?.likes).toBe(1154);
    const r = firstThing((thing) => thing.removeAttribute('data-score'));
    expect(r?.likes).toBe(1154);
  });
});
