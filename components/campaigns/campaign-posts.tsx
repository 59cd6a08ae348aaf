// A campaign's posts: add the posts the dashboard's filter shows, or posts by key; remove posts.
import { useState } from 'preact/hooks';
import { CAMPAIGN_LIMITS } from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { engagement } from '@/lib/metrics';
import { PLATFORM_NAMES } from '@/lib/platforms';
import type { CampaignPost } from '@/lib/queries';
import { storedPostKeys } from '@/lib/queries';

interface Props {
  posts: CampaignPost[];
  /** Keys of the posts the dashboard's filter shows; null when no filter is set. */
  filteredKeys: string[] | null;
  /** Saves the campaign with these posts; answers an error message or null. */
  save: (postKeys: string[]) => Promise<string | null>;
  locale?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function CampaignPosts({ posts, filteredKeys, save, locale }: Props) {
  const [keyText, setKeyText] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const current = posts.map((p) => p.key);
  const have = new Set(current);
  const fresh = (filteredKeys ?? []).filter((k) => !have.has(k));

  const run = async (postKeys: string[], done: string) => {
    if (postKeys.length > CAMPAIGN_LIMITS.postKeys) {
      setStatus({ error: true, text: `A campaign holds at most ${CAMPAIGN_LIMITS.postKeys} posts.` });
      return false;
    }
    setBusy(true);
    const error = await save(postKeys);
    setBusy(false);
    setStatus(error ? { error: true, text: error } : { error: false, text: done });
    return error === null;
  };

  const addByKey = async (e: Event) => {
    e.preventDefault();
    const keys = [...new Set(keyText.split(/[\s,]+/).filter(Boolean))];
    if (keys.length === 0)
      return setStatus({ error: true, text: 'Enter a post key, like x:1790000000000000001.' });
    const stored = await storedPostKeys(keys);
    const unknown = keys.filter((k) => !stored.has(k));
    if (unknown.length > 0) {
      setStatus({ error: true, text: `No stored post has the key ${unknown.slice(0, 3).join(', ')}.` });
      return;
    }
    const added = keys.filter((k) => !have.has(k));
    if (added.length === 0) return setStatus({ error: false, text: 'Already in this campaign.' });
    if (await run([...current, ...added], `Added ${plural(added.length, 'post')}.`)) setKeyText('');
  };

  return (
    <section class="campaign-posts" aria-label="Posts in the campaign">
      <h3>Posts ({posts.length})</h3>
      <div class="add-posts">
        <button
          type="button"
          disabled={busy || fresh.length === 0}
          onClick={() =>
            run([...current, ...fresh], `Added ${plural(fresh.length, 'post')} from the filter.`)
          }
        >
          {filteredKeys === null ? 'Add filtered posts' : `Add ${plural(fresh.length, 'filtered post')}`}
        </button>
        {filteredKeys === null ? (
          <span class="muted">Filter the Posts view to add the posts it shows.</span>
        ) : null}
        <form onSubmit={addByKey} class="add-by-key">
          <label for="campaign-add-key">Post key</label>
          <input
            id="campaign-add-key"
            value={keyText}
            placeholder="x:1790000000000000001"
            onInput={(e) => setKeyText(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            Add by key
          </button>
        </form>
      </div>
      {status ? (
        <p class={status.error ? 'error' : 'muted'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
      {posts.length === 0 ? (
        <p class="muted">No posts yet. Add the posts this campaign promoted to see its figures.</p>
      ) : (
        <ul class="campaign-post-list">
          {posts.map(({ key, post, facts }) => (
            <li key={key} data-post={key}>
              {post ? (
                <a href={`#/post/${encodeURIComponent(key)}`}>
                  {PLATFORM_NAMES[post.platform]} ·{' '}
                  {post.authorHandle ? `@${post.authorHandle}` : 'unknown author'} ·{' '}
                  {post.text.slice(0, 80) || '(no text)'}
                </a>
              ) : (
                <span>
                  {key} <span class="error">not stored (deleted, or never seen)</span>
                </span>
              )}
              <span class="muted">
                {' '}
                {formatNumber(facts.latest ? engagement(facts.latest) : null, locale)} engagement ·{' '}
                {formatNumber(facts.latest?.views ?? null, locale)} views
              </span>
              <button
                type="button"
                disabled={busy}
                aria-label={`Remove ${key} from the campaign`}
                onClick={() =>
                  run(
                    current.filter((k) => k !== key),
                    'Removed 1 post.',
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
