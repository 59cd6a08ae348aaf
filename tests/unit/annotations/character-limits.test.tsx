// The user's words on posts and sets, counted as the user counts them (characters, not UTF-16
// units), and page text shortened in the authors comparison without breaking a character.

import { ComparisonTable } from '@/components/dashboard/comparison-table';
import { addSet, addTag, EMPTY_ANNOTATIONS, setNote } from '@/lib/annotations';
import { authorStats, type Comparison } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

describe('limits on tags, notes and set names count characters', () => {
  it('accepts a tag of 30 emoji (at most 50 characters) and says a too-long one’s length in characters', () => {
    const tag = '🚀'.repeat(30);
    const added = addTag(EMPTY_ANNOTATIONS, 'x:1', tag);
    expect(added).toEqual({ ok: true, value: { ...EMPTY_ANNOTATIONS, tags: { 'x:1': [tag] } } });
    expect(addTag(EMPTY_ANNOTATIONS, 'x:1', '🚀'.repeat(51))).toEqual({
      ok: false,
      message: 'The tag is 51 characters; at most 50.',
    });
  });

  it('accepts a note of 3,000 emoji and a set name of 60, each within its limit in characters', () => {
    expect(setNote(EMPTY_ANNOTATIONS, 'x:1', '😀'.repeat(3000)).ok).toBe(true);
    expect(addSet(EMPTY_ANNOTATIONS, 's1', '🏳️'.slice(0, 2).repeat(60)).ok).toBe(true);
  });
});

describe('the authors comparison’s best posts', () => {
  it('shortens a post’s text to 60 characters without splitting an emoji in two', () => {
    const text = `${'a'.repeat(59)}😀 and more`;
    // An ER by views: an author's best posts keep to one basis (author-er-one-basis.test.ts).
    const row = postRow({ key: 'x:9', text, er: 0.1, erViews: 0.1, erBasis: 'views' });
    const comparison: Comparison = {
      views: [
        {
          author: { key: 'x:a', platform: 'x', handle: 'a', name: 'A', followers: 10, followersAt: null },
          trend: { points: [], latest: 10, change: null, spanMs: 0 },
          stats: authorStats('x:a', [row]),
          rows: [row],
        },
      ],
      share: new Map([['x:a', null]]),
    };
    render(<ComparisonTable comparison={comparison} onDelete={() => {}} />);
    const link = screen.getByRole('link', { name: /aaaa/ });
    expect(link.textContent).toContain(`${'a'.repeat(59)}😀`);
    expect(link.textContent).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
