// @vitest-environment node

// A blank ER where the author's profile was read and shows 0 followers: what the post lacks is views.
import type { PostRow } from '@/lib/queries';
import { rateHint, rateNote } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';

// A post with counts (engagement 3) and no views shown, by an author whose profile PostLens has
// read: it shows 0 followers (a new account). Neither ER can be worked out (÷ 0 is no rate).
const zeroFollowers: Partial<PostRow> = {
  likes: 3,
  engagement: 3,
  authorHandle: 'newbrand',
  followers: 0,
};

describe('a blank ER of a post whose author has 0 followers, their profile already read', () => {
  it('does not tell the user to open the profile once more (it was read: it shows 0)', () => {
    const { needs } = rateNote(postRow(zeroFollowers), 'er');
    expect(needs).not.toContain('profile');
    // What it lacks is views: followers are known, and 0.
    expect(needs).toBe('needs views: this post shows none');
  });

  it('gives no popup hint to open the profile, which cannot give it an ER', () => {
    expect(rateHint(postRow(zeroFollowers)) ?? '').not.toMatch(/profile/);
  });
});
