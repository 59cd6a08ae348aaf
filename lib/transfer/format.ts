// The documented, stable JSON export: README "Export format", and docs/export.schema.json, which
// the unit tests check every export against. Times are ISO 8601 UTC strings, counts are numbers or
// null. Export JSON writes version EXPORT_VERSION (ExportFile); version 1 files still import.
import type { Annotations } from '../annotations';
import type { Campaign, Money, MoneyInputId } from '../campaigns';
import type { Count, Counts, Platform } from '../types';

export const EXPORT_FORMAT = 'postlens-export';

/** A post's counts at one moment: capturedAt, the counts in COUNT_FIELDS order, then followers. */
export interface ExportSnapshot extends Counts {
  capturedAt: string;
  followers: Count;
}

export interface ExportPost {
  platform: Platform;
  postId: string;
  url: string;
  author: { handle: string | null; name: string | null; followers: Count };
  publishedAt: string | null;
  text: string;
  snapshots: ExportSnapshot[];
  /** Present (true) only for a post the page marked as an ad; absent means not marked. */
  promoted?: true;
  /**
   * When PostLens first and last saw the post, present only when they differ from its first and
   * last snapshot's times (a post seen again unchanged gets no snapshot), so a file without them
   * says they are those times.
   */
  firstSeen?: string;
  lastSeen?: string;
}

export interface ExportAuthor {
  platform: Platform;
  handle: string;
  name: string | null;
  followerSnapshots: Array<{ capturedAt: string; followers: number }>;
  /**
   * The author's latest known count and when it was read, present only when they differ from the
   * last follower snapshot (the same count read again within the snapshot interval moves the time
   * without a snapshot); absent, the last follower snapshot is the latest known count.
   */
  followers?: number;
  followersAt?: string;
  /**
   * When `name` was read (the reading that gave it; the same name read again need not move it),
   * present when PostLens knows it: only with a name, and not for an author stored before
   * PostLens kept that time.
   */
  nameAt?: string;
}

/**
 * Version 1: posts and authors. Also the part every later version shares, as buildExport builds it
 * and checkExport (import-check.ts) reads it back.
 */
export interface ExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  posts: ExportPost[];
  authors: ExportAuthor[];
}

/**
 * A campaign as the export writes it: times as ISO 8601 UTC strings, money in minor units, every
 * input present (null when not entered). Files from before the later inputs lack those keys; the
 * import check (checkCampaignInput) reads them as null, so what it hands on has them all.
 */
export interface ExportCampaign extends Required<Omit<Campaign, 'createdAt' | 'updatedAt' | MoneyInputId>> {
  spend: ExportMoney | null;
  revenue: ExportMoney | null;
  leadValue: ExportMoney | null;
  averageOrderValue: ExportMoney | null;
  lifetimeValue: ExportMoney | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * An amount as the export writes it: whole minor units, and how many decimals they count (files
 * written before `minorDigits` lack it; their amounts are read in the importing browser's).
 */
export interface ExportMoney extends Money {
  minorDigits?: number;
}

/** Version 2: version 1 plus the campaigns (campaigns-in-export.ts). */
export interface ExportV2 extends Omit<ExportV1, 'version'> {
  version: 2;
  campaigns: ExportCampaign[];
  /**
   * The user's author sets, tags and notes (annotations-in-export.ts): present only when there are
   * some, so files without them are what they were before; older files import without them.
   */
  annotations?: Annotations;
  /**
   * The starred posts and authors (watchlist-in-export.ts), without the thresholds and the alerts
   * switch, which are settings of one browser: present only when there is a star, so files without
   * stars are what they were before; older files import without them.
   */
  watchlist?: ExportWatchlist;
}

/** The stars as the export writes them: post keys (platform:postId) and author keys (platform:handle). */
export interface ExportWatchlist {
  posts: string[];
  authors: string[];
}

/** What Export JSON writes. */
export type ExportFile = ExportV2;

/** The version Export JSON writes; a newer number means a newer PostLens made the file. */
export const EXPORT_VERSION: ExportFile['version'] = 2;
