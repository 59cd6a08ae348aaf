// What JSON.parse reads quietly otherwise than a JSON text writes it: a key written twice in one
// object (it keeps the last: a count given twice, or two files pasted together whose second
// "posts" replaces the first), and a count written with a decimal point or an exponent that is not
// exactly the whole number it reads as (it reads 1.0000000000000001 as 1, and 9999999999999.9999
// as 10000000000000, where 1.5 is refused as no whole number; "2.0" and "1e3" are 2 and 1,000). An import must refuse them instead, saying where. Pure: a scan of text JSON.parse
// has already accepted, skipping the insides of strings natively, so it costs little beside the
// parse.
import { t } from '../i18n';
import { COUNT_FIELDS } from '../types';
import { type ImportRefusal, memberPath, ProblemList } from './import-report';

type Frame =
  | { object: true; keys: Set<string>; key: string | null; valueStart: number; twice: boolean }
  | { object: false; index: number };

const STRUCTURE = /["{}[\],:]/g;

/** The keys whose values are counts (import-rules.ts countRule), wherever they are in the file. */
const COUNT_KEYS: ReadonlySet<string> = new Set([...COUNT_FIELDS, 'followers']);

/** A JSON number written with a decimal point or an exponent (or both). */
const NOT_PLAIN = /^-?\d+(?:\.\d+(?:[eE][+-]?\d+)?|[eE][+-]?\d+)$/;

/** A number as the report shows it where it was written: long ones cut. */
const shownNumber = (written: string) => (written.length > 40 ? `${written.slice(0, 39)}…` : written);

/** The path of a place in the file, as the import report writes it: posts[3].snapshots[0].likes. */
function pathOf(stack: readonly Frame[]): string {
  let out = '';
  for (const f of stack) {
    if (!f.object) out += `[${f.index}]`;
    else if (f.key !== null) out = memberPath(out, f.key);
  }
  return out;
}

/** Index just past the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length;
    let slashes = 0;
    for (let j = q - 1; text.charCodeAt(j) === 92; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** A JSON number's parts: sign, whole digits, fraction digits, exponent. */
const NUMBER_PARTS = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Whether `written` (a JSON number with a decimal point or an exponent) is exactly the whole
 * number `read`: "2.0", "1e3" and "25.00e1" are (kept as 2, 1,000 and 250: nothing is rounded);
 * "1.0000000000000001" is not, though JSON.parse reads 1. Decided on the digits (BigInt), not on
 * doubles, which are what rounded it.
 */
function isExactly(written: string, read: number): boolean {
  const m = NUMBER_PARTS.exec(written);
  if (!m) return false;
  const fraction = m[2] ?? '';
  const scale = Number(m[3] ?? 0) - fraction.length;
  let digits = m[1]! + fraction;
  if (scale < 0) {
    const cut = digits.length + scale;
    if (!/^0*$/.test(digits.slice(Math.max(cut, 0)))) return false;
    digits = cut > 0 ? digits.slice(0, cut) : '0';
  } else if (scale > 0) {
    // Only safe integers get here (roundedCount): more than 16 zeros can only follow a 0.
    digits = /^0*$/.test(digits) ? '0' : digits + '0'.repeat(Math.min(scale, 17));
  }
  return BigInt(digits) === BigInt(Math.abs(read));
}

/**
 * A count's value, from `start` to `end` in `text`, when it is a number written with a decimal
 * point or an exponent that JSON.parse reads as a whole number it is not exactly (isExactly); else
 * null. A number that is no whole number countRule refuses itself; text, null, an object or a list
 * is not looked into.
 */
function roundedCount(text: string, start: number, end: number): { written: string; read: number } | null {
  const written = text.slice(start, end).trim();
  if (!NOT_PLAIN.test(written)) return null;
  const read = Number(written);
  // One past the safe integers countRule refuses as too large, whatever way it is written.
  return Number.isSafeInteger(read) && !isExactly(written, read) ? { written, read } : null;
}

/**
 * Every key of valid JSON `text` written a second (or later) time in its object, and every count
 * (COUNT_KEYS) written with a decimal point or an exponent that JSON.parse rounds to a whole
 * number (roundedCount); or null.
 */
export function writtenProblems(text: string): ImportRefusal | null {
  const problems = new ProblemList();
  const stack: Frame[] = [];
  /** The next string in the top object is a key. */
  let expectKey = false;
  const closeMember = (end: number) => {
    const top = stack.at(-1);
    if (!top?.object) return;
    if (top.twice) {
      problems.add(pathOf(stack), JSON.parse(text.slice(top.valueStart, end)), t('transfer.twice'));
      top.twice = false;
    }
    const rounded =
      top.key !== null && COUNT_KEYS.has(top.key) ? roundedCount(text, top.valueStart, end) : null;
    if (rounded)
      problems.add(
        pathOf(stack),
        rounded.read,
        t('transfer.rules.countWritten', shownNumber(rounded.written)),
      );
  };
  STRUCTURE.lastIndex = 0;
  for (let m = STRUCTURE.exec(text); m !== null; m = STRUCTURE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (expectKey && top?.object) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        top.twice = top.keys.has(key);
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      STRUCTURE.lastIndex = end;
    } else if (c === 58) {
      const top = stack.at(-1);
      if (top?.object) top.valueStart = i + 1;
    } else if (c === 123) {
      stack.push({ object: true, keys: new Set(), key: null, valueStart: 0, twice: false });
      expectKey = true;
    } else if (c === 91) {
      stack.push({ object: false, index: 0 });
      expectKey = false;
    } else if (c === 44) {
      const top = stack.at(-1);
      if (top?.object) {
        closeMember(i);
        expectKey = true;
      } else if (top) top.index++;
    } else {
      closeMember(i);
      stack.pop();
      expectKey = false;
    }
  }
  return problems.total > 0 ? problems.refusal() : null;
}
