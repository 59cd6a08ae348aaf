// One campaign: what was entered, every figure with its formula, the trend, and its posts.
import { useMemo, useRef, useState } from 'preact/hooks';
import { ConfirmButton } from '@/components/common/confirm-button';
import { ShareReport } from '@/components/common/share-report';
import type { ComparisonRow } from '@/lib/campaigns';
import { describeBasis, FIGURE_IDS } from '@/lib/campaigns';
import { sendMessage } from '@/lib/messaging';
import type { CampaignPost } from '@/lib/queries';
import { t, tn } from '../../lib/i18n';
import { ActionFailed, failureOf, unanswered } from '../common/action-failed';
import { AdsImport } from './ads-import';
import { FiguresTable, InputsList } from './campaign-figures';
import { CampaignForm } from './campaign-form';
import { CampaignPosts } from './campaign-posts';
import { CampaignTrend } from './campaign-trend';
import { periodDay as day } from './period-day';

interface Props {
  row: ComparisonRow;
  posts: CampaignPost[];
  filteredKeys: string[] | null;
  now: () => number;
  locale?: string;
  onChanged: () => void;
  onDeleted: () => void;
}

export function CampaignDetail({ row, posts, filteredKeys, now, locale, onChanged, onDeleted }: Props) {
  const c = row.campaign;
  const [editing, setEditing] = useState(false);
  const [deleteFailure, setDeleteFailure] = useState<{ text: string; raw: string } | null>(null);
  const report = useRef<HTMLElement>(null);
  // The panel compares again when this campaign, its period or its posts change (an edit, a post
  // added, a new reading): the report's "Made …" line is dated with the figures shown, not with
  // when the page was first opened.
  const drawnAt = useMemo(() => now(), [row, posts]);

  // Only the keys that change go to the background, which applies them to the campaign as stored:
  // saving this page's whole copy would undo an edit made meanwhile elsewhere (the popup, a tab).
  const savePosts = async (postKeys: string[]) => {
    const now = new Set(postKeys);
    const had = new Set(c.postKeys);
    const add = postKeys.filter((k) => !had.has(k));
    const drop = c.postKeys.filter((k) => !now.has(k));
    const send = (type: 'addPostsToCampaign' | 'removePostsFromCampaign', keys: string[]) =>
      keys.length === 0
        ? Promise.resolve({ ok: true as const })
        : sendMessage(type, { campaignId: c.id, postKeys: keys }).catch(unanswered);
    const results = [await send('removePostsFromCampaign', drop), await send('addPostsToCampaign', add)];
    const failed = results.find((r) => !r.ok);
    if (results.some((r) => r.ok)) onChanged();
    if (!failed || failed.ok) return null;
    // A refusal (no such campaign, too many posts) says why in the user's words: shown as it is.
    // A storage failure (often the browser's English) goes under our sentence, folded; no answer
    // leaves unknown whether the change ran: said so, the browser's error folded.
    if ('unanswered' in failed) return { text: t('campaigns.detail.postsNoAnswer'), raw: failed.error };
    return failed.refused ? failed.error : { text: t('campaigns.detail.postsFailed'), raw: failed.error };
  };
  const remove = async () => {
    setDeleteFailure(null);
    // An answer "not deleted" is a write undone: nothing changed. No answer (the background could
    // not be reached, or its answer was lost) leaves unknown whether the delete ran.
    const res = await sendMessage('deleteCampaign', c.id).catch(unanswered);
    if (res.ok) onDeleted();
    else
      setDeleteFailure(
        failureOf(res, {
          failed: () => t('campaigns.detail.deleteFailed'),
          noAnswer: () => t('campaigns.detail.deleteNoAnswer'),
        }),
      );
  };

  return (
    <article class="campaign-detail" aria-label={t('campaigns.detail.label', c.name)} ref={report}>
      <header>
        <h2>{c.name}</h2>
        <p class="muted">
          {tn('campaigns.detail.summary', posts.length, day(c.start, locale), day(c.end, locale))}
        </p>
        {/* The page's controls and what they answered: out of the report (picture and print). */}
        <div class="actions report-omit">
          <button type="button" onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
            {t('campaigns.detail.edit')}
          </button>
          <ConfirmButton confirmLabel={t('campaigns.detail.confirmDelete', c.name)} onConfirm={remove}>
            {t('campaigns.detail.delete')}
          </ConfirmButton>
        </div>
        <ShareReport target={report} what={`campaign-${c.name}`} drawnAt={drawnAt} />
        {deleteFailure ? (
          <div class="report-omit">
            <ActionFailed text={deleteFailure.text} raw={deleteFailure.raw} />
          </div>
        ) : null}
      </header>
      {/* The form being edited and the ads import are fields, with values not saved: out of the
          report (picture and print), which shows the campaign as stored. */}
      {editing ? (
        <div class="report-omit">
          <CampaignForm
            campaign={c}
            currency={c.spend?.currency ?? 'USD'}
            now={now}
            locale={locale}
            onSaved={() => {
              setEditing(false);
              onChanged();
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : (
        <>
          <InputsList campaign={c} inputs={row.inputs} />
          <div class="report-omit">
            {/* Keyed by campaign: a file chosen for one campaign is never applied to another. */}
            <AdsImport key={c.id} campaign={c} locale={locale} onApplied={onChanged} />
          </div>
        </>
      )}
      <FiguresTable
        figures={FIGURE_IDS.map((id) => row.figures[id])}
        caption={t(
          'campaigns.detail.figuresCaption',
          day(c.start, locale),
          day(c.end, locale),
          // The posts left out of the figures (no reading in the period) are named by key.
          describeBasis(
            posts.map((p) => p.facts.period),
            posts.map((p) => p.key),
            locale,
          ),
        )}
      />
      <CampaignTrend trend={row.trend} gain={row.gain} postCount={c.postKeys.length} />
      <CampaignPosts posts={posts} filteredKeys={filteredKeys} save={savePosts} locale={locale} />
    </article>
  );
}
