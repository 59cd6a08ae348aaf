// The report of an import that is refused: one entry per problem, saying where (a JSON path such
// as posts[3].snapshots[0].likes), what the file holds there (shortened for display only) and why
// it cannot be imported as it is. Pure.

import { tn } from '../i18n';
import { type Rule, shownValue } from './import-rules';

export interface ImportProblem {
  /** Where in the file: posts[3].snapshots[0].likes. */
  path: string;
  /** The value found there, for display: short, one line, quoted when it is text. */
  value: string;
  /** Why it is refused, in words a person can act on. */
  reason: string;
}

/** A refusal: `problems` holds the first MAX_LISTED problems, `total` counts them all. */
export interface ImportRefusal {
  ok: false;
  /** A one-line summary (the first few problems), for places that show a single message. */
  error: string;
  problems: ImportProblem[];
  total: number;
}

/** How many problems a report lists in full; the rest are counted. */
export const MAX_LISTED = 1000;

/** A key's place below `path`, as the report writes places: posts[3].snapshots[0].likes, x["a b"]. */
export const memberPath = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
/** How many problems the one-line summary names. */
export const SUMMARY_PROBLEMS = 5;

export class ProblemList {
  readonly problems: ImportProblem[] = [];
  total = 0;
  /**
   * Not problems: the handles the file spells in more than one case, which PostLens holds as one
   * author spelled as read last (import-merge.ts), each as "kept (also other, …)", so the result
   * can say what was chosen rather than choose quietly.
   */
  readonly respelled: string[] = [];

  add(path: string, value: unknown, reason: string): void {
    this.total++;
    if (this.problems.length < MAX_LISTED) this.problems.push({ path, value: shownValue(value), reason });
  }

  /** The rule's value, or undefined after adding its reason at path. */
  take<T>(path: string, raw: unknown, rule: Rule<T>): T | undefined {
    if ('value' in rule) return rule.value;
    this.add(path, raw, rule.reason);
    return undefined;
  }

  /** Every problem of another refusal, after these. */
  absorb(other: ImportRefusal): void {
    this.total += other.total;
    for (const p of other.problems) if (this.problems.length < MAX_LISTED) this.problems.push(p);
  }

  refusal(): ImportRefusal {
    return {
      ok: false,
      error: summarize(this.problems, this.total),
      problems: this.problems,
      total: this.total,
    };
  }
}

/** "path: reason; path: reason … and 12 more problems". */
export function summarize(problems: readonly ImportProblem[], total = problems.length): string {
  const named = problems.slice(0, SUMMARY_PROBLEMS).map((p) => `${p.path}: ${p.reason}`);
  const rest = total - named.length;
  return rest > 0 ? tn('transfer.report.more', rest, named.join('; ')) : named.join('; ');
}

/** A refusal with one problem. */
export function refuse(path: string, value: unknown, reason: string): ImportRefusal {
  const list = new ProblemList();
  list.add(path, value, reason);
  return list.refusal();
}
