// Campaigns in the JSON export: version 2 (EXPORT_VERSION) = version 1 + a `campaigns` array.
// Pure. Version 1 files have no campaigns and still import.

import type { Campaign } from '../campaigns';
import { campaignIdOf, checkCampaignInput } from '../campaigns';
import { attempt, isoOf } from '../check';
import { EXPORT_VERSION, type ExportCampaign, type ExportFile, type ExportV1, type ExportV2 } from './format';
import { checkExport } from './import-check';

export const toExportCampaign = (c: Campaign): ExportCampaign => ({
  id: c.id,
  name: c.name,
  postKeys: [...c.postKeys],
  start: c.start,
  end: c.end,
  spend: c.spend && { ...c.spend },
  revenue: c.revenue && { ...c.revenue },
  leads: c.leads,
  clicks: c.clicks,
  conversions: c.conversions,
  csat: c.csat,
  nps: c.nps,
  createdAt: new Date(c.createdAt).toISOString(),
  updatedAt: new Date(c.updatedAt).toISOString(),
});

export const fromExportCampaign = (c: ExportCampaign): Campaign => ({
  ...toExportCampaign({ ...c, createdAt: 0, updatedAt: 0 }),
  createdAt: Date.parse(c.createdAt),
  updatedAt: Date.parse(c.updatedAt),
});

/** The campaigns of a checked export: none in version 1. */
export const campaignsOf = (data: ExportV1 | ExportV2): Campaign[] =>
  data.version === 2 ? data.campaigns.map(fromExportCampaign) : [];

/**
 * The file Export JSON writes: the posts and authors buildExport built, with the campaigns, as
 * version EXPORT_VERSION. The one place the written version is set.
 */
export function withCampaigns(data: ExportV1, campaigns: readonly Campaign[]): ExportFile {
  const sorted = [...campaigns].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return { ...data, version: EXPORT_VERSION, campaigns: sorted.map(toExportCampaign) };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const MAX_PROBLEMS = 5;

/**
 * The campaigns of an export, checked: none for version 1, every one valid for version 2 (one bad
 * campaign refuses the file, like one bad post does). Ids must be unique in the file.
 */
export function checkExportCampaigns(
  input: unknown,
): { ok: true; campaigns: Campaign[] } | { ok: false; error: string } {
  if (!isObject(input)) return { ok: false, error: 'not a PostLens export' };
  if (input.version === 1) return { ok: true, campaigns: [] };
  if (input.version !== 2) return { ok: false, error: `unsupported export version ${String(input.version)}` };
  if (!Array.isArray(input.campaigns)) return { ok: false, error: 'campaigns must be an array' };
  const problems: string[] = [];
  const campaigns: Campaign[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of input.campaigns.entries()) {
    if (problems.length >= MAX_PROBLEMS) break;
    const where = `campaigns[${i}]`;
    const checked = checkCampaignInput(raw);
    const r = attempt(() => {
      const c = raw as Record<string, unknown>;
      const id = campaignIdOf(c.id, `${where}.id`);
      return {
        id,
        createdAt: isoOf(c.createdAt, `${where}.createdAt`),
        updatedAt: isoOf(c.updatedAt, `${where}.updatedAt`),
      };
    });
    if (!checked.ok) problems.push(`${where}: ${checked.error}`);
    else if ('reason' in r) problems.push(r.reason);
    else if (ids.has(r.value.id)) problems.push(`${where}.id: ${r.value.id} appears twice`);
    else {
      ids.add(r.value.id);
      campaigns.push({
        ...checked.value,
        id: r.value.id,
        createdAt: Date.parse(r.value.createdAt),
        updatedAt: Date.parse(r.value.updatedAt),
      });
    }
  }
  return problems.length > 0 ? { ok: false, error: problems.join('; ') } : { ok: true, campaigns };
}

/**
 * A version 1 or 2 export split into what the version 1 import reads (the same object, as
 * version 1 without campaigns) and its checked campaigns.
 */
export function splitExport(
  input: unknown,
): { ok: true; base: unknown; campaigns: Campaign[] } | { ok: false; error: string } {
  const checked = checkExportCampaigns(input);
  if (!checked.ok) return checked;
  if ((input as { version: unknown }).version === 1) return { ok: true, base: input, campaigns: [] };
  const { campaigns: _c, ...rest } = input as Record<string, unknown>;
  return { ok: true, base: { ...rest, version: 1 }, campaigns: checked.campaigns };
}

/**
 * A version 1 or 2 export, checked whole: everything but the campaigns through the version 1
 * check (import-check.ts), the campaigns through checkExportCampaigns. Used by the
 * page before sending and by the background before writing.
 */
export function checkAnyExport(
  input: unknown,
): { ok: true; data: ExportV1; campaigns: Campaign[] } | { ok: false; error: string } {
  const split = splitExport(input);
  if (!split.ok) return split;
  const checked = checkExport(split.base);
  return checked.ok ? { ok: true, data: checked.data, campaigns: split.campaigns } : checked;
}
