// The Overview's top posts as hostile or emoji-heavy post text meets them: the post's snippet must
// neither break a character nor turn the author and figure written after it around.

import { TopPosts } from '@/components/insights/top-posts';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const top = (text: string) => ({
  er: [postRow({ text, er: 0.125, erBasis: 'views', authorHandle: 'acme' })],
  velocity: [],
  outlier: [],
});

describe('top posts: the snippet of a post', () => {
  it('cuts a long text between characters, never inside an emoji', () => {
    // 78 letters, then emoji: the cut at 79 UTF-16 units fell between the halves of the first one.
    render(<TopPosts top={top(`${'a'.repeat(78)}🚀🚀 launch day`)} />);
    const link = screen.getByRole('link');
    expect(link.textContent).not.toMatch(LONE_SURROGATE);
    // The rocket does not fit whole in the 79 units before the ellipsis: it is left out whole.
    expect(link.textContent).toBe(`${'a'.repeat(78)}…`);
  });

  it('keeps a family emoji whole at the cut', () => {
    const family = '👨\u200d👩\u200d👧';
    render(<TopPosts top={top(`${'a'.repeat(77)}${family} and more text after it`)} />);
    const text = screen.getByRole('link').textContent!;
    expect(text).not.toMatch(LONE_SURROGATE);
    // Either the whole family or none of it: never a man alone, joined to nothing.
    expect(text === `${'a'.repeat(77)}…` || text.startsWith(`${'a'.repeat(77)}${family}`)).toBe(true);
  });

  it("isolates the post's text, so a right-to-left override in it cannot reverse the author and the ER", () => {
    // U+202E (right-to-left override) left open by the post: written into the same line
    // unisolated, it shows "12.5%" as "%5.21" and the author's name backwards.
    render(<TopPosts top={top('great news \u202E and a cliffhanger')} />);
    const link = screen.getByRole('link');
    // The override ends where the post's text does: inside an isolating element (<bdi>, or dir).
    const isolated = link.closest('bdi, [dir]') ?? link.querySelector('bdi, [dir]');
    expect(isolated, 'no isolating element around the post text').not.toBeNull();
    expect(isolated!.textContent).toContain('\u202E');
    const figure = screen.getByText('12.5%');
    expect(isolated!.contains(figure)).toBe(false);
  });

  it("isolates the author's name too, so its text cannot reorder the figure after it", () => {
    const rows = top('plain text');
    rows.er[0] = { ...rows.er[0]!, authorName: '\u202Eevil' };
    render(<TopPosts top={rows} />);
    const name = screen.getByText(/evil/);
    expect(name.closest('bdi, [dir]'), 'no isolating element around the author').not.toBeNull();
  });
});
