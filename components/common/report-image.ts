// A part of an extension page as a PNG, for a report to send: modern-screenshot draws the element
// as the browser renders it (SVG foreignObject onto a canvas). Loaded on demand, so pages that
// never share pay nothing for it. Nothing is fetched from outside the extension: any image or font
// the element names elsewhere is drawn as an empty placeholder instead (PostLens sends nothing
// anywhere, a screenshot included). Also what a report leaves out (REPORT_OMIT, inReport), the line
// a report is made with (when, and the zone its times are in: reportMade) and its file name.

import { dateFormat } from '@/lib/format';
import { t } from '../../lib/i18n';
import { reportZone, zoneName } from './zone-name';

const OWN = /^(?:chrome-extension|moz-extension|data|blob):/;
/** A transparent 1×1 GIF. */
const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/**
 * The class of what a report leaves out: the controls on the page around its figures (its own
 * Download / Copy / Print and their status, a post's star, delete, "Add to campaign", the fields
 * and × buttons of its tags and note…). The picture (inReport) and the printed page (base.css,
 * body.printing-report) leave out the same nodes, with all they hold. A report is the figures,
 * their period, their formulas and when they were read; a control is none of these.
 */
export const REPORT_OMIT = 'report-omit';

/**
 * Whether a node is drawn in a report's picture (modern-screenshot's filter: false leaves it out,
 * and all it holds).
 */
export const inReport = (node: Node): boolean =>
  !(node instanceof Element && node.classList.contains(REPORT_OMIT));

export async function elementToPng(el: HTMLElement): Promise<Blob> {
  const { domToBlob } = await import('modern-screenshot');
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  return domToBlob(el, {
    type: 'image/png',
    // Twice the pixels: sharp on a retina screen and in a slide.
    scale: 2,
    backgroundColor: background,
    font: false,
    // The report, not the controls on the page: they stay out of the picture, as they do out of
    // the printed page (base.css).
    filter: inReport,
    fetchFn: async (url) => (OWN.test(url) ? false : PLACEHOLDER),
  });
}

/** `postlens-<what>-YYYY-MM-DD.png`, dated in the user's local time; `what` kept to safe characters. */
export function reportFileName(what: string, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  // Letters and digits with their combining marks (Devanagari vowel signs, a decomposed é): a mark
  // with no letter before it goes. Cut at 80 characters, not UTF-16 units, so that a letter outside
  // the BMP (𝐀) is never split into a lone surrogate, and the dashes at the cut trimmed too.
  const kept = what
    .replace(/(^|[^\p{L}\p{N}\p{M}])\p{M}+/gu, '$1')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const safe = Array.from(kept).slice(0, 80).join('').replace(/-+$/, '') || 'report';
  return `postlens-${safe}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.png`;
}

/** "Made Dec 6, 2026, 10:30 PM GMT+1 · Times in Central European Time (Europe/Berlin)". */
export function reportMade(madeAt: number, locale: string | undefined, timeZone?: string): string {
  const zone = timeZone ? { timeZone } : {};
  const when = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...zone }).format(madeAt);
  return `${t('common.share.made', `${when} ${zoneName(madeAt, locale, timeZone)}`)} · ${t(
    'common.share.timesIn',
    reportZone(locale, timeZone, madeAt),
  )}`;
}
