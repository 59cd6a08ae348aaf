// The campaign view's inputs and the comparison's post counts as the user's language writes them:
// a CSAT or NPS with more decimals than the form takes (an imported 87.55) shows every decimal it
// has, as the form and the campaigns CSV keep it, and a post count is grouped (1.500 in German).
import { CampaignComparison } from '@/components/campaigns/campaign-comparison';
import { type Campaign, campaignInputs, compareCampaigns } from '@/lib/campaigns';
import { campaignOf } from '../fixtures/campaign';
import { render } from '../testing-library';

const shown = (c: Campaign, id: 'csat' | 'nps', locale: string) =>
  campaignInputs(c, locale)
    .find((i) => i.id === id)!
    .display.replace(/\u00a0/g, ' ');

describe('CSAT and NPS in the campaign view', () => {
  it.each<['csat' | 'nps', number, string, string]>([
    // Imported with two decimals: the view said 87.6% and +32.5 beside the form's 87.55 and 32.45.
    ['csat', 87.55, 'en-US', '87.55%'],
    ['csat', 87.55, 'de', '87,55 %'],
    ['nps', 32.45, 'en-US', '+32.45'],
    ['nps', -32.45, 'de', '-32,45'],
    // A positive score below 0.05 read "+0", a negative one "-0".
    ['nps', 0.04, 'en-US', '+0.04'],
    ['nps', -0.04, 'en-US', '-0.04'],
    // What the form takes shows as before.
    ['csat', 87.5, 'de', '87,5 %'],
    ['csat', 100, 'en-US', '100%'],
    ['nps', 32, 'en-US', '+32'],
    ['nps', 0, 'en-US', '0'],
    ['nps', -100, 'de', '-100'],
  ])('%s %d in %s reads %s', (id, v, locale, text) => {
    expect(shown(campaignOf({ [id]: v }), id, locale)).toBe(text);
  });
});

describe('the comparison’s post count', () => {
  it.each([
    ['de', 1500, '1.500'],
    ['en-US', 1500, '1,500'],
    ['en-US', 3, '3'],
  ])('in %s, %d posts read %s', (locale, n, text) => {
    const postKeys = Array.from({ length: n }, (_, i) => `x:${i + 1}`);
    const comparison = compareCampaigns(
      [{ campaign: campaignOf({ postKeys }), facts: new Map(), snapshots: [] }],
      new Date(2025, 3, 10).getTime(),
      locale,
    );
    const { container } = render(
      <CampaignComparison comparison={comparison} onOpen={() => {}} now={() => 0} locale={locale} />,
    );
    // The row's first cell after the campaign's name is its post count.
    const row = container.querySelector('tbody tr[data-campaign="c1"]')!;
    expect(row.querySelector('td')?.textContent).toBe(text);
  });
});
