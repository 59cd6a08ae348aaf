// A message in the user's language with another part's own words (a browser's error, a parser's)
// enclosed apart, for a page to fold under "Error details". In lib/ itself, not lib/store, so that
// lib/transfer (which lib/store imports) writes the same form through the same function.

/**
 * Encloses the browser's own words (its error's name and message, most often English) in a failure's
 * text, so that a page shows the sentence in the user's language and folds these under "Error
 * details" (splitStorageError). Only withRawError writes it (describeStorageError through it), and
 * the text keeps it wherever a message puts that text (background.alertRecordsFailed). An invisible
 * character: a place that shows the text whole (a console line, a page's own folded detail) reads
 * the sentence, then the raw error.
 */
const RAW_MARK = '\u2063';
const RAW_PART = /\s?\u2063([^\u2063]*)\u2063/;

/**
 * `sentence` in the user's language, then `raw` (words another part of the browser gave, most often
 * English: storage.local's "Resource::kQuotaBytes quota exceeded" in Chromium, JSON.parse's
 * "Unexpected token…") enclosed as describeStorageError (lib/store) encloses its own, so a page
 * shows the sentence and folds `raw` under "Error details".
 */
export function withRawError(sentence: string, raw: string): string {
  const bare = raw.replaceAll(RAW_MARK, '');
  return bare ? `${sentence} ${RAW_MARK}${bare}${RAW_MARK}` : sentence;
}

/**
 * A failure's text as the user reads it (`text`), and the raw error that withRawError or
 * describeStorageError enclosed in it (`raw`), or null when it holds none: a text an older version
 * stored (its raw error inside the sentence) or one of other words, each shown whole.
 */
export function splitStorageError(error: string): { text: string; raw: string | null } {
  const found = RAW_PART.exec(error);
  if (!found) return { text: error, raw: null };
  return { text: error.slice(0, found.index) + error.slice(found.index + found[0].length), raw: found[1]! };
}
