// A file of sets, tags and notes alone (no posts, no authors) whose every set, tag and note is
// already stored: its preview and its result said "added 0 posts, 0 snapshots, 0 authors and 0
// follower readings" and offered Import, as if the file held records it added none of. And when
// such a file's sets, tags and notes could not be saved, the result began "The posts were
// imported, but…", though the file held no posts.

import { annotationsItem, getAnnotations } from '@/lib/annotations';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { fireEvent, screen, waitFor } from '../testing-library';
import { reading, record, resetAll } from './helpers';
import {
  buttons,
  NO_ANNOTATIONS as EMPTY,
  exported,
  SOME_ANNOTATIONS as NOTES,
  previewed,
} from './import-files';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => {
  vi.restoreAllMocks();
  setMessageLookup(lookupFrom(await loadMessages('en')));
});

const NOTES_FILE = { name: 'notes.json', panel: 'import' } as const;
const QUOTA = 'QUOTA_BYTES quota exceeded';

describe('a file whose every set, tag and note is stored already: nothing to import', () => {
  it.each([
    {
      lang: 'en',
      preview:
        'Nothing to import: notes.json holds no posts or authors, and its sets, tags and notes add nothing new to yours.',
      buttons: ['Close'],
    },
    {
      lang: 'de',
      preview:
        'Nichts zu importieren: notes.json enthält keine Beiträge oder Autoren, und ihre Gruppen, Tags und Notizen fügen deinen nichts Neues hinzu.',
      buttons: ['Schließen'],
    },
  ] as const)(
    '$lang: the preview says so and offers no Import',
    async ({ lang, preview, buttons: shown }) => {
      const text = await exported(NOTES, EMPTY);
      expect(JSON.parse(text).posts).toEqual([]);
      await annotationsItem.setValue(NOTES);
      if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
      const el = await previewed(text, NOTES_FILE);
      expect(el.querySelector('p')?.textContent).toBe(preview);
      expect(buttons(el)).toEqual(shown);
      fireEvent.click(screen.getByRole('button', { name: shown[0] }));
      expect(document.querySelector('.import-preview')).toBeNull();
      expect(await getAnnotations()).toEqual(NOTES);
    },
  );

  it.each([
    {
      lang: 'en',
      // And why it differs from the preview (tests/unit/review-import-all-stored.test.tsx).
      done:
        'Nothing was imported: the file holds no posts or authors, and its sets, tags and notes add nothing new to yours. ' +
        'The preview said 1 author set, 2 tags and 1 note: your data changed after it was counted (in another tab or window), and this is what the import found and added then.',
    },
    {
      lang: 'de',
      done:
        'Nichts wurde importiert: Die Datei enthält keine Beiträge oder Autoren, und ihre Gruppen, Tags und Notizen fügen deinen nichts Neues hinzu. ' +
        'Die Vorschau nannte 1 Gruppe, 2 Tags und 1 Notiz: Deine Daten haben sich geändert, nachdem sie gezählt wurde (in einem anderen Tab oder Fenster), und dies ist, was der Import dann vorfand und hinzufügte.',
    },
  ] as const)(
    '$lang: stored meanwhile (another tab), the result says nothing was imported',
    async ({ lang, done }) => {
      const text = await exported(NOTES, EMPTY);
      if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
      const el = await previewed(text, NOTES_FILE);
      // Counted while none was stored: Import is offered.
      const confirm = [...el.querySelectorAll('button')][0]!;
      await annotationsItem.setValue(NOTES);
      fireEvent.click(confirm);
      const status = await screen.findByText(
        /^(Nothing was imported|Nichts wurde importiert|Imported|Importiert)/,
      );
      expect(status.textContent).toBe(done);
      expect(await getAnnotations()).toEqual(NOTES);
    },
  );
});

describe('sets, tags and notes that could not be saved: the message fits what the file held', () => {
  it.each([
    {
      lang: 'en',
      held: 'notes',
      message: `Nothing was imported: the file holds only sets, tags and notes, and they could not be saved: ${QUOTA}`,
    },
    {
      lang: 'de',
      held: 'notes',
      message: `Nichts wurde importiert: Die Datei enthält nur Gruppen, Tags und Notizen, und sie konnten nicht gespeichert werden: ${QUOTA}`,
    },
    {
      lang: 'en',
      held: 'authors',
      message: `The rest of the file was imported, but its sets, tags and notes were not saved: ${QUOTA}`,
    },
    {
      lang: 'de',
      held: 'authors',
      message: `Der Rest der Datei wurde importiert, aber ihre Gruppen, Tags und Notizen wurden nicht gespeichert: ${QUOTA}`,
    },
    {
      lang: 'en',
      held: 'posts',
      message: `The posts were imported, but the sets, tags and notes were not saved: ${QUOTA}`,
    },
    {
      lang: 'de',
      held: 'posts',
      message: `Die Beiträge wurden importiert, aber die Gruppen, Tags und Notizen wurden nicht gespeichert: ${QUOTA}`,
    },
  ] as const)('$lang, a file of $held', async ({ lang, held, message }) => {
    if (held !== 'notes')
      await record([reading({ postId: '1', likes: 5, author: { handle: 'alice', name: 'Alice' } })]);
    const file = JSON.parse(await exported(NOTES, EMPTY));
    if (held === 'authors') file.posts = [];
    expect(file.authors.length).toBe(held === 'notes' ? 0 : 1);
    await resetAll();
    if (lang === 'de') setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const el = await previewed(JSON.stringify(file), NOTES_FILE);
    vi.spyOn(annotationsItem, 'setValue').mockRejectedValue(new Error(QUOTA));
    fireEvent.click([...el.querySelectorAll('button')][0]!);
    await waitFor(() => expect(document.body.textContent).toContain(QUOTA));
    const shown = [...document.querySelectorAll('[role="status"], [role="alert"]')]
      .map((n) => n.textContent ?? '')
      .find((s) => s.includes(QUOTA))!;
    // A file of records: what they added, then this. Of nothing else: this alone, no "added 0 posts…".
    if (held === 'notes') expect(shown).toBe(message);
    else expect(shown.endsWith(`. ${message}`)).toBe(true);
    expect(await getAnnotations()).toEqual(EMPTY);
  });
});
