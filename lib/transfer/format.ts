// The documented, stable JSON export (README "Export format"). Times are ISO 8601 UTC strings,
// counts are numbers or null. Version 1.
import type { Count, Platform } from '../types';

export const EXPORT_FORMAT = 'postlens-export';
export const EXPORT_VERSION = 2;

export interface ExportSnapshot {
  capturedAt: string;
  likes: Count;
  comments: Count;
  reposts: Count;
  saves: Count;
  views: Count;
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
}

export interface ExportAuthor {
  platform: Platform;
  handle: string;
  name: string | null;
  followerSnapshots: Array<{ capturedAt: string; followers: number }>;
}

export interface ExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  posts: ExportPost[];
  authors: ExportAuthor[];
}
