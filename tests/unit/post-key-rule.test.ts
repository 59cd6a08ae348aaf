// @vitest-environment node

// One rule for "is this a post key" (isPostKeyShape, lib/types.ts): the campaigns' background check
// (isPostKey), the dashboard link a card or a clicked watchlist alert opens (dashboardPostUrl) and
// the campaigns view's "Add … to which campaign?" all take the same keys. The link took a blank id
// ("x: ") and ids past the reading's limit, which no stored post has; and the Author filter named
// the author key "x:" as "@ (X)", an author with an empty handle, which no stored author has.
import { goneAuthorLabel } from '@/components/dashboard/filters-bar';
import { openAlert } from '@/lib/background/alert-clicks';
import { isPostKey } from '@/lib/background/campaign-posts';
import { dashboardAddUrl, dashboardPostUrl } from '@/lib/background/open-dashboard';
import { attempt, LIMITS } from '@/lib/check';
import { idOf } from '@/lib/check-fields';
import { isPostKeyShape } from '@/lib/types';

const BASE = 'chrome-extension://abc/';
const id = (n: number) => '1'.repeat(n);

describe('a post key, by one rule', () => {
  it.each<[unknown, boolean]>([
    ['x:1', true],
    ['x: a', true],
    ['mastodon:1@social.example:b', true],
    [`x:${id(LIMITS.postId)}`, true],
    [`instagram:${id(LIMITS.postId)}`, true],
    ['x:', false],
    ['x: ', false],
    ['x:\t\n', false],
    [`x:${id(LIMITS.postId + 1)}`, false],
    [`x:${id(240)}`, false],
    [':1', false],
    ['evil:1', false],
    ['X:1', false],
    ['x', false],
    ['', false],
    [42, false],
    [null, false],
  ])('%s: %s everywhere', (key, taken) => {
    if (typeof key === 'string') expect(isPostKeyShape(key)).toBe(taken);
    expect(isPostKey(key)).toBe(taken);
    expect(dashboardAddUrl(BASE, key) !== null).toBe(taken);
    expect(dashboardPostUrl(BASE, key) !== null).toBe(taken);
  });

  it.each([[' a'], ['a'], [id(LIMITS.postId)], [''], [' '], ['\n'], [id(LIMITS.postId + 1)]])(
    'takes the post id %j exactly when the reading check keeps it',
    (postId) => {
      const kept = 'value' in attempt(() => idOf(postId, LIMITS.postId));
      expect(isPostKeyShape(`reddit:${postId}`)).toBe(kept);
    },
  );

  it.each([['x: '], [`x:${id(LIMITS.postId + 1)}`]])('a clicked alert for %s opens nothing', async (key) => {
    const opened: string[] = [];
    const deps = { extensionUrl: BASE, openTab: async (url: string) => opened.push(url) };
    expect(await openAlert(`postlens-watch:${key}`, deps)).toBe(false);
    expect(await openAlert('postlens-watch:x:1', deps)).toBe(true);
    expect(opened).toEqual([`${BASE}dashboard.html#/post/x%3A1`]);
  });
});

describe('the Author filter’s label for an author no row is of', () => {
  it.each([
    ['x:alice', '@alice (X)'],
    ['instagram:a:b', '@a:b (Instagram)'],
    // No author has an empty or blank handle: such a key is shown as it is, as an unknown one.
    ['x:', 'x:'],
    ['x: ', 'x: '],
    ['evil:bob', 'evil:bob'],
  ])('%s reads %j', (key, label) => {
    expect(goneAuthorLabel(key)).toBe(label);
  });
});
