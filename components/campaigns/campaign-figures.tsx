// Every figure of a campaign with its formula; a figure that cannot be computed says what it needs.
import type { Campaign, Figure, InputId, InputView } from '@/lib/campaigns';
import { t } from '../../lib/i18n';

/** Whether the user entered this input (the view then shows a value, not "not entered"). */
export const entered = (c: Campaign, id: InputId): boolean => (c[id] ?? null) !== null;

export function FiguresTable({ figures, caption }: { figures: readonly Figure<string>[]; caption: string }) {
  return (
    <table class="campaign-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('campaigns.figures.figure')}</th>
          <th scope="col" class="num">
            {t('campaigns.figures.value')}
          </th>
          <th scope="col">{t('campaigns.figures.formula')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.id} data-figure={f.id}>
            <th scope="row">{f.label}</th>
            <td class={f.value === null ? 'num needs' : 'num'}>{f.display}</td>
            <td class="formula-cell">{f.formula}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InputsList({ campaign, inputs }: { campaign: Campaign; inputs: readonly InputView[] }) {
  return (
    <dl class="campaign-inputs">
      {inputs.map((i) => (
        <div key={i.id} data-input={i.id}>
          <dt>{i.label}</dt>
          <dd class={entered(campaign, i.id) ? undefined : 'muted'}>{i.display}</dd>
        </div>
      ))}
    </dl>
  );
}
