// The Authors view in the user's language (uiLocale): the picker lists authors in that language's
// alphabet, by the name it shows; the tag list sorts the same way; refusals write numbers as it does.
import { AuthorPicker } from '@/components/dashboard/author-picker';
import { EMPTY_ANNOTATIONS, setNote, tagCounts } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import type { AuthorRecord } from '@/lib/records';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render, screen } from '../testing-library';

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

const author = (platform: AuthorRecord['platform'], handle: string, name: string | null): AuthorRecord => ({
  key: `${platform}:${handle}`,
  platform,
  handle,
  name,
  followers: null,
  followersAt: null,
});

// As loadAuthors hands them: by platform, then handle.
const authors = [
  author('instagram', 'aaa_zorn', 'Zorn'),
  author('x', 'b_anna', 'Anna'),
  author('x', 'c_odman', 'Ödman'),
  author('x', 'zz', null),
];
const shown = () =>
  screen.getAllByRole('checkbox').map((c) => c.closest('label')?.querySelector('bdi')?.textContent);

describe('a Swedish user (browser language sv)', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'sv'));

  it('lists authors by the name shown, A … Z Ö (a nameless one by its handle)', () => {
    render(<AuthorPicker authors={authors} selected={[]} onChange={() => {}} />);
    expect(shown()).toEqual(['Anna', 'Zorn', '@zz', 'Ödman']);
  });

  it('sorts tags of equal use A, Z, Ö', () => {
    const a = { ...EMPTY_ANNOTATIONS, tags: { 'x:1': ['Ödla', 'Zebra', 'Apa'] } };
    expect(tagCounts(a).map((c) => c.tag)).toEqual(['Apa', 'Zebra', 'Ödla']);
  });
});

describe('a German user (browser language de)', () => {
  beforeEach(async () => setMessageLookup(lookupFrom(await loadMessages('de')), 'de'));

  it('writes the numbers of a refused note as German does', () => {
    const e = setNote(EMPTY_ANNOTATIONS, 'x:1', 'a'.repeat(5001));
    expect(e.ok).toBe(false);
    expect(!e.ok && e.message).toBe('Die Notiz ist 5.001 Zeichen lang; höchstens 5.000.');
  });
});
