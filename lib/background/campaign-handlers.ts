// The pages' campaign writes: save, add or remove posts (campaign-posts.ts), delete. Only our own
// pages may send them. Part of createHandlers (handlers.ts).

import { type Campaign, type CampaignInput, checkCampaignInput, INPUT_IDS } from '../campaigns';
import { isObject } from '../check-fields';
import { t } from '../i18n';
import { putCampaign, removeCampaign } from '../store';
import { addPostsToCampaign, changeInTx, removePostsFromCampaign } from './campaign-posts';
import type { HandlerContext, HandlerDeps } from './handler-context';
import type { SenderLike } from './senders';

const notSaved = (why: string) => t('background.campaignNotSaved', why);

/** What a save writes of a stored campaign: everything but its posts and times. */
const SAVED_FIELDS = ['name', 'start', 'end', ...INPUT_IDS] as const;

/** Whether the stored campaign still has the fields of the copy the page read (absent = null). */
const unchangedSince = (stored: Campaign, basedOn: Record<string, unknown>) =>
  SAVED_FIELDS.every((k) => JSON.stringify(stored[k] ?? null) === JSON.stringify(basedOn[k] ?? null));

export function createCampaignHandlers(deps: HandlerDeps, { fromPage, guard }: HandlerContext) {
  /**
   * Saves an edit of a stored campaign made from `basedOn`, the copy the page read, in one
   * transaction: refused when another tab or window changed the campaign's fields (or deleted it)
   * since, so its edit is not overwritten in silence. Posts are not the form's: a post added
   * meanwhile is no conflict, and stays (as putCampaign keeps them).
   */
  const saveEdit = (
    input: CampaignInput & { id: string },
    basedOn: Record<string, unknown>,
    sender: SenderLike | undefined,
  ) =>
    guard('saveCampaign', sender, async (db) => {
      const now = deps.now();
      const r = await changeInTx(db, input.id, (stored) =>
        unchangedSince(stored, basedOn)
          ? {
              write: { ...input, postKeys: stored.postKeys, createdAt: stored.createdAt, updatedAt: now },
              counts: {},
            }
          : { refused: notSaved(t('background.campaignChanged', stored.name)) },
      );
      if (!r.ok) return r;
      if (!r.campaign)
        return {
          ok: false as const,
          error: notSaved(t('background.campaignGone', String(basedOn.name))),
          refused: true as const,
        };
      return { ok: true as const, campaign: r.campaign };
    });

  return {
    async saveCampaign(data: unknown, sender: SenderLike | undefined) {
      const refused = fromPage('saveCampaign', sender);
      if (refused) return refused;
      const checked = checkCampaignInput(data);
      // Bad input is the form's problem, not storage's: no storage warning for it.
      if (!checked.ok) return { ok: false as const, error: notSaved(checked.error) };
      const basedOn = isObject(data) ? data.basedOn : undefined;
      if (basedOn !== undefined && (!isObject(basedOn) || typeof basedOn.name !== 'string'))
        return { ok: false as const, error: notSaved(t('background.campaignBasedOn')) };
      const { id } = checked.value;
      // An edit without the copy it was made from cannot be checked against another tab's edit:
      // every page sends basedOn with an edit, so only a stale page or a bug sends one. Refused,
      // marked with its reason (the page says its copy is out of date, to reload; no storage
      // warning: storage did not fail), whether or not the id is stored: written, it would
      // overwrite that edit or bring back a deleted campaign.
      if (id !== undefined) {
        if (basedOn === undefined)
          return {
            ok: false as const,
            error: notSaved(t('background.campaignNoBase', checked.value.name)),
            refused: true as const,
            reason: 'noBase' as const,
          };
        const result = await saveEdit({ ...checked.value, id }, basedOn, sender);
        // With its mark: the page says another tab changed the campaign (reload to see it).
        return result;
      }
      const newId = deps.newId ?? (() => crypto.randomUUID());
      return guard('saveCampaign', sender, (db) => putCampaign(db, checked.value, deps.now(), newId));
    },

    /** Adds post keys to a stored campaign, idempotently (lib/background/campaign-posts.ts). */
    addPostsToCampaign: (data: unknown, sender: SenderLike | undefined) =>
      addPostsToCampaign(data, sender, { now: deps.now, fromPage, guard }),
    removePostsFromCampaign: (data: unknown, sender: SenderLike | undefined) =>
      removePostsFromCampaign(data, sender, { now: deps.now, fromPage, guard }),

    deleteCampaign: (id: unknown, sender: SenderLike | undefined) =>
      typeof id === 'string'
        ? guard('deleteCampaign', sender, (db) => removeCampaign(db, id))
        : Promise.resolve({ ok: false as const, error: t('background.needsCampaignId') }),
  };
}
