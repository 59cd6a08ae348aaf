// @vitest-environment node

// A German ads export added every campaign's spend into this one: its column names were not
// recognised, so nothing was preselected, and once the user chose the day and the amount (all the
// page asked for) the campaign column stayed "not in the file" and every campaign's rows were added
// up (Frühling €100/day + Sommer €900/day over 2 days: €2,000 instead of €200). German, Spanish and
// French names are now known; and without a campaign column, a column naming several things on one
// day is refused until the user chooses it as the campaign column or says every row is this one's.
import { afterEach } from 'vitest';
import { importAdsRows } from '@/lib/campaigns/ads-csv';
import { guessAdsMapping, headerCurrency } from '@/lib/campaigns/ads-csv-columns';
import { parseAdsCsv } from '@/lib/campaigns/ads-csv-decode';
import {
  type AdsChoices,
  type AdsPeriod,
  adsCampaignFor,
  adsCampaignNames,
} from '@/lib/campaigns/ads-csv-rows';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

const english = lookupFrom(await loadMessages('en'));
afterEach(() => setMessageLookup(english, 'en'));

const MARCH: AdsPeriod = {
  start: '2025-03-01',
  end: '2025-03-31',
  spend: null,
  revenue: null,
  leadValue: null,
  averageOrderValue: null,
  lifetimeValue: null,
};

// Meta's Ads Manager in German: two campaigns over two days (the reviewer's t6.ts).
const META_DE = [
  'Berichtsbeginn,Berichtsende,Kampagnenname,Ausgegebener Betrag (EUR),Link-Klicks',
  '2025-03-01,2025-03-01,Frühling,"100,00",10',
  '2025-03-01,2025-03-01,Sommer,"900,00",90',
  '2025-03-02,2025-03-02,Frühling,"100,00",10',
  '2025-03-02,2025-03-02,Sommer,"900,00",90',
].join('\n');

function table(text: string) {
  const r = parseAdsCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.table;
}

/** The choices as the page makes them on loading the file, for the campaign named `name`. */
function loaded(text: string, name: string): AdsChoices {
  const t = table(text);
  const mapping = guessAdsMapping(t.header, t.rows.slice(t.headerIndex + 1));
  return {
    mapping,
    currency: headerCurrency(t.header, mapping) ?? '',
    dateOrder: null,
    decimalMark: null,
    emptyAsZero: false,
    campaignName: adsCampaignFor(adsCampaignNames(t, mapping), name),
  };
}

const none = {
  date: null,
  endDate: null,
  campaign: null,
  currency: null,
  spend: null,
  revenue: null,
  clicks: null,
  impressions: null,
  conversions: null,
};

describe('column names in German, Spanish and French', () => {
  it.each([
    [
      'Meta, German',
      'Berichtsbeginn,Berichtsende,Kampagnenname,Ausgegebener Betrag (EUR),Impressionen,Reichweite,Link-Klicks',
      { date: 0, endDate: 1, campaign: 2, spend: 3, impressions: 4, clicks: 6 },
    ],
    [
      'Google Ads, German',
      'Kampagne,Tag,Impressionen,Klicks,Kosten,Conversions,Conv.-Wert,Währungscode',
      { campaign: 0, date: 1, impressions: 2, clicks: 3, spend: 4, conversions: 5, revenue: 6, currency: 7 },
    ],
    [
      'Meta, Spanish',
      'Día,Nombre de la campaña,Divisa,Importe gastado (EUR),Impresiones,Alcance,Clics en el enlace,Valor de conversión de compras',
      { date: 0, campaign: 1, currency: 2, spend: 3, impressions: 4, clicks: 6, revenue: 7 },
    ],
    [
      'Meta, French',
      'Début des rapports,Fin des rapports,Nom de la campagne,Montant dépensé (EUR),Impressions,Clics sur le lien',
      { date: 0, endDate: 1, campaign: 2, spend: 3, impressions: 4, clicks: 5 },
    ],
    [
      // A file saved with decomposed accents ("e" + combining acute) names the same column.
      'Meta, French, decomposed accents',
      'Début des rapports,Montant dépensé (EUR)'.normalize('NFD'),
      { date: 0, spend: 1 },
    ],
  ])('%s', (_, header, expected) => {
    expect(guessAdsMapping(header.split(','))).toEqual({ ...none, ...expected });
  });

  it('preselects the German file’s columns, currency and campaign, and adds up this one’s rows only', () => {
    const choices = loaded(META_DE, 'Frühling');
    expect(choices.mapping).toEqual({ ...none, date: 0, endDate: 1, campaign: 2, spend: 3, clicks: 4 });
    expect(choices.currency).toBe('EUR');
    expect(choices.campaignName).toBe('Frühling');
    const r = importAdsRows(table(META_DE), choices, MARCH);
    if (!r.ok) throw new Error(r.error);
    // €100 on each of two days; Sommer's €900 a day are left out and counted as another campaign's.
    expect(r.result.totals.spend).toEqual({ amountMinor: 20_000, currency: 'EUR' });
    expect(r.result.totals.clicks).toBe(20);
    expect(r.result).toMatchObject({ rowsUsed: 2, rowsOtherCampaigns: 2, errors: [] });
  });
});

