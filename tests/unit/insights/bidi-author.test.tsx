// An author's name is the page's text: a right-to-left override in it (U+202E, as pranked display
// names carry) must end with the name. Unended, it runs over the rest of the line and a user reads
// "stsop 21" for "12 posts" in the author select, and the follower list's other names backwards.

import { authorLabel } from '@/components/insights/author-filter';
import { InsightsView } from '@/components/insights/insights-view';
import { postRow } from '../fixtures/post-row';
import { render, screen } from '../testing-library';

/** Whether an embedding, override or isolate opened in `s` is still open at `at` (UAX #9's pairs). */
function openAt(s: string, at: number): boolean {
  const stack: Array<'e' | 'i'> = [];
  for (let i = 0; i < at; i++) {
    const c = s[i]!;
    if ('\u202A\u202B\u202D\u202E'.includes(c)) stack.push('e');
    else if (c === '\u202C' && stack[stack.length - 1] === 'e') stack.pop();
    else if ('\u2066\u2067\u2068'.includes(c)) stack.push('i');
    else if (c === '\u2069') {
      const last = stack.lastIndexOf('i');
      if (last >= 0) stack.length = last;
    }
  }
  return stack.length > 0;
}

const rows = Array.from({ length: 12 }, () =>
  postRow({ authorKey: 'x:prank', authorHandle: 'prank', authorName: '\u202Eevil', text: 'hi' }),
);

describe('an author name with a direction override', () => {
  it('ends the override with the name in the label', () => {
    const label = authorLabel(rows[0]!);
    expect(openAt(label, label.indexOf('·'))).toBe(false);
  });

  it("ends the override before the author's post count in the author select", () => {
    render(<InsightsView rows={rows} />);
    const option = screen.getAllByRole('option').find((o) => o.textContent!.includes('evil'))!;
    const text = option.textContent!;
    expect(text).toContain('12 posts');
    expect(openAt(text, text.indexOf('12 posts'))).toBe(false);
  });

  it('leaves a name without direction controls as it is', () => {
    const plain = postRow({ authorHandle: 'acme', authorName: 'ACME' });
    expect(authorLabel(plain)).toBe('ACME @acme · X');
    const arabic = postRow({ authorHandle: 'acme', authorName: 'شركة' });
    expect(authorLabel(arabic)).toBe('شركة @acme · X');
  });
});
