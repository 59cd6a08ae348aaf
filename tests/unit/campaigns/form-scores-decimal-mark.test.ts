// @vitest-environment node

// The campaign form writes CSAT and NPS with the locale's decimal mark, as it writes amounts: in de,
// "87.5" reads as a grouped 875. Saved unchanged, a score is kept exactly, even with more decimals
// than a person may type.
import { type Campaign, formValues, readCampaignForm } from '@/lib/campaigns';
import { NO_OUTCOMES } from '../fixtures/campaign';

const campaign = (csat: number | null, nps: number | null): Campaign => ({
  id: 'c1',
  name: 'Herbst',
  postKeys: ['x:1'],
  start: '2025-03-01',
  end: '2025-03-31',
  ...NO_OUTCOMES,
  spend: { amountMinor: 123_450, currency: 'EUR' },
  csat,
  nps,
  createdAt: 1,
  updatedAt: 2,
});

const save = (c: Campaign, values: ReturnType<typeof formValues>, locale: string) =>
  readCampaignForm(values, { id: c.id, postKeys: c.postKeys, stored: c }, locale);

describe('CSAT and NPS in the form, in the locale of the person editing', () => {
  it.each([
    ['de-DE', '87,5', '-12,5'],
    ['fr-FR', '87,5', '-12,5'],
    ['en-US', '87.5', '-12.5'],
  ])('%s shows CSAT 87.5 as %s and NPS −12.5 as %s', (locale, csat, nps) => {
    const v = formValues(campaign(87.5, -12.5), '2025-01-01', 'EUR', locale);
    expect({ csat: v.csat, nps: v.nps }).toEqual({ csat, nps });
  });

  it.each(['de-DE', 'fr-FR', 'en-US'])('%s: whole and missing scores stay as they are', (locale) => {
    expect(formValues(campaign(90, -40), '2025-01-01', 'EUR', locale)).toMatchObject({
      csat: '90',
      nps: '-40',
    });
    expect(formValues(campaign(null, null), '2025-01-01', 'EUR', locale)).toMatchObject({
      csat: '',
      nps: '',
    });
  });

  it.each(['de-DE', 'fr-FR', 'en-US'])('%s: an edit saved unchanged keeps 87.5 and −12.5', (locale) => {
    const c = campaign(87.5, -12.5);
    const r = save(c, formValues(c, '2025-01-01', 'EUR', locale), locale);
    expect(r.ok && { csat: r.input.csat, nps: r.input.nps }).toEqual({ csat: 87.5, nps: -12.5 });
  });

  it.each(['de-DE', 'fr-FR'])(
    '%s: an imported 87.55 / −12.25 left untouched is kept exactly, not refused',
    (locale) => {
      const c = campaign(87.55, -12.25);
      const v = formValues(c, '2025-01-01', 'EUR', locale);
      expect({ csat: v.csat, nps: v.nps }).toEqual({ csat: '87,55', nps: '-12,25' });
      const r = save(c, v, locale);
      expect(r.ok ? { csat: r.input.csat, nps: r.input.nps } : r.errors).toEqual({
        csat: 87.55,
        nps: -12.25,
      });
    },
  );

  it('de: a score typed over is read in the locale, and too many decimals are still refused', () => {
    const c = campaign(87.55, -12.25);
    const v = formValues(c, '2025-01-01', 'EUR', 'de-DE');
    const typed = save(c, { ...v, csat: '91,5', nps: '-3,5' }, 'de-DE');
    expect(typed.ok && { csat: typed.input.csat, nps: typed.input.nps }).toEqual({ csat: 91.5, nps: -3.5 });
    // The stored text in the other mark is not "untouched": a person typed it, and it has two decimals.
    const other = save(c, { ...v, csat: '87.55' }, 'de-DE');
    expect(other.ok).toBe(false);
  });
});