describe('no campaign column chosen, though a column names several campaigns', () => {
  // What the page asked for before: the day and the amount, the campaign column left "not in the file".
  const byHand: AdsChoices = {
    mapping: { ...none, date: 0, spend: 3 },
    currency: 'EUR',
    dateOrder: null,
    decimalMark: null,
    emptyAsZero: false,
    campaignName: null,
  };

  it('is refused with the column, its two names and the day, asking for the campaign column', () => {
    const r = importAdsRows(table(META_DE), byHand, MARCH);
    expect(r).toEqual({
      ok: false,
      error:
        'The column "Kampagnenname" names more than one thing on the same day ("Frühling" and "Sommer" on 2025-03-01). ' +
        "If these are campaigns, choose it as the Campaign name column, so that only this campaign's rows are added up; " +
        'if every row is this campaign\'s (its ads, ad sets or a breakdown), tick "Every row is this campaign\'s" above.',
      need: 'oneCampaign',
    });
  });

  it('is refused in German too, addressing the user with "du"', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    const r = importAdsRows(table(META_DE), byHand, MARCH);
    if (r.ok) throw new Error('applied');
    expect(r.error).toBe(
      'Die Spalte „Kampagnenname“ nennt am selben Tag mehr als eines („Frühling“ und „Sommer“ am 2025-03-01). ' +
        'Sind das Kampagnen, wähle sie als Spalte „Kampagnenname“, damit nur die Zeilen dieser Kampagne zusammengezählt werden; ' +
        'gehört jede Zeile zu dieser Kampagne (ihre Anzeigen, Anzeigengruppen oder eine Aufschlüsselung), setze oben das Häkchen bei „Jede Zeile gehört zu dieser Kampagne“.',
    );
  });

  it('with the campaign column chosen, adds up this campaign’s rows only', () => {
    const r = importAdsRows(
      table(META_DE),
      { ...byHand, mapping: { ...byHand.mapping, campaign: 2 }, campaignName: 'Frühling' },
      MARCH,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.result.totals.spend).toEqual({ amountMinor: 20_000, currency: 'EUR' });
  });

  it('adds up every row only when the user says every row is this campaign’s', () => {
    // One campaign's export by ad: no campaign column, each ad its own row of the day.
    const byAd = ['Tag,Anzeigenname,Kosten', '2025-03-01,Video A,"10,00"', '2025-03-01,Bild B,"2,50"'].join(
      '\n',
    );
    const choices = loaded(byAd, 'Frühling');
    expect(choices.mapping).toEqual({ ...none, date: 0, spend: 2 });
    const refused = importAdsRows(table(byAd), { ...choices, currency: 'EUR' }, MARCH);
    expect(refused).toMatchObject({ ok: false, need: 'oneCampaign' });
    const r = importAdsRows(table(byAd), { ...choices, currency: 'EUR', oneCampaign: true }, MARCH);
    if (!r.ok) throw new Error(r.error);
    expect(r.result.totals.spend).toEqual({ amountMinor: 1_250, currency: 'EUR' });
  });

  it('reads a file whose other columns name one thing a day, or only count', () => {
    // One campaign's rows: its currency and attribution are the same every day, the counts differ.
    const one = [
      'Tag,Währung,Attribution,Kosten,Reichweite',
      '2025-03-01,EUR,7 Tage nach Klick,"10,00",1200',
      '2025-03-02,EUR,7 Tage nach Klick,"12,00",1300',
    ].join('\n');
    const t = table(one);
    const r = importAdsRows(t, { ...byHand, mapping: { ...none, date: 0, spend: 3 } }, MARCH);
    if (!r.ok) throw new Error(r.error);
    expect(r.result.totals.spend).toEqual({ amountMinor: 2_200, currency: 'EUR' });
  });
});
