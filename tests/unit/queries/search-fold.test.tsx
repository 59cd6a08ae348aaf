// The Posts table's text search and the Authors view's author search: what the user types finds
// the post or author whatever its case or Unicode form, and "@handle" as the table shows it.

import { AuthorPicker } from '@/components/dashboard/author-picker';
import { EMPTY_FILTER, filterRows, type PostRow } from '@/lib/queries';
import type { AuthorRecord } from '@/lib/records';
import { postRow } from '../fixtures/post-row';
import { fireEvent, render, screen } from '../testing-library';

const search = (rows: PostRow[], text: string) =>
  filterRows(rows, { ...EMPTY_FILTER, text }).map((r) => r.text);

describe('the Posts table’s text search', () => {
  it('finds German ß by its capital spelling SS, as a user types it', () => {
    const rows = [postRow({ text: 'Neue Straße eröffnet' }), postRow({ text: 'Other' })];
    expect(search(rows, 'STRASSE')).toEqual(['Neue Straße eröffnet']);
    expect(search(rows, 'straße')).toEqual(['Neue Straße eröffnet']);
  });

  it('finds Turkish capital İ by a plain lower-case i', () => {
    const rows = [postRow({ text: 'İSTANBUL maratonu' })];
    expect(search(rows, 'istanbul')).toEqual(['İSTANBUL maratonu']);
  });

  it('finds text stored decomposed (e + combining accent) by the composed letter typed', () => {
    const rows = [postRow({ text: 'Cafe\u0301 opening' })];
    expect(search(rows, 'café')).toEqual(['Cafe\u0301 opening']);
  });

  it('finds a post by its author as the table shows them: "@handle"', () => {
    const rows = [
      postRow({ authorHandle: 'alice', text: 'one' }),
      postRow({ authorHandle: 'bob', text: 'two' }),
    ];
    expect(search(rows, '@alice')).toEqual(['one']);
    // Regex characters are text, not a pattern.
    expect(search(rows, '@a.*')).toEqual([]);
  });
});

describe('the Authors view’s author search', () => {
  const author = (handle: string, name: string): AuthorRecord => ({
    key: `x:${handle}`,
    platform: 'x',
    handle,
    name,
    followers: null,
    followersAt: null,
  });

  it('finds an author by "@handle", as the list shows them, and by ß spelled SS', () => {
    render(
      <AuthorPicker
        authors={[author('alice', 'Alice'), author('strasse_news', 'Straßen Nachrichten')]}
        selected={[]}
        onChange={() => {}}
      />,
    );
    const find = screen.getByRole('searchbox');
    fireEvent.input(find, { target: { value: '@alice' } });
    expect(screen.queryAllByRole('checkbox')).toHaveLength(1);
    fireEvent.input(find, { target: { value: 'STRASSEN NACHRICHTEN' } });
    expect(screen.queryAllByRole('checkbox')).toHaveLength(1);
  });
});
