// Every campaign write goes to the background; a message that fails to arrive is an error too.
import type { Campaign, CampaignInput } from '@/lib/campaigns';
import { sendMessage } from '@/lib/messaging';

export type Saved = { ok: true; campaign: Campaign } | { ok: false; error: string };

const failure = (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) });

/**
 * Saves the input. `basedOn`: the stored campaign the edit started from; the background refuses
 * the save when another tab or window changed (or deleted) that campaign since, rather than
 * overwriting its edit (lib/background/campaign-handlers.ts).
 */
export const saveCampaign = (input: CampaignInput, basedOn?: Campaign | null): Promise<Saved> =>
  sendMessage('saveCampaign', basedOn ? { ...input, basedOn } : input).catch(failure);

/** The campaign as input, with its posts replaced: for adding and removing posts. */
export function withPosts(c: Campaign, postKeys: string[]): CampaignInput {
  const { createdAt: _c, updatedAt: _u, ...input } = c;
  return { ...input, postKeys };
}
