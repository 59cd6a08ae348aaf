// A file that spells one author's handle in more than one case ("Alice" and "alice": one author
// key) is merged into one author, and the import's result names those handles. The preview shown
// before Import did not: the checked file it counts has them merged already, and the check's list
// was dropped on the page. The preview now names them, listed as the result lists them (first five,
// then how many more), so the user learns of it before deciding, not only after. Its words are of
// what the import would do: the result's own ("PostLens holds one author") said before anything is
// imported would tell of a merge that has not happened, and may not, if the user cancels.

import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { resetAll } from '../components/helpers';
import { previewed } from '../components/import-files';
import { exportOf, postBy, T1, T2 } from '../fixtures/export-file';
import { fireEvent, screen } from '../testing-library';

vi.mock('@/lib/messaging/protocol', async () => (await import('../components/helpers')).protocolMock);

beforeEach(resetAll);
afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

/** The preview's sentence and the result's, for one handle: the same facts, before and after. */
const ONE_AHEAD =
  "1 handle is spelled in more than one case in the file; PostLens would hold one author for it, spelled as the file's latest reading spells it: alice (Alice).";
const ONE_DONE =
  "1 handle is spelled in more than one case in the file; PostLens holds one author for it, spelled as the file's latest reading spells it: alice (Alice).";

/** Each of `handles` in two cases, the lower case read last: `handles.length` respelled handles. */
const twoCases = (handles: string[]) =>
  handles.flatMap((h, i) => [postBy(`${i}a`, h, T1), postBy(`${i}b`, h.toLowerCase(), T2)]);

/** Imports the previewed file and answers the result's text. */
async function imported(preview: HTMLElement): Promise<string> {
  fireEvent.click([...preview.querySelectorAll('button')].find((b) => b.textContent === 'Import')!);
  return (await screen.findByText(/^Imported:/)).textContent ?? '';
}

describe('the import preview names the handles the file spells in more than one case', () => {
  it('"Alice" and "alice": named before Import as what the import will do, after it as done', async () => {
    const preview = await previewed(JSON.stringify(exportOf([], twoCases(['Alice']))));
    expect(preview.textContent).toContain(` ${ONE_AHEAD}`);
    expect(preview.textContent).not.toContain('PostLens holds');
    const result = await imported(preview);
    expect(result).toContain(ONE_DONE);
    expect(result).not.toContain('would hold');
  });

  it('seven such handles: the first five named, then how many more, listed as in the result', async () => {
    const handles = ['Ann', 'Bob', 'Cat', 'Dan', 'Eve', 'Fay', 'Gus'];
    const preview = await previewed(JSON.stringify(exportOf([], twoCases(handles))));
    const listed = 'ann (Ann), bob (Bob), cat (Cat), dan (Dan), eve (Eve) and 2 more.';
    const spelled = "spelled as the file's latest reading spells it: ";
    expect(preview.textContent).toContain(
      `7 handles are spelled in more than one case in the file; PostLens would hold one author for each, ${spelled}${listed}`,
    );
    expect(preview.textContent).not.toContain('PostLens holds');
    expect(await imported(preview)).toContain(
      `7 handles are spelled in more than one case in the file; PostLens holds one author for each, ${spelled}${listed}`,
    );
  });

  it('in German too, the preview says what the import will do', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const preview = await previewed(JSON.stringify(exportOf([], twoCases(['Alice']))));
    expect(preview.textContent).toContain(
      '1 Handle ist in der Datei in mehr als einer Groß-/Kleinschreibung geschrieben; PostLens würde dafür einen Autor führen, so geschrieben wie in der neuesten Messung der Datei: alice (Alice).',
    );
    expect(preview.textContent).not.toContain('PostLens führt');
  });

  it('a file spelling each handle one way has no such sentence', async () => {
    const preview = await previewed(
      JSON.stringify(exportOf([], [postBy('1', 'alice', T1), postBy('2', 'alice', T2)])),
    );
    expect(preview.textContent).toMatch(/Importing adds/);
    expect(preview.textContent).not.toContain('more than one case');
  });
});
