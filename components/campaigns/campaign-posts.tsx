// A campaign's posts: add the posts the dashboard's filter shows, or posts by key; remove posts.
import { useState } from 'preact/hooks';
import { CAMPAIGN_LIMITS, type PostFacts, periodEngagement, periodViews } from '@/lib/campaigns';
import { formatNumber } from '@/lib/format';
import { engagement } from '@/lib/metrics';
import { handleLabel, PLATFORM_NAMES } from '@/lib/platforms';
import type { CampaignPost } from '@/lib/queries';
import { storedPostKeys } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';
import { ActionFailed, type Failure } from '../common/action-failed';

interface Props {
  posts: CampaignPost[];
  /** Keys of the posts the dashboard's filter shows; null when no filter is set. */
  filteredKeys: string[] | null;
  /**
   * Saves the campaign with these posts; answers null, an error message, or a failure whose raw
   * error is folded under its words.
   */
  save: (postKeys: string[]) => Promise<string | Failure | null>;
  locale?: string;
}

/**
 * A post's figures: what it gained in the campaign's period (what "engagement" means everywhere
 * else in the campaign view), then its all-time totals, each said as such.
 */
function stats(facts: PostFacts, locale: string | undefined): string {
  const total = formatNumber(facts.latest ? engagement(facts.latest) : null, locale);
  const views = formatNumber(facts.latest?.views ?? null, locale);
  if (!facts.period.gained) return t('campaigns.posts.statsNoReading', total, views);
  return t(
    'campaigns.posts.stats',
    formatNumber(periodEngagement(facts), locale),
    formatNumber(periodViews(facts), locale),
    total,
    views,
  );
}

export function CampaignPosts({ posts, filteredKeys, save, locale }: Props) {
  const [keyText, setKeyText] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string; raw?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const current = posts.map((p) => p.key);
  const have = new Set(current);
  const fresh = (filteredKeys ?? []).filter((k) => !have.has(k));

  const run = async (postKeys: string[], done: string) => {
    if (postKeys.length > CAMPAIGN_LIMITS.postKeys) {
      setStatus({
        error: true,
        text: t('campaigns.posts.tooMany', formatNumber(CAMPAIGN_LIMITS.postKeys, locale)),
      });
      return false;
    }
    setBusy(true);
    const error = await save(postKeys);
    setBusy(false);
    setStatus(
      error === null
        ? { error: false, text: done }
        : typeof error === 'string'
          ? { error: true, text: error }
          : { error: true, ...error },
    );
    return error === null;
  };

  const addByKey = async (e: Event) => {
    e.preventDefault();
    const keys = [...new Set(keyText.split(/[\s,]+/).filter(Boolean))];
    if (keys.length === 0) return setStatus({ error: true, text: t('campaigns.posts.enterKey') });
    const stored = await storedPostKeys(keys);
    const unknown = keys.filter((k) => !stored.has(k));
    if (unknown.length > 0) {
      setStatus({ error: true, text: t('campaigns.posts.unknownKey', unknown.slice(0, 3).join(', ')) });
      return;
    }
    const added = keys.filter((k) => !have.has(k));
    if (added.length === 0) return setStatus({ error: false, text: t('campaigns.posts.already') });
    if (await run([...current, ...added], tn('campaigns.posts.added', added.length))) setKeyText('');
  };

  return (
    <section class="campaign-posts" aria-label={t('campaigns.posts.label')}>
      <h3>{t('campaigns.posts.heading', formatNumber(posts.length, locale))}</h3>
      {/* Adding posts, removing one, and what that answered: the page's controls, out of the
          report (picture and print), which lists the posts. */}
      <div class="add-posts report-omit">
        <button
          type="button"
          disabled={busy || fresh.length === 0}
          onClick={() => run([...current, ...fresh], tn('campaigns.posts.addedFromFilter', fresh.length))}
        >
          {filteredKeys === null
            ? t('campaigns.posts.addFiltered')
            : tn('campaigns.posts.addFilteredCount', fresh.length)}
        </button>
        {filteredKeys === null ? <span class="muted">{t('campaigns.posts.filterHint')}</span> : null}
        <form onSubmit={addByKey} class="add-by-key">
          <label for="campaign-add-key">{t('campaigns.posts.key')}</label>
          <input
            id="campaign-add-key"
            value={keyText}
            // i18n-ignore: not language (an example post key, platform:id)
            placeholder="x:1790000000000000001"
            onInput={(e) => setKeyText(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy}>
            {t('campaigns.posts.addByKey')}
          </button>
        </form>
      </div>
      {status?.raw !== undefined ? (
        <div class="report-omit">
          <ActionFailed text={status.text} raw={status.raw} />
        </div>
      ) : status ? (
        <p
          class={status.error ? 'error report-omit' : 'muted report-omit'}
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      ) : null}
      {posts.length === 0 ? (
        <p class="muted">{t('campaigns.posts.none')}</p>
      ) : (
        <ul class="campaign-post-list">
          {posts.map(({ key, post, facts }) => (
            <li key={key} data-post={key}>
              {post ? (
                <a href={`#/post/${encodeURIComponent(key)}`}>
                  {PLATFORM_NAMES[post.platform]} ·{' '}
                  {post.authorHandle ? handleLabel(post.authorHandle) : t('campaigns.posts.unknownAuthor')} ·{' '}
                  {post.text.slice(0, 80) || t('campaigns.posts.noText')}
                </a>
              ) : (
                <span>
                  {key} <span class="error">{t('campaigns.posts.notStored')}</span>
                </span>
              )}
              <span class="muted"> {stats(facts, locale)}</span>
              <button
                type="button"
                class="report-omit"
                disabled={busy}
                aria-label={t('campaigns.posts.removeLabel', key)}
                onClick={() =>
                  run(
                    current.filter((k) => k !== key),
                    t('campaigns.posts.removed'),
                  )
                }
              >
                {t('campaigns.posts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
