// The fuzz test damages saved pages in place and undoes the damage after each iteration; if an
// undo were inexact, later iterations would test a page nobody saved. This proves it exact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MUTATIONS, mutateOnce, prng, type Undo } from './mutate-dom';

const FILES = ['x/x-timeline-engaged.html', 'mastodon/thread-ja.html', 'facebook/page-de.html'];

describe('mutateOnce', () => {
  it.each(FILES)(
    '%s: 300 rounds of up to 8 mutations, undone in reverse, restore the markup exactly',
    (file) => {
      const html = readFileSync(join(process.cwd(), 'tests/fixtures', file), 'utf8');
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const before = doc.body.innerHTML;
      const targets = [...doc.body.querySelectorAll('article, [role="article"], div')].slice(0, 40);
      const rand = prng(42);
      const seen = new Set<string>();
      let changed = 0;
      for (let round = 0; round < 300; round++) {
        const target = targets[round % targets.length]!;
        const undos: Undo[] = [];
        const n = 1 + Math.floor(rand() * 8);
        for (let i = 0; i < n; i++) {
          const { kind, undo } = mutateOnce(rand, target);
          seen.add(kind);
          undos.push(undo);
        }
        if (doc.body.innerHTML !== before) changed++;
        for (const undo of undos.reverse()) undo();
        expect(doc.body.innerHTML === before, `round ${round}`).toBe(true);
      }
      expect([...seen].sort()).toEqual([...MUTATIONS].sort());
      // Most rounds really changed the page (a mutation can be a no-op, e.g. removing from a leaf).
      expect(changed).toBeGreaterThan(200);
    },
  );
});
