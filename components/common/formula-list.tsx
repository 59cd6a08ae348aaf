// A report's formulas written out under its table, column by column: a picture or a printout has
// no hover titles, so each column's header words head the formulas of the rows it has one for (a
// row whose cell has no formula, a blank figure, gets no line). The author comparison's notes and
// the sets' notes write theirs with it.
import type { ComponentChildren } from 'preact';

interface Props<T> {
  /** Each column's header words and its formula of a row (undefined: none for that row). */
  columns: ReadonlyArray<readonly [string, (row: T) => string | undefined]>;
  rows: readonly T[];
  keyOf: (row: T) => string;
  /** The row's name before its formula ("@alice · X"), isolated by the caller where it is text. */
  who: (row: T) => ComponentChildren;
}

export function FormulaList<T>({ columns, rows, keyOf, who }: Props<T>) {
  return (
    <dl>
      {columns.map(([name, formula]) => {
        const lines = rows.filter((r) => formula(r) !== undefined);
        if (lines.length === 0) return null;
        return (
          <div key={name}>
            <dt>{name}</dt>
            {lines.map((r) => (
              <dd key={keyOf(r)}>
                {who(r)}: {formula(r)}
              </dd>
            ))}
          </div>
        );
      })}
    </dl>
  );
}
