// Create a campaign or edit its period, money and outcomes. What the user types is read in their
// locale (lib/campaigns/form.ts); the background checks it again before storing.
import { useMemo, useState } from 'preact/hooks';
import type { Campaign } from '@/lib/campaigns';
import {
  type CampaignFormValues,
  currencyCodes,
  type FormErrors,
  formValues,
  localDay,
  readCampaignForm,
} from '@/lib/campaigns';
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

type Fields = Array<[Field, string, string]>;

// Amounts, all in the one currency chosen above (the background refuses a mix).
const AMOUNTS: Fields = [
  ['spend', 'Spend', ''],
  ['revenue', 'Revenue attributed', ''],
  ['leadValue', 'Lead value', 'what one lead is worth'],
  ['averageOrderValue', 'Average order value', 'estimates revenue when none is entered'],
  ['lifetimeValue', 'Customer lifetime value', 'ROI then counts conversions × this'],
];
const DELIVERY: Fields = [
  ['impressions', 'Paid impressions', 'CPM and CTR use them instead of views'],
  ['reach', 'Reach', 'people reached'],
  ['videoCompletions', 'Video completions', 'watched to the end'],
];
const OUTCOMES: Fields = [
  ['leads', 'Leads', 'sign-ups, downloads, trials'],
  ['clicks', 'Clicks', 'link visits'],
  ['conversions', 'Conversions', ''],
];
const SERVICE: Fields = [
  ['mentions', 'Mentions', ''],
  ['directMessages', 'Direct messages', ''],
  ['csat', 'CSAT (%)', 'satisfied customers, 0–100'],
  ['nps', 'NPS', '−100 to 100'],
];

export function CampaignForm({ campaign, currency, now, locale, onSaved, onCancel }: Props) {
  const [values, setValues] = useState(() => formValues(campaign, localDay(now()), currency));
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
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
    const read = readCampaignForm(values, { id: campaign?.id, postKeys: campaign?.postKeys ?? [] }, locale);
    setErrors(read.ok ? {} : read.errors);
    if (!read.ok) return;
    setBusy(true);
    const res = await saveCampaign(read.input);
    setBusy(false);
    if (res.ok) onSaved(res.campaign);
    else setFailure(res.error);
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
      aria-label={campaign ? `Edit ${campaign.name}` : 'New campaign'}
    >
      {field('name', 'Name', '')}
      <fieldset>
        <legend>Period</legend>
        {field('start', 'First day', '', 'date')}
        {field('end', 'Last day', '', 'date')}
      </fieldset>
      <fieldset>
        <legend>Money</legend>
        <div class="field">
          <label for={id('currency')}>Currency</label>
          <select id={id('currency')} value={values.currency} onChange={set('currency')}>
            {options.map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          {errors.currency ? <span class="error">{errors.currency}</span> : null}
        </div>
        {AMOUNTS.map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <fieldset>
        <legend>Delivery from your ad tool</legend>
        {DELIVERY.map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <fieldset>
        <legend>Outcomes from your own tools</legend>
        {OUTCOMES.map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <fieldset>
        <legend>Customer service and awareness</legend>
        {SERVICE.map(([name, label, hint]) => field(name, label, hint, 'number'))}
      </fieldset>
      <p class="muted">Leave a field empty when you do not know it: figures that need it say so.</p>
      {failure ? (
        <p class="error" role="alert">
          {failure}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {campaign ? 'Save campaign' : 'Create campaign'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
