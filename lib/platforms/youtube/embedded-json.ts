// The watch page's own JSON: `var ytInitialPlayerResponse = {…};` in a script tag holds the exact
// view count and the publish date. YouTube navigates without reloading, so the tag can describe
// an earlier video: it is used only when its videoId is the one on screen.
import { isDayOnly, postedMs } from '../../types';
import { isoDate } from '../dom';

export interface PlayerFacts {
  views: number | null;
  publishedAt: string | null;
}

const MARKER = 'ytInitialPlayerResponse';

/** The JSON object literal starting at `start` (a "{"), or null when it does not close. */
function objectAt(text: string, start: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

// The tag is written once per page load and can be a megabyte: parse it once per document, not
// on every re-read of the watch page while the player updates. A miss is not kept: the tag may
// not be parsed yet.
const parsed = new WeakMap<Document, Record<string, unknown>>();

function playerResponse(doc: Document): Record<string, unknown> | null {
  const cached = parsed.get(doc);
  if (cached) return cached;
  const data = findPlayerResponse(doc);
  if (data) parsed.set(doc, data);
  return data;
}

function findPlayerResponse(doc: Document): Record<string, unknown> | null {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    const at = text.indexOf(MARKER);
    if (at < 0) continue;
    const eq = text.indexOf('=', at);
    const brace = text.indexOf('{', eq);
    if (eq < 0 || brace < 0) continue;
    const json = objectAt(text, brace);
    if (!json) continue;
    try {
      const value: unknown = JSON.parse(json);
      if (value && typeof value === 'object') return value as Record<string, unknown>;
    } catch {
      // Not JSON after all (a script that only mentions the name): keep looking.
    }
  }
  return null;
}

function field(obj: unknown, ...path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export function playerFacts(doc: Document | null, videoId: string): PlayerFacts | null {
  if (!doc) return null;
  const data = playerResponse(doc);
  if (!data || field(data, 'videoDetails', 'videoId') !== videoId) return null;
  const raw = field(data, 'videoDetails', 'viewCount');
  // A live stream's number is the audience right now, not views. A scheduled premiere or stream
  // ("isUpcoming":true) carries "viewCount":"0" while the page shows who is waiting, not views:
  // nobody could have viewed it yet, so that 0 is no count the page shows.
  const live = field(data, 'videoDetails', 'isLive') === true;
  const upcoming = field(data, 'videoDetails', 'isUpcoming') === true;
  const views = !live && !upcoming && typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : null;
  const date =
    field(data, 'microformat', 'playerMicroformatRenderer', 'publishDate') ??
    field(data, 'microformat', 'playerMicroformatRenderer', 'uploadDate');
  return { views, publishedAt: typeof date === 'string' ? postedOf(date) : null };
}

/**
 * publishDate as PostLens keeps a posting time: a moment in UTC; a date alone ("2025-03-04", the
 * form that names no time of day) kept a date alone, no midnight made up for it, as the relative
 * labels' days are (lib/read/relative-time.ts); a day the calendar lacks is none.
 */
function postedOf(date: string): string | null {
  if (!isDayOnly(date)) return isoDate(date);
  return Number.isNaN(postedMs(date)) ? null : date;
}
