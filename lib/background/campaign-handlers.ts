// The pages' campaign writes: save, add or remove posts (campaign-posts.ts), delete. Only our own
// pages may send them. Part of createHandlers (handlers.ts).

import { checkCampaignInput } from '../campaigns';
import { t } from '../i18n';
import { putCampaign, removeCampaign } from '../store';
import { addPostsToCampaign, removePostsFromCampaign } from './campaign-posts';
import type { HandlerContext, HandlerDeps } from './handler-context';
import type { SenderLike } from './senders';

export function createCampaignHandlers(deps: HandlerDeps, { fromPage, guard }: HandlerContext) {
  return {
    async saveCampaign(data: unknown, sender: SenderLike | undefined) {
      const refused = fromPage('saveCampaign', sender);
      if (refused) return refused;
      const checked = checkCampaignInput(data);
      // Bad input is the form's problem, not storage's: no storage warning for it.
      if (!checked.ok) return { ok: false as const, error: t('background.campaignNotSaved', checked.error) };
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
