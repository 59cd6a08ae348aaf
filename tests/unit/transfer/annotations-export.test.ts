// @vitest-environment node

// Author sets, tags and notes in the JSON export: written only when there are some (files without
// them keep their bytes), described by docs/export.schema.json, read back exactly, refused with
// path, value and reason when wrong, and merged into what is stored without overwriting it.
import { type Annotations, annotationsItem, EMPTY_ANNOTATIONS, getAnnotations } from '@/lib/annotations';
import {
  buildExport,
  type ExportFile,
  mergeAnnotations,
  readImport,
  serializeExport,
  storeImportedAnnotations,
  withAnnotations,
  withCampaigns,
} from '@/lib/transfer';
import { problems } from './export-schema';
import { CAMPAIGN_FULL, EXPORTED_AT, T0, VARIED } from './fixtures';

const NOW = T0 + 30 * 24 * 3_600_000;
const ANNOTATIONS: Annotations = {
  sets: [
    { id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] },
    { id: 'set-2', name: 'Competitors A', authorKeys: [] },
  ],
  tags: { 'x:1': ['launch', 'vidéo 🎬'] },
  notes: { 'x:1': `Line one\nline two "quoted" ${'n'.repeat(4900)}` },
};
const base = (): ExportFile => withCampaigns(buildExport(VARIED, EXPORTED_AT), [CAMPAIGN_FULL]);
const text = (a: Annotations) => serializeExport(withAnnotations(base(), a));

describe('annotations in the export', () => {
  it('leaves the key out when there are none, so such files keep their bytes', () => {
    expect(text(EMPTY_ANNOTATIONS)).toBe(serializeExport(base()));
    expect(text(EMPTY_ANNOTATIONS)).not.toContain('"annotations"');
  });

  it('writes them last, and the schema describes them', () => {
    const file = JSON.parse(text(ANNOTATIONS));
    expect(Object.keys(file).at(-1)).toBe('annotations');
    expect(file.annotations).toEqual(ANNOTATIONS);
    expect(problems(file)).toEqual([]);
  });

  it.each([
    ['a tag over 50 characters', { ...ANNOTATIONS, tags: { 'x:1': ['t'.repeat(51)] } }],
    ['a note over 5,000 characters', { ...ANNOTATIONS, notes: { 'x:1': 'n'.repeat(5001) } }],
    [
      'a set name over 100 characters',
      { ...ANNOTATIONS, sets: [{ id: 'a', name: 'n'.repeat(101), authorKeys: [] }] },
    ],
    ['an extra field', { ...ANNOTATIONS, colour: 'red' }],
  ])('the schema refuses %s', (_name, annotations) => {
    expect(problems({ ...base(), annotations })).not.toEqual([]);
  });

  it('comes back exactly through import', () => {
    const read = readImport(text(ANNOTATIONS), { now: NOW });
    expect(read.ok).toBe(true);
    if (read.ok && read.data.version === 2) expect(read.data.annotations).toEqual(ANNOTATIONS);
    const without = readImport(serializeExport(base()), { now: NOW });
    expect(without.ok && without.data.version === 2 && 'annotations' in without.data).toBe(false);
  });

  it.each([
    ['not an object', [], 'annotations', 'must be an object with sets, tags and notes'],
    [
      'an unknown field',
      { ...ANNOTATIONS, colour: 'red' },
      'annotations.colour',
      'is not a field of annotations',
    ],
    [
      'sets missing',
      { tags: {}, notes: {} },
      'annotations.sets',
      'must be an array (a list, possibly empty)',
    ],
    [
      'a set name over 100',
      { ...ANNOTATIONS, sets: [{ id: 'a', name: 'n'.repeat(101), authorKeys: [] }] },
      'annotations.sets[0].name',
      'is 101 characters; at most 100',
    ],
    [
      'a set id twice',
      { ...ANNOTATIONS, sets: [ANNOTATIONS.sets[0], ANNOTATIONS.sets[0]] },
      'annotations.sets[1].id',
      'set-1 appears twice',
    ],
    [
      'a bad author key',
      { ...ANNOTATIONS, sets: [{ id: 'a', name: 'A', authorKeys: ['alice'] }] },
      'annotations.sets[0].authorKeys[0]',
      'must be an author key (platform:handle)',
    ],
    [
      'a tag over 50',
      { ...ANNOTATIONS, tags: { 'x:1': ['t'.repeat(51)] } },
      'annotations.tags["x:1"][0]',
      'is 51 characters; at most 50',
    ],
    [
      'a note over 5,000',
      { ...ANNOTATIONS, notes: { 'x:1': 'n'.repeat(5001) } },
      'annotations.notes["x:1"]',
      'is 5,001 characters; at most 5,000',
    ],
    [
      'a note as a number',
      { ...ANNOTATIONS, notes: { 'x:1': 7 } },
      'annotations.notes["x:1"]',
      'must be text',
    ],
  ])('refuses the whole file for %s, saying where, what and why', (_name, annotations, path, reason) => {
    const read = readImport(JSON.stringify({ ...base(), annotations }), { now: NOW });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems).toContainEqual(expect.objectContaining({ path, reason }));
  });
});

describe('merging imported annotations', () => {
  const stored: Annotations = {
    sets: [{ id: 'set-1', name: 'Our brand', authorKeys: ['x:alice'] }],
    tags: { 'x:1': ['launch'], 'x:9': ['old'] },
    notes: { 'x:1': 'Mine.' },
  };

  it('adds new sets, unions tags, adds notes, and reports what differs, keeping it as stored', () => {
    const file: Annotations = {
      sets: [
        { id: 'set-1', name: 'Renamed elsewhere', authorKeys: ['x:alice'] },
        { id: 'set-2', name: 'Competitors A', authorKeys: ['x:bob'] },
      ],
      tags: { 'x:1': ['promo', 'launch'], 'x:2': ['new'] },
      notes: { 'x:1': 'Theirs.', 'x:2': 'A new note.' },
    };
    const { value, conflicts } = mergeAnnotations(stored, file);
    expect(value).toEqual({
      sets: [stored.sets[0], file.sets[1]],
      tags: { 'x:1': ['launch', 'promo'], 'x:9': ['old'], 'x:2': ['new'] },
      notes: { 'x:1': 'Mine.', 'x:2': 'A new note.' },
    });
    expect(conflicts.map((c) => c.path)).toEqual(['annotations.sets (id set-1)', 'annotations.notes["x:1"]']);
  });

  it('finds no conflict in the same file imported twice', () => {
    const once = mergeAnnotations(EMPTY_ANNOTATIONS, ANNOTATIONS).value;
    expect(mergeAnnotations(once, ANNOTATIONS)).toEqual({ value: once, conflicts: [] });
  });

  it('keeps the merge in storage.local over what is stored now', async () => {
    await annotationsItem.setValue(stored);
    const conflicts = await storeImportedAnnotations({
      ...EMPTY_ANNOTATIONS,
      notes: { 'x:1': 'Theirs.', 'x:3': 'New.' },
    });
    expect(conflicts).toHaveLength(1);
    expect((await getAnnotations()).notes).toEqual({ 'x:1': 'Mine.', 'x:3': 'New.' });
  });
});
