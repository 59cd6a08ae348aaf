// @vitest-environment node
// An ads file with two campaigns whose names differ only in surrounding spaces ("Spring" and
// "Spring "): their rows are not added up as one campaign's in silence, the import is refused
// with the two names.
import {
  type AdsChoices,
  type AdsPeriod,
  guessAdsMapping,
  importAdsRows,
  parseAdsCsv,
} from '@/lib/campaigns';

const JANUARY: AdsPeriod = {
  start: '2025-01-01',
  end: '2025-01-31',
  spend: null,
  revenue: null,
  leadValue: null,
  averageOrderValue: null,
  lifetimeValue: null,
};

it('refuses a file whose campaign names differ only in spaces', () => {
  const parsed = parseAdsCsv(
    'Day,Campaign name,Amount spent\n2025-01-02,Spring,10.00\n2025-01-02,"Spring ",5.00\n2025-01-03,Summer,7.00\n',
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const choices: AdsChoices = {
    mapping: guessAdsMapping(parsed.table.header),
    currency: 'EUR',
    dateOrder: null,
    decimalMark: null,
    emptyAsZero: false,
    campaignName: 'Spring',
  };
  expect(importAdsRows(parsed.table, choices, JANUARY)).toEqual({
    ok: false,
    error:
      'The file names two campaigns alike but for spaces: "Spring" and "Spring ". PostLens cannot tell which rows are this campaign\'s: rename one in the ads tool and export the file again.',
  });
});
