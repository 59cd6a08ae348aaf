// Campaigns in the JSON export: version 2 (EXPORT_VERSION) = version 1 + a `campaigns` array.
// Pure. Version 1 files have no campaigns and still import; version 2 files written before the
// later inputs (lead value, impressions…) lack their keys and import with them not entered.

import type { Annotations } from '../annotations';
import type { Campaign, MoneyInputId } from '../campaigns';
import {
  campaignIdOf,
  campaignInputProblems,
  countInput,
  MONEY_INPUTS,
  minorDigits,
  moneyInput,
} from '../campaigns';
import { t } from '../i18n';
import { byCodeUnits } from '../types';
import { checkExportAnnotations } from './annotations-in-export';
import { EXPORT_VERSION, type ExportCampaign, type ExportFile, type ExportV1, type ExportV2 } from './format';
import { type CheckOptions, checkExport, keysOf, unknownKeys } from './import-check';
import { type ImportRefusal, ProblemList, refuse } from './import-report';
import { instantRule, ruleOf } from './import-rules';

/**
 * A campaign as the file holds it: every input written, null where not entered, including the
 * inputs a campaign stored before they existed has no key for. The key order is the file's. Each
 * amount says how many decimals its minor units count (`minorDigits`, this browser's for the
 * currency): browsers disagree on some currencies' decimals, and the import of another reads the
 * amount by them (moneyOf, lib/campaigns/validate.ts).
 */
export const toExportCampaign = (c: Campaign): ExportCampaign => {
  const money = (k: MoneyInputId) => {
    const m = moneyInput(c, k);
    return m && { amountMinor: m.amountMinor, currency: m.currency, minorDigits: minorDigits(m.currency) };
  };
  return {
    id: c.id,
    name: c.name,
    postKeys: [...c.postKeys],
    start: c.start,
    end: c.end,
    spend: money('spend'),
    revenue: money('revenue'),
    leads: c.leads,
    clicks: c.clicks,
    conversions: c.conversions,
    csat: c.csat,
    nps: c.nps,
    leadValue: money('leadValue'),
    averageOrderValue: money('averageOrderValue'),
    lifetimeValue: money('lifetimeValue'),
    impressions: countInput(c, 'impressions'),
    reach: countInput(c, 'reach'),
    videoCompletions: countInput(c, 'videoCompletions'),
    mentions: countInput(c, 'mentions'),
    directMessages: countInput(c, 'directMessages'),
    createdAt: new Date(c.createdAt).toISOString(),
    updatedAt: new Date(c.updatedAt).toISOString(),
  };
};

/**
 * A checked file's campaign as stored. Its amounts are already in this browser's minor units (the
 * check read them by their `minorDigits` and withCampaigns wrote them back so), so the count of
 * decimals is dropped, not applied again.
 */
export const fromExportCampaign = (c: ExportCampaign): Campaign => {
  const out: Campaign = {
    ...toExportCampaign({ ...c, createdAt: 0, updatedAt: 0 }),
    createdAt: Date.parse(c.createdAt),
    updatedAt: Date.parse(c.updatedAt),
  };
  for (const k of MONEY_INPUTS) {
    const m = out[k];
    if (m) out[k] = { amountMinor: m.amountMinor, currency: m.currency };
  }
  return out;
};

/** The campaigns of a checked export: none in version 1. */
export const campaignsOf = (data: ExportV1 | ExportV2): Campaign[] =>
  data.version === 2 ? data.campaigns.map(fromExportCampaign) : [];

/**
 * The file Export JSON writes: the posts and authors buildExport built, with the campaigns (oldest
 * first, then by id as code units: byCodeUnits), as version EXPORT_VERSION. The one place the
 * written version is set.
 */
