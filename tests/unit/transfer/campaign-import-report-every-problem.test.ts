// @vitest-environment node

// The report of an import file refused for its campaigns counts and names every problem, each once:
// a campaign with more problems than the campaign check names at a time (five) has all of them in
// the report, not five with the rest found only after those are fixed; a bad id is one problem.
import { buildExport, readImport, serializeExport, withCampaigns } from '@/lib/transfer';
import { CAMPAIGN_FULL, EXPORTED_AT, T0, VARIED } from './fixtures';

const NOW = T0 + 30 * 24 * 3_600_000;

/** A version 2 file of the fixtures, its one campaign changed by `over`. */
function fileWith(over: Record<string, unknown>): string {
  const file = JSON.parse(serializeExport(withCampaigns(buildExport(VARIED, EXPORTED_AT), [CAMPAIGN_FULL])));
  Object.assign(file.campaigns[0], over);
  return JSON.stringify(file);
}

const NEGATIVE = ['leads', 'clicks', 'conversions', 'impressions', 'reach', 'videoCompletions', 'mentions'];

describe('a refused campaign in the import report', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'seven negative counts',
      Object.fromEntries(NEGATIVE.map((k) => [k, -1])),
      NEGATIVE.map((k) => `${k}: must not be negative`),
    ],
    [
      'seven negative counts, a CSAT over 100 and an end before its start',
      {
        ...Object.fromEntries(NEGATIVE.map((k) => [k, -1])),
        csat: 101,
        start: '2025-03-10',
        end: '2025-03-01',
      },
      [
        ...NEGATIVE.map((k) => `${k}: must not be negative`),
        'csat: must be at most 100',
        'end: the period ends before it starts',
      ],
    ],
    [
      'no name and two bad post keys of three',
      { name: ' ', postKeys: ['bad', 'x:1', 'nope:2'] },
      [
        'name: give the campaign a name',
        'postKeys[0]: "bad" is not a post key (platform:postId)',
        'postKeys[2]: "nope:2" is not a post key (platform:postId)',
      ],
    ],
    ['a bad id', { id: 'not an id!' }, ['must be 1–100 letters, digits, - or _']],
  ])('with %s: every problem once, and the total is their number', (_name, over, reasons) => {
    const r = readImport(fileWith(over), { now: NOW });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems?.map((p) => p.reason).sort()).toEqual([...reasons].sort());
    expect(r.total).toBe(reasons.length);
  });

  it('still says where and what: the campaign, its value, the field in the reason', () => {
    const r = readImport(fileWith({ leads: -1, id: 'bad id' }), { now: NOW });
    expect(!r.ok && r.problems).toEqual([
      { path: 'campaigns[0]', value: '-1', reason: 'leads: must not be negative' },
      { path: 'campaigns[0].id', value: '"bad id"', reason: 'must be 1–100 letters, digits, - or _' },
    ]);
  });
});
