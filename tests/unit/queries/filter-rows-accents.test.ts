// @vitest-environment node

// The Posts table's search (and the Authors view's, which folds text the same way: searchFold)
// ignores accents as it ignores case: "cafe" finds "Café", "munchen" finds "München", typed either
// way round, composed or decomposed. Marks that are a letter's vowel or voicing (Devanagari, kana)
// are no accents: "कम" does not find "काम".
import { EMPTY_FILTER, filterRows, type PostRow, searchFold } from '@/lib/queries';
import { postRow } from '../fixtures/post-row';

const search = (rows: PostRow[], text: string) =>
  filterRows(rows, { ...EMPTY_FILTER, text }).map((r) => r.text);

describe('the text search, whatever the accents', () => {
  const rows = [
    postRow({ text: 'Café in München' }),
    postRow({ text: 'NAÏVE art' }),
    postRow({ text: 'Ελληνικός καφές' }),
    postRow({ text: 'Neue Straße' }),
    postRow({ text: 'plain text' }),
  ];

  it.each([
    ['cafe', 'Café in München'],
    ['munchen', 'Café in München'],
    ['MUNCHEN', 'Café in München'],
    ['naive', 'NAÏVE art'],
    ['ελληνικοσ', 'Ελληνικός καφές'],
    ['καφες', 'Ελληνικός καφές'],
  ])('"%s" finds "%s"', (typed, found) => {
    expect(search(rows, typed)).toEqual([found]);
  });

  it('finds plain text by an accented search, composed or decomposed', () => {
    const plain = [postRow({ text: 'Cafe society' }), postRow({ text: 'Munchen' })];
    expect(search(plain, 'café')).toEqual(['Cafe society']);
    expect(search(plain, 'cafe\u0301')).toEqual(['Cafe society']);
    expect(search(plain, 'MÜNCHEN')).toEqual(['Munchen']);
  });

  it('keeps the foldings it had: ß as ss, İ as i, final ς as σ', () => {
    expect(search(rows, 'STRASSE')).toEqual(['Neue Straße']);
    expect(search([postRow({ text: 'İSTANBUL' })], 'istanbul')).toEqual(['İSTANBUL']);
    expect(searchFold('ΚΑΦΈΣ')).toBe(searchFold('καφες'));
  });

  it('finds an author by a name or handle typed without its accents', () => {
    const authored = [postRow({ text: 'one', authorHandle: 'josé', authorName: 'Zoë Müller' })];
    expect(search(authored, '@jose')).toEqual(['one']);
    expect(search(authored, 'zoe muller')).toEqual(['one']);
  });

  it('keeps the marks that are letters’ vowels or voicing, not accents', () => {
    const other = [postRow({ text: 'काम की बात' }), postRow({ text: 'がっこう' })];
    expect(search(other, 'कम')).toEqual([]);
    expect(search(other, 'काम')).toEqual(['काम की बात']);
    expect(search(other, 'かっこう')).toEqual([]);
    expect(search(other, 'がっこう')).toEqual(['がっこう']);
  });
});