export function withCampaigns(data: ExportV1, campaigns: readonly Campaign[]): ExportFile {
  const sorted = [...campaigns].sort((a, b) => a.createdAt - b.createdAt || byCodeUnits(a.id, b.id));
  return { ...data, version: EXPORT_VERSION, campaigns: sorted.map(toExportCampaign) };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The keys a campaign of the file may have (ExportCampaign; keysOf makes the compiler name any
 * left out). Any other would be dropped on import, so the file is refused instead.
 */
const CAMPAIGN_KEYS = keysOf<ExportCampaign>({
  id: true,
  name: true,
  postKeys: true,
  start: true,
  end: true,
  spend: true,
  revenue: true,
  leads: true,
  clicks: true,
  conversions: true,
  csat: true,
  nps: true,
  leadValue: true,
  averageOrderValue: true,
  lifetimeValue: true,
  impressions: true,
  reach: true,
  videoCompletions: true,
  mentions: true,
  directMessages: true,
  createdAt: true,
  updatedAt: true,
});

/**
 * The campaigns of an export, checked: none for version 1, every one valid for version 2 (one bad
 * campaign refuses the file, like one bad post does). Ids must be unique in the file. Times are
 * read as strictly as the posts' (import-rules.ts), against options.now.
 */
export function checkExportCampaigns(
  input: unknown,
  options: CheckOptions = {},
): { ok: true; campaigns: Campaign[] } | ImportRefusal {
  if (!isObject(input)) return refuse('format', input, t('transfer.campaigns.notExport'));
  if (input.version === 1) return { ok: true, campaigns: [] };
  if (input.version !== 2) {
    return refuse('version', input.version, t('transfer.check.version', String(input.version)));
  }
  if (!Array.isArray(input.campaigns)) {
    return refuse('campaigns', input.campaigns, t('transfer.campaigns.array'));
  }
  const now = options.now ?? Date.now();
  const problems = new ProblemList();
  const campaigns: Campaign[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of input.campaigns.entries()) {
    const where = `campaigns[${i}]`;
    const before = problems.total;
    const checked = campaignInputProblems(raw);
    if (isObject(raw)) unknownKeys(raw, where, CAMPAIGN_KEYS, problems);
    if (!checked.ok) {
      // Every problem campaignInputProblems found, each "field: reason" (lib/campaigns/validate.ts);
      // the id's is named below with its own path, so it is one problem, not two.
      for (const reason of checked.problems) {
        const field = reason.split(':')[0]!.split(/[.[]/)[0]!;
        if (field === 'id') continue;
        const value = isObject(raw) && field in raw ? raw[field] : raw;
        problems.add(where, value, reason);
      }
    }
    const c = isObject(raw) ? raw : {};
    const id = problems.take(
      `${where}.id`,
      c.id,
      ruleOf(`${where}.id`, () => campaignIdOf(c.id, `${where}.id`)),
    );
    const createdAt = problems.take(`${where}.createdAt`, c.createdAt, instantRule(c.createdAt, now));
    const updatedAt = problems.take(`${where}.updatedAt`, c.updatedAt, instantRule(c.updatedAt, now));
    if (id !== undefined && ids.has(id)) problems.add(`${where}.id`, id, t('transfer.idTwice', id));
    if (id !== undefined) ids.add(id);
    if (problems.total > before || !checked.ok) continue;
    campaigns.push({
      ...checked.value,
      id: id!,
      createdAt: Date.parse(createdAt!),
      updatedAt: Date.parse(updatedAt!),
    });
  }
  return problems.total > 0 ? problems.refusal() : { ok: true, campaigns };
}

/**
 * A version 1 or 2 export split into what the version 1 import reads (the same object, as
 * version 1 without campaigns) and its checked campaigns.
 */
export function splitExport(
  input: unknown,
  options: CheckOptions = {},
): { ok: true; base: unknown; campaigns: Campaign[] } | ImportRefusal {
  const checked = checkExportCampaigns(input, options);
  if (!checked.ok) return checked;
  if ((input as { version: unknown }).version === 1) return { ok: true, base: input, campaigns: [] };
  const { campaigns: _c, ...rest } = input as Record<string, unknown>;
  return { ok: true, base: { ...rest, version: 1 }, campaigns: checked.campaigns };
}

/**
 * A version 1 or 2 export, checked whole: everything but the campaigns through the version 1
 * check (import-check.ts), the campaigns through checkExportCampaigns; the problems of both in
 * one report (posts and authors first, as in the file). Used by the page before sending and by
 * the background before writing.
 */
export function checkAnyExport(
  input: unknown,
  options: CheckOptions = {},
):
  | { ok: true; data: ExportV1; respelled?: string[]; campaigns: Campaign[]; annotations?: Annotations }
  | ImportRefusal {
  const campaigns = checkExportCampaigns(input, options);
  // A file that is not a version 1 or 2 export at all: nothing more to read.
  if (!campaigns.ok && ['format', 'version'].includes(campaigns.problems[0]?.path ?? '')) return campaigns;
  const base =
    isObject(input) && input.version === 2
      ? (({ campaigns: _c, annotations: _a, ...rest }) => ({ ...rest, version: 1 }))(input)
      : input;
  const checked = checkExport(base, options);
  const annotations = checkExportAnnotations(input);
  if (checked.ok && campaigns.ok && annotations.ok) {
    const ok = {
      ok: true as const,
      data: checked.data,
      ...(checked.respelled && { respelled: checked.respelled }),
      campaigns: campaigns.campaigns,
    };
    // The key only when the file has annotations: a result without them is what it always was.
    return annotations.annotations ? { ...ok, annotations: annotations.annotations } : ok;
  }
  const all = new ProblemList();
  if (!checked.ok) all.absorb(checked);
  if (!campaigns.ok) all.absorb(campaigns);
  if (!annotations.ok) all.absorb(annotations);
  return all.refusal();
}
