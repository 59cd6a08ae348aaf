// Author sets and a Reddit community: a set made before the author picker left communities out
// (or imported) may hold "reddit:r/foo", the record of a community's members read on its page.
// Its members are no followers and it has no posts of its own, so it is no author: the set list
// and "Sets compared" count the set's people only, say once that communities are left out, and
// "Compare its authors" picks its people only.

import { AuthorSets, compareSets } from '@/components/annotations';
import { type AuthorSet, EMPTY_ANNOTATIONS } from '@/lib/annotations';
import type { PostRow } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen } from '../testing-library';

const reddit = (handle: string, engagement: number): PostRow =>
  postRow({
    platform: 'reddit',
    authorKey: `reddit:${handle}`,
    authorHandle: handle,
    url: `https://www.reddit.com/r/foo/comments/${handle}${engagement}/`,
    engagement,
  });

// alice posted in r/foo (her post is hers, not the community's); bob posted nothing seen.
const rows = [reddit('alice', 10), reddit('alice', 30)];

const set = (authorKeys: string[]): AuthorSet => ({ id: 's', name: 'Ours', authorKeys });

describe('Sets compared with a community in a set', () => {
  it.each([
    ['a person and a community', ['reddit:alice', 'reddit:r/foo'], 1],
    ['two people and a community', ['reddit:alice', 'reddit:bob', 'reddit:r/foo'], 2],
    ['a community only', ['reddit:r/foo'], 0],
    ['a person and another community', ['reddit:alice', 'reddit:r/askreddit'], 1],
    // Only Reddit's "r/…" is a community's: another platform's path handle is a person's or a page's.
    ['a LinkedIn company is an author', ['linkedin:company/acme', 'reddit:alice'], 2],
  ])('%s: counts its people only', (_name, keys, authors) => {
    const [figures] = compareSets([set(keys)], rows);
    expect(figures!.authors).toBe(authors);
  });

  it('keeps the posts of the set’s people', () => {
    const [figures] = compareSets([set(['reddit:alice', 'reddit:r/foo'])], rows);
    expect(figures).toMatchObject({ postsSeen: 2, totalEngagement: 40 });
  });
});

describe('the author sets list with a community in a set', () => {
  const state = (sets: AuthorSet[]) => ({
    annotations: { ...EMPTY_ANNOTATIONS, sets },
    edit: async () => null,
  });

  it('counts the set’s people only and says communities are left out', () => {
    render(
      <AuthorSets
        state={state([set(['reddit:alice', 'reddit:bob', 'reddit:r/foo'])])}
        selected={[]}
        onPick={() => {}}
      />,
    );
    expect(screen.getByText('2 authors')).toBeTruthy();
    expect(screen.queryByText('3 authors')).toBeNull();
    expect(screen.getByText(/Reddit communities \(r\/…\) in a set are not counted/)).toBeTruthy();
  });

  it('says nothing of communities when no set holds one', () => {
    render(<AuthorSets state={state([set(['reddit:alice'])])} selected={[]} onPick={() => {}} />);
    expect(screen.getByText('1 author')).toBeTruthy();
    expect(screen.queryByText(/Reddit communities/)).toBeNull();
  });

  it('compares the set’s people only', () => {
    const onPick = vi.fn();
    render(
      <AuthorSets state={state([set(['reddit:alice', 'reddit:r/foo'])])} selected={[]} onPick={onPick} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compare its authors' }));
    expect(onPick).toHaveBeenCalledWith(['reddit:alice']);
  });

  it('has nobody to compare in a set of a community only', () => {
    render(<AuthorSets state={state([set(['reddit:r/foo'])])} selected={[]} onPick={() => {}} />);
    expect(screen.getByText('0 authors')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Compare its authors' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
