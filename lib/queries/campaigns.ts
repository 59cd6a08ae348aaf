// Read-side queries for campaigns. Pages read IndexedDB directly, like lib/queries/posts.ts; every
// change goes to the background as a saveCampaign / deleteCampaign message.

import type { Campaign, PostFacts, TrendSnapshot } from '../campaigns';
import { periodBounds, periodGain } from '../campaigns';
import type { PostRecord } from '../records';
import { getDb, type PostLensDb } from '../store';
import { pickCounts } from '../types';
import { collate } from './sort-rows';

/** Every campaign, oldest first; those created at one moment by name, in the user's language's alphabet. */
export async function loadCampaigns(db?: PostLensDb): Promise<Campaign[]> {
  const d = db ?? (await getDb());
  const all = await d.getAll('campaigns');
  const compare = collate();
  return all.sort((a, b) => a.createdAt - b.createdAt || compare(a.name, b.name));
}

export async function loadCampaign(id: string, db?: PostLensDb): Promise<Campaign | null> {
  const d = db ?? (await getDb());
  return (await d.get('campaigns', id)) ?? null;
}

export interface CampaignPost {
  key: string;
  /** null when the post is not stored (deleted, or a key typed in before it was seen). */
  post: PostRecord | null;
  facts: PostFacts;
}

export interface CampaignData {
  campaign: Campaign;
  posts: CampaignPost[];
  /** By post key, for campaignFigures. */
  facts: Map<string, PostFacts>;
  /** Snapshots in the period, plus each post's last one before it (it carries in). */
  snapshots: TrendSnapshot[];
}

/** A campaign's posts with their latest counts, what they gained in its period, and the snapshots its trend needs. */
export async function loadCampaignData(campaign: Campaign, db?: PostLensDb): Promise<CampaignData> {
  const d = db ?? (await getDb());
  const tx = d.transaction(['posts', 'snapshots', 'authors'], 'readonly');
  const index = tx.objectStore('snapshots').index('by-post-time');
  const { from, to } = periodBounds(campaign.start, campaign.end);
  const perPost = await Promise.all(
    campaign.postKeys.map(async (key) => {
      const [post, before, during] = await Promise.all([
        tx.objectStore('posts').get(key),
        index.openCursor(IDBKeyRange.bound([key, -Infinity], [key, from], false, true), 'prev'),
        index.getAll(IDBKeyRange.bound([key, from], [key, to], false, true)),
      ]);
      // The latest reading is the post's summary's (kept equal to its snapshots by every writer).
      const snap = post?.summary.latest ?? null;
      const author = post?.authorKey ? await tx.objectStore('authors').get(post.authorKey) : undefined;
      const facts: PostFacts = {
        key,
        latest: snap ? pickCounts(snap) : null,
        period: periodGain(before?.value, during, post?.publishedAt ?? null, from),
        followers: snap?.followers ?? author?.followers ?? null,
      };
      const snaps = before ? [before.value, ...during] : during;
      return { key, post: post ?? null, facts, snaps };
    }),
  );
  return {
    campaign,
    posts: perPost.map(({ key, post, facts }) => ({ key, post, facts })),
    facts: new Map(perPost.map((p) => [p.key, p.facts])),
    snapshots: perPost.flatMap((p) => p.snaps),
  };
}

/** Every campaign with its data, for the comparison. */
export async function loadAllCampaignData(db?: PostLensDb): Promise<CampaignData[]> {
  const d = db ?? (await getDb());
  const campaigns = await loadCampaigns(d);
  return Promise.all(campaigns.map((c) => loadCampaignData(c, d)));
}

/** Which of the keys are stored posts. */
export async function storedPostKeys(keys: readonly string[], db?: PostLensDb): Promise<Set<string>> {
  const d = db ?? (await getDb());
  const tx = d.transaction('posts', 'readonly');
  const found = await Promise.all(keys.map((k) => tx.store.getKey(k)));
  return new Set(found.filter((k): k is string => k !== undefined));
}
