// An action that failed (a delete, a read, a save), said in the user's words with the browser's
// error folded under them: the post page's read and delete, "Delete all data", an author's delete
// and a campaign's, the Authors view's reads, a campaign's saves, the campaigns' reads (panel,
// "Add to campaign", an ads file), an unanswered "Add to campaign" and the comparison's export.
import type { ComponentChildren } from 'preact';
import { splitStorageError } from '@/lib/store';
import { t } from '../../lib/i18n';

/** What a failed action says: `text` in the user's language, the raw error (`raw`, often English). */
export interface Failure {
  text: string;
  raw: string;
}

/** An error as the folded detail shows it: its name with its message when it has them. */
export const rawError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * A message's rejection: no answer came (the background could not be reached, or its answer was
 * lost), so whether the delete (or save) ran is not known. An answer "not deleted" is another
 * thing: its transaction was undone and nothing changed.
 */
export const unanswered = (e: unknown) => ({
  ok: false as const,
  unanswered: true as const,
  error: rawError(e),
});

/** The words for a failed action, by how it failed (each a `t` lookup, made when needed). */
export interface FailureTexts {
  /** The background answered "not done": its transaction was undone, nothing changed. */
  failed: () => string;
  /** No answer came: whether the action ran is not known. */
  noAnswer: () => string;
  /** Refused for what it asked (WriteResult's mark), e.g. another tab changed what it edits. */
  refused?: () => string;
}

/** What a failed action says, by how it failed, with the background's answer or the browser's error. */
export function failureOf(
  res: { error: string; unanswered?: true; refused?: true },
  texts: FailureTexts,
): Failure {
  const text = res.unanswered ? texts.noAnswer : res.refused && texts.refused ? texts.refused : texts.failed;
  return { text: text(), raw: res.error };
}

/** A raw error (often English) folded under "Error details"; nothing when there is none. */
export function ErrorDetails({ raw }: { raw: string | null }) {
  return raw === null ? null : (
    <details>
      <summary>{t('dashboard.post.errorDetail')}</summary>
      <code>{raw}</code>
    </details>
  );
}

/**
 * A line holding a storage failure's text (describeStorageError, withRawError): its sentence shown,
 * the browser's raw words folded under it; a text without them is shown whole. The delete lines
 * (their tags, notes or stars kept), a failed import, a failed watchlist check, read or change, the
 * settings form's failed read or re-read, the popup's failed load or database read.
 */
export function FoldedMessage({
  message,
  role,
  class: className,
}: {
  message: string;
  role: 'status' | 'alert';
  class?: string;
}) {
  const { text, raw } = splitStorageError(message);
  return (
    <>
      <p class={className} role={role}>
        {text}
      </p>
      <ErrorDetails raw={raw} />
    </>
  );
}

/**
 * FoldedMessage for a line beside buttons (the prune panel's and the settings form's status lines,
 * a star's error): its sentence in a <span> that runs on after them, `role` on the sentence alone,
 * the browser's raw words folded after it. <details> is flow content, so the parent must be a flow
 * element (a <div>, never a <span> or a <p>); without `role` it is the parent that speaks.
 */
export function InlineFoldedMessage({ message, role }: { message: string; role?: 'status' | 'alert' }) {
  const { text, raw } = splitStorageError(message);
  return (
    <>
      <span role={role}> {text}</span>
      <ErrorDetails raw={raw} />
    </>
  );
}

/**
 * What of a storage failure's sentence the action's own words do not say already: none for the
 * generic one ("Storage failed. Data already stored is kept."), which any failed action implies;
 * the others name the cause and what to do (storage full, a newer version).
 */
function addedSentence(text: string, sentence: string): string {
  return sentence === '' || sentence === t('store.error.failed') || text.includes(sentence) ? '' : sentence;
}

/**
 * A failed action's alert: `text` in the user's language, the raw error folded under it;
 * `children` (a "Try again" button) follow the text. An answer holding a storage failure's
 * sentence and the browser's error (describeStorageError) folds the error alone, its sentence
 * beside `text` when it adds something; any other answer (our own refusal, a rejection's error,
 * a text an older version stored) is folded whole.
 */
export function ActionFailed({ text, raw, children }: Failure & { children?: ComponentChildren }) {
  const parts = splitStorageError(raw);
  const more = parts.raw === null ? '' : addedSentence(text, parts.text);
  return (
    <div class="error" role="alert">
      <p>
        {text}
        {more ? ` ${more}` : null}
        {children ? <> {children}</> : null}
      </p>
      <ErrorDetails raw={parts.raw ?? raw} />
    </div>
  );
}
