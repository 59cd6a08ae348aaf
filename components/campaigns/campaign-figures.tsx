// Every figure of a campaign with its formula; a figure that cannot be computed says what it needs.
import type { Figure, InputView } from '@/lib/campaigns';

export function FiguresTable({ figures, caption }: { figures: readonly Figure<string>[]; caption: string }) {
  return (
    <table class="campaign-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col" class="num">
            Value
          </th>
          <th scope="col">Formula</th>
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

export function InputsList({ inputs }: { inputs: readonly InputView[] }) {
  return (
    <dl class="campaign-inputs">
      {inputs.map((i) => (
        <div key={i.id} data-input={i.id}>
          <dt>{i.label}</dt>
          <dd class={i.display === 'not entered' ? 'muted' : undefined}>{i.display}</dd>
        </div>
      ))}
    </dl>
  );
}
