// Finding the first number in normalised text and deciding which separator, if any, is its decimal
// point. The rules are documented at the top of parse-count.ts.
import type { LocaleTable } from './locale';
import { prefixBefore } from './match';
import { gluedLeft } from './text';

/** A run of digits and the separators between them, as found in the text. */
export interface Scanned {
  start: number;
  end: number;
  runs: string[];
  seps: string[];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const SEPARATORS = ",.٫'’٬⹁، ";
const STANDARD_GROUPS = [3, 3] as const;

function digitsEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j;
}

function groupSizes(table: LocaleTable | null): readonly [number, number] {
  return table ? table.groupSizes : STANDARD_GROUPS;
}

function scanFrom(s: string, i: number, table: LocaleTable | null): Scanned {
  const [primary, secondary] = groupSizes(table);
  const runs = [s.slice(i, digitsEnd(s, i))];
  const seps: string[] = [];
  let end = i + runs[0]!.length;
  while (end + 1 < s.length && isDigit(s.charCodeAt(end + 1))) {
    const sep = s[end]!;
    if (!SEPARATORS.includes(sep)) break;
    const next = digitsEnd(s, end + 1);
    const size = next - end - 1;
    // A space joins digits only as a group separator; otherwise it ends the number ("1 of 3").
    const group = size === 3 || size === primary || size === secondary;
    if (sep === ' ' && (!group || runs[runs.length - 1]!.length > 3)) break;
    runs.push(s.slice(end + 1, next));
    seps.push(sep === '’' ? "'" : sep);
    end = next;
  }
  return { start: i, end, runs, seps };
}

/** The first number in normalised text s, from index from on, that is not part of a word, or null
 *  when there is none. */
export function scanNumber(s: string, table: LocaleTable | null, from = 0): Scanned | null {
  let i = from;
  while (i < s.length) {
    if (!isDigit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    if (gluedLeft(s, i) && !(table && prefixBefore(table, s, i))) {
      // Skip the whole glued number ("v1.2"), not just its first run of digits.
      i = scanFrom(s, i, table).end;
      continue;
    }
    return scanFrom(s, i, table);
  }
  return null;
}

/** Index in seps of the decimal point, or -1. */
function decimalPoint({ runs, seps }: Scanned, table: LocaleTable | null, compact: boolean): number {
  const n = seps.length;
  const last = seps[n - 1];
  if (last === '٫') return n - 1;
  if (last !== ',' && last !== '.') return -1;
  if (seps.indexOf(last) !== n - 1) return -1; // "1,234,567": repeated, so grouping
  if (n > 1 || runs[n]!.length !== 3) return n - 1; // "1,234.5"; "1,2" and "12.0k" cannot be groups
  if (!compact) return -1; // counts are whole: a lone ",ddd" / ".ddd" is grouping
  return last === (table ? table.decimal : '.') ? n - 1 : -1; // "1,234 Mio." in de
}

/** Integer and fraction digits of a scanned number, or null when its grouping is malformed. */
export function digitsOf(
  scanned: Scanned,
  table: LocaleTable | null,
  compact: boolean,
): { int: string; frac: string } | null {
  const { runs, seps } = scanned;
  const point = decimalPoint(scanned, table, compact);
  const groups = point < 0 ? runs : runs.slice(0, point + 1);
  const groupSeps = point < 0 ? seps : seps.slice(0, point);
  if (groupSeps.some((g) => g !== groupSeps[0] || g === '٫')) return null;
  if (groups.length > 1) {
    const [primary, secondary] = groupSizes(table);
    const [head, ...rest] = groups;
    const tail = rest.pop()!;
    if (head!.length > 3 || (tail.length !== 3 && tail.length !== primary)) return null;
    // Middle groups are all one size: 3, or 2 (Indian grouping), or the locale's own.
    const size = rest[0]?.length ?? 3;
    const sizeOk = size === 2 || size === 3 || size === primary || size === secondary;
    if (!sizeOk || rest.some((g) => g.length !== size)) return null;
  }
  return { int: groups.join(''), frac: point < 0 ? '' : runs[seps.length]! };
}
