// A delete that failed, said in the user's words with the browser's error folded under them: for
// "Delete all data", an author's delete and a campaign's (the post page says its own).
import { t } from '../../lib/i18n';

/**
 * A delete message's rejection: no answer came (the background could not be reached, or its answer
 * was lost), so whether the delete ran is not known. An answer "not deleted" is another thing: its
 * transaction was undone and nothing changed.
 */
export const unanswered = (e: unknown) => ({
  ok: false as const,
  unanswered: true as const,
  error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
});

/** What a failed delete says: `text` in the user's language, the raw error (`raw`, often English) folded. */
export function DeleteFailed({ text, raw }: { text: string; raw: string }) {
  return (
    <div class="error" role="alert">
      <p>{text}</p>
      <details>
        <summary>{t('dashboard.post.errorDetail')}</summary>
        <code>{raw}</code>
      </details>
    </div>
  );
}
