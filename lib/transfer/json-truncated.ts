// Whether a JSON text that does not parse was cut off (saved or copied only in part) rather than
// edited wrongly: the import's message tells the two apart, as only the second has a place to fix.

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const LITERALS = ['true', 'false', 'null'];
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const HEX = /^[0-9a-fA-F]*$/;
/** A number or a word (true, false, null), or what a mistake put in the place of one. */
const RUN = /[-+0-9.eE]+|[a-z]+/y;

/**
 * True when the text is a JSON text cut off: everything in it reads as JSON and only its end is
 * missing (it stops inside a string, a number or a word, or with brackets still open). A mistake
 * before the end (a brace deleted by hand, a quote missing) is no cut-off file, even when it
 * leaves brackets unbalanced: JSON.parse's own message says what is wrong there.
 */
export function looksTruncated(text: string): boolean {
  /** Open brackets, innermost last. */
  const open: number[] = [];
  /** What may come next: a value, an object key, the colon after one, or what follows a value. */
  let want: 'value' | 'key' | 'colon' | 'after' = 'value';
  /** Right after an opening bracket, where the closing one may come at once. */
  let empty = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (want === 'after') {
      if (open.length === 0) return false; // something after the whole value
      const top = open[open.length - 1];
      if (c === 44) want = top === 123 ? 'key' : 'value';
      else if (c === (top === 123 ? 125 : 93)) open.pop();
      else return false;
      empty = false;
      i++;
      continue;
    }
    if (want === 'colon') {
      if (c !== 58) return false;
      want = 'value';
      i++;
      continue;
    }
    if (empty && c === (want === 'key' ? 125 : 93)) {
      open.pop();
      empty = false;
      want = 'after';
      i++;
      continue;
    }
    empty = false;
    if (c === 34) {
      // A string, a key or a value.
      i++;
      for (;;) {
        if (i >= n) return true;
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d < 32) return false;
        if (d === 92) {
          const e = text[i + 1];
          if (e === undefined) return true;
          if (e === 'u') {
            const hex = text.slice(i + 2, i + 6);
            if (!HEX.test(hex)) return false;
            if (hex.length < 4) return true;
            i += 6;
            continue;
          }
          if (!'"\\/bfnrt'.includes(e)) return false;
          i += 2;
          continue;
        }
        i++;
      }
      i++;
      want = want === 'key' ? 'colon' : 'after';
      continue;
    }
    if (want === 'key') return false;
    if (c === 123 || c === 91) {
      open.push(c);
      want = c === 123 ? 'key' : 'value';
      empty = true;
      i++;
      continue;
    }
    // A number or a word: one whole, or, at the very end, the start of one.
    RUN.lastIndex = i;
    const run = RUN.exec(text)?.[0];
    if (!run) return false;
    if (!NUMBER.test(run) && !LITERALS.includes(run))
      return i + run.length === n && (NUMBER.test(`${run}0`) || LITERALS.some((w) => w.startsWith(run)));
    i += run.length;
    want = 'after';
  }
  // The end, with brackets still open: cut off. (None open: the value is whole, or there was none.)
  return open.length > 0;
}
