// "Download PNG", "Copy image" and "Print" for one part of a dashboard page: the overview, an author
// comparison, a post's history or a campaign. One renderer for all (report-image.ts); printing shows
// only that part (base.css, body.printing-report); both leave out what is marked "report-omit" (the
// page's controls, these buttons among them). Each report carries when it was made and the zone its
// times are in, also when the browser prints the page itself: a picture sent to a client in another
// zone otherwise gives times without saying whose, nor from when.
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '../../lib/i18n';
import { ActionFailed, type Failure, rawError } from './action-failed';
import { type Download, downloadText } from './download';
import { elementToPng, reportFileName, reportMade } from './report-image';

interface Props {
  target: RefObject<HTMLElement | null>;
  /** What the report is of, for its file name: "overview", "post-x-123"… */
  what: string;
  download?: Download;
  render?: (el: HTMLElement) => Promise<Blob>;
  /**
   * When the report's figures were drawn, for a report whose owner draws them again (another
   * period, other authors, other campaigns): the line goes with the figures shown. When it is
   * left out, the time the report was first shown.
   */
  drawnAt?: number;
}

/**
 * A report that writes its own date and zone (the post page's "Made … · Times in …", of when its
 * figures were read) gets no second line.
 */
const OWN_MADE = '.post-made';

export function ShareReport({
  target,
  what,
  download = downloadText,
  render = elementToPng,
  drawnAt,
}: Props) {
  const [status, setStatus] = useState<string | null>(null);
  // A failure says in the user's words what was not done and what to do, the browser's error (often
  // English) folded under it; a new try clears it.
  const [failure, setFailure] = useState<Failure | null>(null);
  const fail = (text: string, e: unknown) => {
    setStatus(null);
    setFailure({ text, raw: rawError(e) });
  };
  const [busy, setBusy] = useState(false);
  // When the report was drawn, then when the last report was made through the buttons: written
  // into the report (below the buttons, which stay out of it) from the start, so that a page the
  // browser prints itself (Ctrl+P, File > Print) says it too, and dated again before a report is
  // drawn or printed, when its figures are drawn again and when the browser is about to print. A
  // new object each time, so that a second report in the same millisecond still renders and
  // resolves its wait.
  const [made, setMade] = useState(() => ({ at: drawnAt ?? Date.now() }));
  // Figures drawn again: dated with them, before the page is painted. Only when they are: a render
  // for anything else keeps the time of the last report made through the buttons.
  const drawn = useRef(drawnAt);
  useLayoutEffect(() => {
    if (drawnAt === undefined || drawnAt === drawn.current) return;
    drawn.current = drawnAt;
    setMade({ at: drawnAt });
  }, [drawnAt]);
  // Ctrl+P or File > Print, hours after the report was drawn: the figures printed are those shown
  // now, and so is the time. The browser fires beforeprint with no script running, so the render
  // this schedules (a microtask) is done before the page is laid out for printing.
  useEffect(() => {
    const before = () => setMade({ at: Date.now() });
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  // Whether the report writes its own line: known once it is on the page, before it is painted.
  const [own, setOwn] = useState(false);
  useLayoutEffect(() => {
    if (target.current?.querySelector(OWN_MADE)) setOwn(true);
  }, [target]);
  const waiting = useRef<Array<() => void>>([]);
  useLayoutEffect(() => {
    for (const resolve of waiting.current.splice(0)) resolve();
  }, [made]);
  /** Dates the report now, and resolves once the date is on the page. */
  const stamp = () =>
    own
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          waiting.current.push(resolve);
          setMade({ at: Date.now() });
        });

  const png = async (): Promise<Blob | null> => {
    const el = target.current;
    if (!el) {
      setStatus(t('common.share.nothingYet'));
      return null;
    }
    await stamp();
    return render(el);
  };
  const run = (work: () => Promise<string>) => async () => {
    setBusy(true);
    setFailure(null);
    setStatus(t('common.share.drawing'));
    try {
      setStatus(await work());
    } catch (e) {
      // Drawn or not, the file was not handed to the browser: nothing was saved.
      fail(t('common.share.saveFailed'), e);
    } finally {
      setBusy(false);
    }
  };
  const save = run(async () => {
    const blob = await png();
    if (!blob) return t('common.share.nothingYet');
    const name = reportFileName(what, new Date());
    download(await blob.arrayBuffer(), name, 'image/png');
    return t('common.share.saved', name);
  });
  // The clipboard is asked within the click, with the picture still being drawn: Firefox and Safari
  // refuse a write made after the click's moment has passed, and a large overview takes seconds to
  // draw. The drawing's failure is told as such, the clipboard's refusal as a refusal.
  const copy = () => {
    const el = target.current;
    if (!el) {
      setFailure(null);
      setStatus(t('common.share.nothingYet'));
      return;
    }
    setBusy(true);
    setFailure(null);
    setStatus(t('common.share.drawing'));
    const drawing = (async () => {
      await stamp();
      return render(el);
    })();
    let written: Promise<void>;
    try {
      written = navigator.clipboard.write([new ClipboardItem({ 'image/png': drawing })]);
    } catch (e) {
      written = Promise.reject(e);
    }
    void Promise.allSettled([drawing, written]).then(([drawn, wrote]) => {
      // A write is whole or nothing: either failure leaves the clipboard as it was.
      if (drawn.status === 'rejected') fail(t('common.share.copyFailed'), drawn.reason);
      else if (wrote.status === 'rejected') fail(t('common.share.copyRefused'), wrote.reason);
      else setStatus(t('common.share.copied'));
      setBusy(false);
    });
  };
  const print = async () => {
    const el = target.current;
    if (!el) return;
    await stamp();
    el.classList.add('print-target');
    document.body.classList.add('printing-report');
    const done = () => {
      el.classList.remove('print-target');
      document.body.classList.remove('printing-report');
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  };

  return (
    <>
      {/* "share-report" lays the buttons out; "report-omit" keeps them out of the report. */}
      <div class="share-report report-omit">
        <button type="button" disabled={busy} onClick={save}>
          {t('common.share.download')}
        </button>
        <button type="button" disabled={busy} onClick={copy}>
          {t('common.share.copy')}
        </button>
        <button type="button" disabled={busy} onClick={print}>
          {t('common.share.print')}
        </button>
        {status ? (
          <span class="muted" role="status">
            {status}
          </span>
        ) : null}
        {/* Inside the controls, so that it stays out of the picture and the print as they do. */}
        {failure ? <ActionFailed text={failure.text} raw={failure.raw} /> : null}
      </div>
      {own ? null : <p class="muted report-made">{reportMade(made.at, uiLocale())}</p>}
    </>
  );
}
