// Finds the words a user could read that are written into components and entrypoints instead of
// coming from the locale files. Parsed with TypeScript, so JSX text, labels and prose literals are
// told apart from class names, keys and comparisons.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Attributes a user reads or a screen reader says. */
const USER_ATTRS = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
/** Attributes whose strings are code: a class, a style, an id, a type. */
const CODE_ATTRS =
  /^(class|className|style|id|type|role|href|name|key|for|htmlFor|rel|target|autocomplete|autoComplete|inputMode|pattern|accept|download|lang|dir|method|value|data-.+|aria-(controls|describedby|labelledby|live|sort|current|expanded|pressed|selected|hidden|haspopup|checked|disabled|modal|busy|atomic|relevant|orientation|invalid|keyshortcuts|activedescendant|owns|level|posinset|setsize|colindex|rowindex|colcount|rowcount)|tabIndex|viewBox|d|fill|stroke.*|points|xmlns|width|height|x|y|x1|x2|y1|y2|cx|cy|r|transform|preserveAspectRatio|shape-rendering|text-anchor|dominant-baseline|font-.+)$/;

/** The marker a line carries when a literal there is shown but is not language (a brand, a format name). */
const IGNORE = 'i18n-ignore:';

const words = (s: string) => s.match(/\p{L}{2,}/gu) ?? [];

/** Prose: a capitalised word ("Save", "Posts seen"), or words ending a sentence, or two words and a space. */
export function looksLikeProse(s: string): boolean {
  const text = s.trim();
  if (!/\p{L}/u.test(text)) return false;
  if (/^[\w.-]+\/[\w./-]+$/.test(text)) return false; // a path or MIME type
  if (/^[a-z][\w-]*(\s+[a-z][\w-]*)*$/.test(text) && !/\s/.test(text)) return false; // one code word
  if (/^\p{Lu}\p{Ll}/u.test(text)) return true;
  if (/[.:!?…]$/.test(text) && words(text).length >= 1 && /\s/.test(text)) return true;
  // Two words with a space, not a class list (class lists are lowercase words joined by hyphens).
  const tokens = text.split(/\s+/);
  return (
    tokens.length >= 2 && tokens.some((t) => /^\p{L}{3,}$/u.test(t) && !/-/.test(t)) && /\p{Lu}/u.test(text)
  );
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function isCodeContext(node: ts.Node): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isImportTypeNode(p)) return true;
  if (ts.isLiteralTypeNode(p)) return true;
  if (ts.isPropertyAssignment(p) && p.name === node) return true;
  if (ts.isElementAccessExpression(p)) return true;
  if (ts.isCaseClause(p)) return true;
  if (
    ts.isBinaryExpression(p) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      p.operatorToken.kind,
    )
  )
    return true;
  if (ts.isCallExpression(p)) {
    const callee = p.expression.getText();
    // A message key, a DOM query, an event name: code, not words.
    if (
      /(^|\.)(t|tn|querySelector|querySelectorAll|closest|matches|addEventListener|removeEventListener|getElementById|createElement|setAttribute|getAttribute|removeAttribute|hasAttribute|toggleAttribute|getPropertyValue|setProperty|postMessage|sendMessage|onMessage|get|set|remove|has|startsWith|endsWith|includes|split|join|replace|replaceAll|padStart|padEnd|test|match|toLocaleString|require|import|Error|RangeError|TypeError|console\.\w+|dispatchEvent|CustomEvent|Event)$/.test(
        callee,
      )
    )
      return true;
  }
  if (
    ts.isNewExpression(p) &&
    /(Error|Event|CustomEvent|Intl\.\w+|RegExp|Blob|URL|Worker)$/.test(p.expression.getText())
  )
    return true;
  return false;
}

function attrName(node: ts.Node): string | undefined {
  let n: ts.Node | undefined = node;
  while (n && !ts.isJsxAttribute(n)) {
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isBlock(n)) return undefined;
    n = n.parent;
  }
  return n && ts.isJsxAttribute(n) ? n.name.getText() : undefined;
}

/** Every hard-coded user-facing string under the given folders (relative to `root`). */
export function findHardCodedStrings(root: string, dirs: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n');
      const sf = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const report = (node: ts.Node, s: string, why: string) => {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line;
        if (lines[line]?.includes(IGNORE) || lines[line - 1]?.includes(IGNORE)) return;
        findings.push({ file: relative(root, file), line: line + 1, text: s.trim().slice(0, 80), why });
      };
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node)) {
          if (/\p{L}/u.test(node.text)) report(node, node.text, 'JSX text');
        } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
          const name = node.name.getText();
          if (USER_ATTRS.has(name) && /\p{L}/u.test(node.initializer.text))
            report(node, node.initializer.text, `${name}="…"`);
        } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
          const attr = attrName(node);
          const reported = ts.isJsxAttribute(node.parent) && USER_ATTRS.has(node.parent.name.getText());
          if (
            !reported &&
            !(attr && CODE_ATTRS.test(attr)) &&
            !isCodeContext(node) &&
            looksLikeProse(node.text)
          )
            report(node, node.text, 'string literal');
        } else if (ts.isTemplateExpression(node)) {
          const attr = attrName(node);
          const statics = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
          if (
            !(attr && CODE_ATTRS.test(attr)) &&
            !isCodeContext(node) &&
            (looksLikeProse(statics) || /(^|\s)\p{L}{3,}(\s|$)/u.test(statics))
          )
            report(node, node.getText(), 'template literal');
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return findings;
}
