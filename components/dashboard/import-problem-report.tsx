// The problems of a refused file, where, what and why: a table of the first ones, the rest counted.

import type { ImportProblem } from '@/lib/transfer';
import { t, tn } from '../../lib/i18n';

/** How many problems the panel lists; the rest are counted. */
export const SHOWN_PROBLEMS = 50;

/** The problems of a refused file: the first SHOWN_PROBLEMS in a table, and how many more there are. */
export function ProblemReport({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = total - shown.length;
  return (
    <div class="error" role="alert">
      <p>{tn('dashboard.import.refused', total)}</p>
      <table class="import-problems">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.import.where')}</th>
            <th scope="col">{t('dashboard.import.value')}</th>
            <th scope="col">{t('dashboard.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i}>
              <td>
                <code>{p.path}</code>
              </td>
              <td>
                <code>{p.value}</code>
              </td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p>{tn('dashboard.import.moreProblems', more)}</p> : null}
    </div>
  );
}
