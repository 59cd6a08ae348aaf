// A post's tags (chips to add and remove) and its note (saved on request, so a half-typed note
// is never stored by accident). A refused tag or note keeps what the user typed and says why.
// The post's report (its PNG and print) shows the tags and the saved note as text, whole, and none
// of the fields or buttons ("report-omit"): a 3-row box showed a long note's first lines, and a
// draft not saved as if it were.
import { useState } from 'preact/hooks';
import { addTag, removeTag, setNote, tagAsKept } from '@/lib/annotations';
import { t } from '../../lib/i18n';
import { useAnnotations } from './use-annotations';

export function PostAnnotations({ postKey }: { postKey: string }) {
  const { annotations, edit } = useAnnotations();
  const tags = annotations.tags[postKey] ?? [];
  const stored = annotations.notes[postKey] ?? '';
  const [tag, setTag] = useState('');
  // What the user typed and has not saved; null while they have not typed, when the field shows
  // the stored note (which arrives after the first render and may change in another tab). A note
  // saved in another tab never replaces words the user is typing.
  const [draft, setDraft] = useState<string | null>(null);
  // The stored note the draft was begun from: a save finding another (another tab saved one since)
  // is refused and said, not written over it; the user's words stay in the field, and the refusal
  // makes the note found the base, so a second Save replaces it knowingly.
  const [base, setBase] = useState<string | null>(null);
  const note = draft ?? stored;
  const [message, setMessage] = useState<string | null>(null);

  const add = async () => {
    const typed = tag.trim();
    let kept = { spelling: typed, already: false };
    const problem = await edit((a) => {
      kept = tagAsKept(a, postKey, typed);
      return addTag(a, postKey, typed);
    });
    // A tag kept in another spelling than typed (the one in use), or not added since the post has
    // it, is said: the input empties, so the user would not otherwise see that it was not theirs.
    // (Outer spaces are dropped without a word: the chip then shows the tag as typed and saved.)
    setMessage(
      problem ??
        (kept.already
          ? t('annotations.post.tagAlreadyOnPost', kept.spelling)
          : kept.spelling !== typed
            ? t('annotations.post.tagAddedAs', kept.spelling)
            : null),
    );
    if (!problem) setTag('');
  };
  const saveNote = async () => {
    const from = base ?? stored;
    let found = from;
    const problem = await edit((a) => {
      found = a.notes[postKey] ?? '';
      return found === from
        ? setNote(a, postKey, note)
        : { ok: false, message: t('annotations.post.noteChangedElsewhere') };
    });
    setMessage(problem ?? t('annotations.post.noteSaved'));
    if (problem) setBase(found);
    else {
      setDraft(null);
      setBase(null);
    }
  };
  return (
    <section class="post-annotations" aria-label={t('annotations.post.label')}>
      <ul class="tag-chips" aria-label={t('annotations.post.tags')}>
        {tags.map((name) => (
          <li key={name}>
            {/* Isolated: direction controls in a tag must not reorder the button after it. */}
            <bdi>{name}</bdi>{' '}
            <button
              type="button"
              class="report-omit"
              aria-label={t('annotations.post.removeTag', name)}
              onClick={() => edit((a) => removeTag(a, postKey, name))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {stored ? (
        <div class="saved-note">
          <strong>{t('annotations.post.note')}</strong>
          {/* Isolated: direction controls in the note must not reorder the page around it. */}
          <bdi>{stored}</bdi>
        </div>
      ) : null}
      {/* "report-omit": the class the report's picture (report-image.ts) and print (base.css)
          leave out, as they do the report's own buttons. */}
      <div class="report-omit annotation-fields">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label>
            {t('annotations.post.tag')} <input value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
          </label>{' '}
          <button type="submit">{t('annotations.post.addTag')}</button>
        </form>
        <label class="note-field">
          {t('annotations.post.note')}
          <textarea
            rows={3}
            value={note}
            onInput={(e) => {
              if (draft === null) setBase(stored);
              setDraft(e.currentTarget.value);
            }}
          />
        </label>
        <button type="button" onClick={() => void saveNote()} disabled={note === stored}>
          {t('annotations.post.saveNote')}
        </button>
        {message ? <p role="status">{message}</p> : null}
      </div>
    </section>
  );
}
