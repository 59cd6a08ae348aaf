// A report's Download PNG or Copy image that failed said "Could not make the image: tainted canvas"
// or "The browser refused to copy the image (Document is not focused.)…": the browser's English
// words in the sentence, in German too, and not whether anything was saved or copied. Each now
// says, in the user's language, what was not done and what to do, the raw error folded under it
// (ActionFailed); a later success says so and the alert goes.

import { createRef } from 'preact';
import type { Download } from '@/components/common/download';
import { ShareReport } from '@/components/common/share-report';
import { setMessageLookup, t } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../../harness/locale-messages';
import { fireEvent, render, screen, waitFor } from '../../testing-library';

const PNG = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });

class FakeItem {
  constructor(readonly items: Record<string, Blob | Promise<Blob>>) {}
}

type Lang = 'en' | 'de';
type How = 'drawing' | 'download' | 'copyDrawing' | 'copyRefused';

/** What fails, and the error it fails with. */
const ERRORS: Record<How, Error> = {
  drawing: new Error('tainted canvas'),
  download: new TypeError('Failed to execute createObjectURL'),
  copyDrawing: new Error('tainted canvas'),
  copyRefused: new DOMException('Document is not focused.', 'NotAllowedError'),
};

afterEach(async () => {
  vi.unstubAllGlobals();
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});

/** Renders a report whose `how` step fails (once), in `lang`; returns the download spy. */
async function failing(how: How, lang: Lang) {
  setMessageLookup(lookupFrom(await loadMessages(lang)), lang);
  let drawFails = how === 'drawing' || how === 'copyDrawing';
  const renderPng = vi.fn(async () => {
    if (drawFails) {
      drawFails = false;
      throw ERRORS[how];
    }
    return PNG;
  });
  let downloadFails = how === 'download';
  const download = vi.fn<Download>(() => {
    if (downloadFails) {
      downloadFails = false;
      throw ERRORS.download;
    }
  });
  let refuses = how === 'copyRefused';
  const write = vi.fn(async (items: FakeItem[]) => {
    await items[0]!.items['image/png'];
    if (refuses) {
      refuses = false;
      throw ERRORS.copyRefused;
    }
  });
  vi.stubGlobal('ClipboardItem', FakeItem);
  Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true });
  const target = createRef<HTMLElement>();
  render(
    <section ref={target}>
      <p>Overview</p>
      <ShareReport target={target} what="overview" download={download} render={renderPng} />
    </section>,
  );
  return { download };
}

const button = (how: How) =>
  screen.getByRole('button', {
    name: t(how === 'drawing' || how === 'download' ? 'common.share.download' : 'common.share.copy'),
  });

/** The alert's sentence (outside its folded detail) and the folded detail. */
async function alertParts(): Promise<{ sentence: string; folded: string }> {
  const alert = await screen.findByRole('alert');
  const folded = alert.querySelector('details')?.textContent ?? '';
  return { sentence: (alert.textContent ?? '').replace(folded, ''), folded };
}

describe('a report image that was not made, saved or copied', () => {
  it.each<[How, Lang, string, string]>([
    ['drawing', 'en', 'The image was not downloaded: nothing was saved.', 'Error: tainted canvas'],
    ['download', 'en', 'The image was not downloaded: nothing was saved.', 'TypeError: Failed to execute'],
    ['copyDrawing', 'en', 'The image was not copied: the clipboard is as it was.', 'Error: tainted canvas'],
    ['copyRefused', 'en', 'Use Download PNG instead.', 'NotAllowedError: Document is not focused.'],
    ['drawing', 'de', 'Das Bild wurde nicht heruntergeladen', 'Error: tainted canvas'],
    ['download', 'de', 'Das Bild wurde nicht heruntergeladen', 'TypeError: Failed to execute'],
    ['copyDrawing', 'de', 'Das Bild wurde nicht kopiert', 'Error: tainted canvas'],
    [
      'copyRefused',
      'de',
      'Nutze stattdessen „PNG herunterladen“.',
      'NotAllowedError: Document is not focused.',
    ],
  ])('%s fails in %s: says %j, the raw error folded (%s)', async (how, lang, says, raw) => {
    await failing(how, lang);
    fireEvent.click(button(how));
    const { sentence, folded } = await alertParts();
    expect(sentence).toContain(says);
    // The browser's words only under "Error details", never in the sentence.
    expect(folded).toContain(t('dashboard.post.errorDetail'));
    expect(folded).toContain(raw);
    expect(sentence).not.toContain(ERRORS[how].message);
    // The status line no longer says "Drawing…" once it failed.
    expect(screen.queryByRole('status')?.textContent ?? '').not.toBe(t('common.share.drawing'));
  });

  it.each<[How, string]>([
    ['drawing', 'common.share.saved'],
    ['download', 'common.share.saved'],
    ['copyDrawing', 'common.share.copied'],
    ['copyRefused', 'common.share.copied'],
  ])('%s failed once: trying again succeeds, says so and the alert goes', async (how, key) => {
    const { download } = await failing(how, 'en');
    fireEvent.click(button(how));
    await screen.findByRole('alert');
    await waitFor(() => expect(button(how).hasAttribute('disabled')).toBe(false));
    fireEvent.click(button(how));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^(Saved|Copied)/));
    if (key === 'common.share.saved') {
      expect(download).toHaveBeenCalled();
      const name = download.mock.calls.at(-1)![1];
      expect(screen.getByRole('status').textContent).toBe(t(key, name));
    } else expect(screen.getByRole('status').textContent).toBe(t(key));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
