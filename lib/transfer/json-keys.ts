// Keys written twice in one object of a JSON text. JSON.parse keeps the last one quietly (a count
// given twice, or two files pasted together whose second "posts" replaces the first); an import
// must refuse them instead, saying where. Pure: a scan of text JSON.parse has already accepted,
// skipping the insides of strings natively, so it costs little beside the parse.
import { t } from '../i18n';
import { type ImportRefusal, memberPath, ProblemList } from './import-report';

type Frame =
  | { object: true; keys: Set<string>; key: string | null; valueStart: number; twice: boolean }
  | { object: false; index: number };

const STRUCTURE = /["{}[\],:]/g;

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

/** Every key of valid JSON `text` written a second (or later) time in its object, or null. */
export function repeatedKeys(text: string): ImportRefusal | null {
  const problems = new ProblemList();
  const stack: Frame[] = [];
  /** The next string in the top object is a key. */
  let expectKey = false;
  const closeMember = (end: number) => {
    const top = stack.at(-1);
    if (top?.object && top.twice) {
      problems.add(pathOf(stack), JSON.parse(text.slice(top.valueStart, end)), t('transfer.twice'));
      top.twice = false;
    }
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
