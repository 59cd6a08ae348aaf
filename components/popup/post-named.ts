// A popup post in words, for its links' and star's names: "post by Alice: “Launch day…”".
import { firstCodePoints, formatDateTime, formatPosted, isolated } from '@/lib/format';
import type { PostRow } from '@/lib/queries';
import { postedMs } from '@/lib/types';
import { t } from '../../lib/i18n';

/** How many characters of a post's text name it in its links' and its star's names. */
const NAMED_CHARS = 40;

/**
 * The first words of a post's text, on one line: cut at NAMED_CHARS characters (never inside an
 * emoji), back to the last space when one is past the half, with "…" when cut. Reads at most a few
 * hundred characters of the text, however long it is.
 */
export function firstWords(text: string): string {
  const head = text.slice(0, NAMED_CHARS * 4);
  const line = head.replace(/\s+/g, ' ').trim();
  const cut = firstCodePoints(line, NAMED_CHARS);
  if (line === '' || (cut === line && head.length === text.length)) return cut;
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * When a post was posted, as the page gave it: a day alone as that day, with no time it never
 * named (formatPosted, as the posts table and a post's page write it); else when first seen.
 */
const postedWhen = (r: PostRow, locale: string): string =>
  Number.isNaN(postedMs(r.publishedAt))
    ? formatDateTime(r.firstSeen, locale)
    : formatPosted(r.publishedAt, true, locale);

/**
 * Which post a link or star is for, in words ("post by Alice: “Launch day…”"): a screen reader's
 * list of links or buttons gives each its name alone, where every post's "Open" would read the
 * same. A post without text is told by when it was posted (else first seen). The page's name and
 * text are isolated: a right-to-left override in them ends with them.
 */
export function postNamed(who: string, r: PostRow, locale: string): string {
  const words = firstWords(r.text);
  return words
    ? t('popup.post.postByWords', isolated(who), isolated(words))
    : t('popup.post.postByDate', isolated(who), postedWhen(r, locale));
}
