// Create a campaign or edit its period, money and outcomes. What the user types is read in their
// locale (lib/campaigns/form.ts); the background checks it again before storing.
import { useMemo, useState } from 'preact/hooks';
import type { Campaign } from '@/lib/campaigns';
import {
  type CampaignFormValues,
  checkCampaignInput,
  currencyCodes,
  type FormErrors,
  formValues,
  localDay,
  readCampaignForm,
} from '@/lib/campaigns';
import { t } from '../../lib/i18n';
import { ActionFailed, type Failure, failureOf } from '../common/action-failed';
import { saveCampaign } from './save';

interface Props {
  /** The campaign to edit; null for a new one. */
  campaign: Campaign | null;
  /** Preselected currency for a new campaign. */
  currency: string;
  now: () => number;
  locale?: string;
  onSaved: (c: Campaign) => void;
  onCancel: () => void;
}

function currencyNamer(locale?: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames(locale, { type: 'currency' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

type Field = keyof CampaignFormValues;

/** A field, its label and its hint (or none), looked up when the form is shown. */
type Fields = () => Array<[Field, string, string]>;

// Amounts, all in the one currency chosen above (the background refuses a mix).
const AMOUNTS: Fields = () => [
  ['spend', t('campaigns.form.spend'), ''],
  ['revenue', t('campaigns.form.revenue'), ''],
  ['leadValue', t('campaigns.form.leadValue'), t('campaigns.form.leadValueHint')],
  ['averageOrderValue', t('campaigns.form.averageOrderValue'), t('campaigns.form.averageOrderValueHint')],
  ['lifetimeValue', t('campaigns.form.lifetimeValue'), t('campaigns.form.lifetimeValueHint')],
];
const DELIVERY: Fields = () => [
  ['impressions', t('campaigns.form.impressions'), t('campaigns.form.impressionsHint')],
  ['reach', t('campaigns.form.reach'), t('campaigns.form.reachHint')],
  ['videoCompletions', t('campaigns.form.videoCompletions'), t('campaigns.form.videoCompletionsHint')],
];
const OUTCOMES: Fields = () => [
  ['leads', t('campaigns.form.leads'), t('campaigns.form.leadsHint')],
  ['clicks', t('campaigns.form.clicks'), t('campaigns.form.clicksHint')],
  ['conversions', t('campaigns.form.conversions'), ''],
];
const SERVICE: Fields = () => [
  ['mentions', t('campaigns.form.mentions'), ''],
  ['directMessages', t('campaigns.form.directMessages'), ''],
  ['csat', t('campaigns.form.csat'), t('campaigns.form.csatHint')],
  ['nps', t('campaigns.form.nps'), t('campaigns.form.npsHint')],
];

export function CampaignForm({ campaign, currency, now, locale, onSaved, onCancel }: Props) {
  const [values, setValues] = useState(() => formValues(campaign, localDay(now()), currency, locale));
  // The copy the fields were filled from: should the page read the campaign again while the form is
  // open, the save is still checked against what the user started from (save.ts).
  const [basedOn] = useState(campaign);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const options = useMemo(() => {
    const list = currencyCodes();
    const name = currencyNamer(locale);
    return (list.includes(values.currency) ? list : [values.currency, ...list]).map((c) => [
      c,
      `${c} · ${name(c)}`,
    ]);
  }, [values.currency, locale]);
  const set = (field: Field) => (e: Event) =>
    setValues((v) => ({ ...v, [field]: (e.currentTarget as HTMLInputElement).value }));
  const id = (field: Field) => `campaign-${field}`;

  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    const read = readCampaignForm(
      values,
      { id: campaign?.id, postKeys: campaign?.postKeys ?? [], stored: campaign },
      locale,
    );
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    // The background's own check, asked first: what the fields' reading lets through (a name past
    // its limit) or keeps as stored (a post listed twice, a score past its range, as another PostLens
    // version stored them) is refused on every save, so the user is told to correct what it names,
    // its words folded. Its answer, unmarked, could not be told from a storage failure's.
    const checked = checkCampaignInput(read.input);
    if (!checked.ok) return setFailure({ text: t('campaigns.detail.saveInvalid'), raw: checked.error });
    setBusy(true);
    const res = await saveCampaign(read.input, basedOn);
    if (res.ok) {
      setBusy(false);
      return onSaved(res.campaign);
    }
    setFailure(
      failureOf(res, {
        failed: () => t('campaigns.detail.saveFailed'),
        // By the answer's mark (save.ts), never by its words.
        refused: () =>
          res.reason === 'noBase'
            ? t('campaigns.detail.saveStale')
            : res.reason === 'notPage'
              ? t('campaigns.detail.saveNotPage')
              : t('campaigns.detail.saveChanged'),
        noAnswer: () => t('campaigns.detail.saveNoAnswer'),
      }),
    );
    setBusy(false);
  };

  const field = (name: Field, label: string, hint: string, kind: 'text' | 'date' | 'number' = 'text') => {
    const attrs = {
      id: id(name),
      value: values[name],
      onInput: set(name),
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': errors[name] ? `${id(name)}-error` : undefined,
    };
    return (
      <div class="field" key={name}>
        <label for={id(name)}>
          {label}
          {hint ? <span class="muted"> ({hint})</span> : null}
        </label>
        {/* Numbers are text fields: a type="number" field drops what it cannot read in silence. */}
        {kind === 'date' ? (
          <input type="date" {...attrs} />
        ) : (
          <input type="text" inputMode={kind === 'number' ? 'decimal' : undefined} {...attrs} />
        )}
        {errors[name] ? (
          <span class="error" id={`${id(name)}-error`}>
            {errors[name]}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <form
      class="campaign-form"
      onSubmit={submit}
      aria-label={campaign ? t('campaigns.form.editLabel', campaign.name) : t('campaigns.newCampaign')}
    >
      {field('name', t('campaigns.form.name'), '')}
      <fieldset>
        <legend>{t('campaigns.form.period')}</legend>
        {field('start', t('campaigns.form.firstDay'), '', 'date')}
        {field('end', t('campaigns.form.lastDay'), '', 'date')}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.form.money')}</legend>
        <div class="field">
          <label for={id('currency')}>{t('campaigns.form.currency')}</label>
          <select id={id('currency')} value={values.currency} onChange={set('currency')}>
            {options.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          {errors.currency ? <span class="error">{errors.currency}</span> : null}
        </div>
        {AMOUNTS().map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.form.delivery')}</legend>
        {DELIVERY().map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.form.outcomes')}</legend>
        {OUTCOMES().map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <fieldset>
        <legend>{t('campaigns.form.service')}</legend>
        {SERVICE().map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <p class="muted">{t('campaigns.form.emptyHint')}</p>
      {failure ? <ActionFailed text={failure.text} raw={failure.raw} /> : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {campaign ? t('campaigns.form.save') : t('campaigns.form.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('campaigns.cancel')}
        </button>
      </div>
    </form>
  );
}
