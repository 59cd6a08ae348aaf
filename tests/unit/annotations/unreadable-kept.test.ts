// Parts of the stored annotations that a read leaves out (a tag with spaces around it, as an older
// version stored; a set with a key this version does not read) are not the user's to lose: an
// edit of something else must not write the annotations back without them.
import { addTag, annotationsItem, EMPTY_ANNOTATIONS, updateAnnotations } from '@/lib/annotations';

describe('an edit while storage holds parts a read leaves out', () => {
  it('keeps the left-out tag list, note and set as they were stored', async () => {
    const badSet = { id: 's2', name: 'Old', authorKeys: ['x:ok', 'NOT A KEY'] };
    const raw = {
      sets: [{ id: 's1', name: 'Brand', authorKeys: ['x:brand'] }, badSet],
      tags: { 'x:1': ['Launch'], 'x:2': [' spaced ', 'Promo'] },
      notes: { 'x:1': 'fine', 'x:3': 42 },
    };
    await annotationsItem.setValue(raw as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await updateAnnotations((a) => addTag(a, 'x:1', 'Sale'));
    warn.mockRestore();
    expect(result.ok).toBe(true);
    const stored = (await annotationsItem.getValue()) as unknown as typeof raw;
    expect(stored.tags['x:1']).toEqual(['Launch', 'Sale']);
    expect(stored.tags['x:2']).toEqual([' spaced ', 'Promo']);
    expect(stored.notes['x:3']).toBe(42);
    expect(stored.sets).toContainEqual(badSet);
    expect(stored.sets).toContainEqual({ id: 's1', name: 'Brand', authorKeys: ['x:brand'] });
  });

  it('writes a clean value as before when nothing was left out', async () => {
    await annotationsItem.setValue({ ...EMPTY_ANNOTATIONS, tags: { 'x:1': ['Launch'] } });
    await updateAnnotations((a) => addTag(a, 'x:2', 'Sale'));
    expect(await annotationsItem.getValue()).toEqual({
      sets: [],
      tags: { 'x:1': ['Launch'], 'x:2': ['Sale'] },
      notes: {},
    });
  });
});
