// Random, reproducible damage to a saved page's markup: what a platform's next deploy, a half-
// rendered feed or a hostile page can do to the elements an adapter reads. Seeded, so a failure
// names the seed and iteration that reproduce it.

// mulberry32 (tests/unit/random.ts): picks mutations; the same seed gives the same run.
export { prng } from '../random';

export type Rand = () => number;

export const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Text a count parser must survive: signs, overflow, exponents, other scripts, nothing at all. */
const NASTY_TEXT = [
  '',
  '-12',
  '−3.4K',
  '999999999999999999999999',
  '1e400',
  '1e-9',
  'NaN',
  'Infinity',
  '∞',
  '1,2,3,4,5',
  '1.2.3K',
  '٣٫٤ ألف',
  '12万',
  '1.5 Mrd.',
  '0x1F',
  '\u200f1\u200e2\u202e3',
  '🚀🚀',
  '<img src=x onerror=alert(1)>',
  'null',
  '   ',
  '1'.repeat(400),
];

/** Attribute values: empty, garbage, hostile links, huge, negative. */
const NASTY_ATTR = [
  '',
  'x',
  'javascript:alert(1)',
  'https://evil.example/status/1',
  '/status/',
  '/status/-1',
  '//',
  '-1',
  '1e999',
  'a'.repeat(5000),
  '{"broken":',
  '[]',
  '%E0%A4%A',
];

function elementsOf(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*')];
}

function textNodesOf(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) out.push(c as Text);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

/** Digits swapped, characters dropped or doubled, nasty text spliced in. */
function garble(rand: Rand, s: string): string {
  switch (Math.floor(rand() * 5)) {
    case 0:
      return s.replace(/\d/g, () => String(Math.floor(rand() * 10)));
    case 1:
      return s.slice(0, Math.floor(rand() * s.length));
    case 2: {
      const at = Math.floor(rand() * (s.length + 1));
      return s.slice(0, at) + pick(rand, NASTY_TEXT) + s.slice(at);
    }
    case 3:
      return pick(rand, NASTY_TEXT);
    default:
      return s.replace(/[0-9.,KMB]/g, (c) => (rand() < 0.5 ? c + c : ''));
  }
}

export const MUTATIONS = [
  'remove-element',
  'remove-attribute',
  'change-attribute',
  'garble-text',
  'duplicate-element',
  'move-element',
  'empty-element',
] as const;
export type Mutation = (typeof MUTATIONS)[number];

/** Restores el's attributes, in their order (a page's serialisation keeps it). */
function keepAttributes(el: Element): Undo {
  const saved = [...el.attributes].map((a) => [a.name, a.value] as const);
  return () => {
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
    for (const [name, value] of saved) el.setAttribute(name, value);
  };
}

/** Puts back what a mutation changed; undone in reverse order, the markup is exactly as before. */
export type Undo = () => void;

/**
 * Applies one random mutation inside root (root itself is never removed or moved) and returns
 * it with its undo, so a big saved page is damaged in place instead of cloned every time.
 */
export function mutateOnce(rand: Rand, root: Element): { kind: Mutation; undo: Undo } {
  const kind = pick(rand, MUTATIONS);
  const all = elementsOf(root);
  const inner = all.slice(1);
  const el = pick(rand, all);
  const none: Undo = () => {};
  const putBack = (node: Node): Undo => {
    const parent = node.parentNode;
    const next = node.nextSibling;
    return () => parent?.insertBefore(node, next);
  };
  switch (kind) {
    case 'remove-element': {
      if (inner.length === 0) return { kind, undo: none };
      const target = pick(rand, inner);
      const undo = putBack(target);
      target.remove();
      return { kind, undo };
    }
    case 'remove-attribute': {
      const names = el.getAttributeNames();
      if (names.length === 0) return { kind, undo: none };
      const undo = keepAttributes(el);
      el.removeAttribute(pick(rand, names));
      return { kind, undo };
    }
    case 'change-attribute': {
      const names = el.getAttributeNames();
      const name =
        names.length > 0 && rand() < 0.8
          ? pick(rand, names)
          : pick(rand, ['href', 'aria-label', 'datetime', 'data-testid', 'lang']);
      const undo = keepAttributes(el);
      el.setAttribute(
        name,
        rand() < 0.5 ? garble(rand, el.getAttribute(name) ?? '') : pick(rand, NASTY_ATTR),
      );
      return { kind, undo };
    }
    case 'garble-text': {
      const texts = textNodesOf(root);
      if (texts.length === 0) return { kind, undo: none };
      const t = pick(rand, texts);
      const old = t.data;
      t.data = garble(rand, old);
      return { kind, undo: () => (t.data = old) };
    }
    case 'duplicate-element': {
      if (inner.length === 0) return { kind, undo: none };
      const target = pick(rand, inner);
      const copy = target.cloneNode(true);
      target.parentNode?.insertBefore(copy, target.nextSibling);
      return { kind, undo: () => copy.parentNode?.removeChild(copy) };
    }
    case 'move-element': {
      const moving = inner.length > 1 ? pick(rand, inner) : null;
      const dest = pick(rand, all);
      if (!moving || moving.contains(dest)) return { kind, undo: none };
      const undo = putBack(moving);
      dest.appendChild(moving);
      return { kind, undo };
    }
    default: {
      const target = inner.length > 0 ? pick(rand, inner) : el;
      const children = [...target.childNodes];
      target.textContent = '';
      return { kind, undo: () => target.append(...children) };
    }
  }
}
