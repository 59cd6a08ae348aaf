// Every campaign write goes to the background; a message that fails to arrive is an error too.
import type { Campaign, CampaignInput } from '@/lib/campaigns';
import { type RefusalReason, sendMessage } from '@/lib/messaging';
import { unanswered } from '../common/action-failed';

/**
 * A save not done: the background's answer, or `unanswered` when none came (it may have run).
 * `refused` with its `reason` (lib/messages.ts, RefusalReason): `noBase`, this page's copy is out of
 * date; `notPage`, a sender the background does not take for one of PostLens's pages. A refusal
 * without a reason is a conflict: another tab changed or deleted the campaign since this page read it.
 */
export type NotSaved = {
  ok: false;
  error: string;
  unanswered?: true;
  refused?: true;
  reason?: RefusalReason;
};
export type Saved = { ok: true; campaign: Campaign } | NotSaved;

/**
 * Saves the input. `basedOn`: the stored campaign the edit started from; the background refuses
 * the save when another tab or window changed (or deleted) that campaign since, rather than
 * overwriting its edit (lib/background/campaign-handlers.ts). An edit (an input with an id) must
 * give it: the background refuses one without.
 */
export const saveCampaign = (input: CampaignInput, basedOn?: Campaign | null): Promise<Saved> =>
  sendMessage('saveCampaign', basedOn ? { ...input, basedOn } : input).catch(unanswered);

/** The campaign as input, with its posts replaced: for adding and removing posts. */
export function withPosts(c: Campaign, postKeys: string[]): CampaignInput {
  const { createdAt: _c, updatedAt: _u, ...input } = c;
  return { ...input, postKeys };
}
