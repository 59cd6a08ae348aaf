// What the content script holds per post (lib/content/post-states.ts): a feed that drops the posts
// scrolled past must not leave their readings and histories behind for the rest of the session.
import { PostStates } from '@/lib/content/post-states';
import type { PostKnowledge } from '@/lib/messaging';
import type { PostReading } from '@/lib/types';

const reading = (id: string, likes = 10): PostReading => ({
  platform: 'x',
  postId: id,
  url: `https://x.com/a/status/${id}`,
  author: { handle: 'a', name: 'A' },
  publishedAt: null,
  text: 'a post',
  likes,
  comments: 2,
  reposts: 1,
  saves: null,
  views: 1000,
});

const known = (likes: number): PostKnowledge => ({
  firstSeen: 1,
  lastSeen: 2,
  history: [{ capturedAt: 1, likes, comments: 2, reposts: 1, saves: null, views: 1000 }],
  authorFollowers: null,
  authorMedianEr: null,
  authorPostCount: 0,
});

/** `n` post elements on the page, ids from `from`, each held with its reading and an answer. */
function show(states: PostStates, n: number, from = 0): Element[] {
  const els: Element[] = [];
  for (let i = from; i < from + n; i++) {
    const el = document.body.appendChild(document.createElement('article'));
    const key = states.hold(el, reading(String(i)));
    states.learn(key, known(i));
    els.push(el);
  }
  return els;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('posts the page dropped', () => {
  it('are forgotten, readings and answers, while the page keeps what it shows', () => {
    const states = new PostStates();
    const first = show(states, 1000);
    // The user scrolls on: the feed drops the first 1,000 posts and shows 1,000 new ones.
    for (const el of first) el.remove();
    const next = show(states, 1000, 1000);
    states.sweep();
    expect(states.size).toBe(1000);
    expect(states.reading('x:5')).toBeUndefined();
    expect(states.knowledgeOf('x:5')).toBeUndefined();
    expect(states.reading('x:1500')?.postId).toBe('1500');
    expect(states.knowledgeOf('x:1500')?.history[0]?.likes).toBe(1500);
    expect(states.elementsOf('x:1500')).toEqual([next[500]]);
  });

  it('never hold more than about twice what the page shows, without a sweep being asked for', () => {
    const states = new PostStates();
    let most = 0;
    // A session of 5,000 posts, on a feed that keeps the last 100 on the page.
    const onPage: Element[] = [];
    for (let i = 0; i < 5000; i++) {
      onPage.push(...show(states, 1, i));
      if (onPage.length > 100) onPage.shift()!.remove();
      if (i % 10 === 0) most = Math.max(most, states.size);
    }
    expect(most).toBeLessThanOrEqual(512);
  });

  it('keep a post the page still shows in another place', () => {
    const states = new PostStates();
    const [feed] = show(states, 1);
    const thread = document.body.appendChild(document.createElement('article'));
    states.hold(thread, reading('0'));
    feed!.remove();
    states.sweep();
    expect(states.elementsOf('x:0')).toEqual([thread]);
    expect(states.knowledgeOf('x:0')?.history[0]?.likes).toBe(0);
  });

  it('include a post whose element the page reused for another post', () => {
    const states = new PostStates();
    const [cell] = show(states, 1);
    states.hold(cell!, reading('9'));
    expect(states.reading('x:0')).toBeUndefined();
    expect(states.knowledgeOf('x:0')).toBeUndefined();
    expect(states.elementsOf('x:9')).toEqual([cell]);
  });

  it('include a post whose element now holds an ad', () => {
    const states = new PostStates();
    const [cell] = show(states, 1);
    states.unhold(cell!);
    expect(states.size).toBe(0);
  });
});

describe('answers from the background', () => {
  it('about a post no longer shown are not kept', () => {
    const states = new PostStates();
    const [el] = show(states, 1);
    states.unhold(el!);
    states.learn('x:0', known(3));
    states.learn('x:77', known(3));
    expect(states.knowledgeOf('x:0')).toBeUndefined();
    expect(states.knowledgeOf('x:77')).toBeUndefined();
  });

  it('stay through a navigation for the posts read again, and go for the others', () => {
    const states = new PostStates();
    const els = show(states, 2);
    states.clearReadings();
    // After the navigation the page shows post 1 again (a new element), not post 0.
    els[0]!.remove();
    els[1]!.remove();
    const again = document.body.appendChild(document.createElement('article'));
    states.hold(again, reading('1'));
    expect(states.knowledgeOf('x:1')?.history[0]?.likes).toBe(1);
    states.sweep();
    expect(states.knowledgeOf('x:1')?.history[0]?.likes).toBe(1);
    expect(states.knowledgeOf('x:0')).toBeUndefined();
  });
});
