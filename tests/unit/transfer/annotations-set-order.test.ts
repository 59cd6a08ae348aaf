// @vitest-environment node

// An author set is a set: the same authors in another order (a file written after the user removed
// and added an author again, or by another tool) are the same set, no conflict to report. Other
// authors, or another name, under the same id are one, and the stored set stays.
import { mergeAnnotations } from '@/lib/transfer/annotations-in-export';

const stored = {
  sets: [{ id: 's1', name: 'Rivals', authorKeys: ['x:acme', 'x:globex'] }],
  tags: {},
  notes: {},
};
const file = (name: string, authorKeys: string[]) => ({
  sets: [{ id: 's1', name, authorKeys }],
  tags: {},
  notes: {},
});

describe('merging an imported author set with the stored one of its id', () => {
  it('takes the same authors in another order as the same set', () => {
    const r = mergeAnnotations(stored, file('Rivals', ['x:globex', 'x:acme']));
    expect(r.conflicts).toEqual([]);
    expect(r.value.sets).toEqual(stored.sets);
  });

  it.each([
    ['another author', 'Rivals', ['x:acme', 'x:initech']],
    ['an author fewer', 'Rivals', ['x:acme']],
    ['another name', 'Competitors', ['x:acme', 'x:globex']],
  ])('reports %s as a conflict and keeps the stored set (control)', (_what, name, keys) => {
    const r = mergeAnnotations(stored, file(name, keys));
    expect(r.conflicts).toHaveLength(1);
    expect(r.value.sets).toEqual(stored.sets);
  });
});
