// The implementation before the faster topic report (as of commit cc3ca51), kept to prove the
// faster one gives the same output: extractTags and buildTopicReport exactly as they were
// (lib/insights/topics.ts), with the median and sample size they used, so a later change there
// cannot move this reference along with the code it checks. Test-only: never imported by lib/.
// Two deliberate changes of what counts as a tag were made here as in the code (2026-12-05):
// ".@handle" is a mention, and a tag's İ groups with i (the key drops the combining dot).
// And the ERs keep to one basis across the report (basisOf), as the code's do since.
// Two more (2026-12-06): a tag's key is its full case fold (#Straße groups with #STRASSE; ı kept
// apart), and a mention's last ".Word" before a space after a handle of small letters is the next
// sentence ("@bob.See you" mentions @bob).
// And (2026-12-07), as twitter-text: a tag may follow an emoji's presentation selector ("❤️#love"),
// "#️⃣" is no tag, and a mention may follow a keycap or a letter of a script written without spaces
// ("ありがとう@NHK_PR").

import { comparableEr } from '@/lib/insights/timing';
import type { TagKind, TagUse, TopicInput, TopicReport, TopicStat } from '@/lib/insights/topics';
import type { ErPref } from '@/lib/metrics';

const DEFAULT_TAG_MIN_SAMPLE = 3;

function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((x, y) => x - y);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

function sampleSize(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

const LINK = /(?:\bhttps?:\/\/|\bwww\.)\S*/giu;
const HASHTAG =
  /(?<=^|[\ufe0e\ufe0f]|[^\p{L}\p{M}\p{N}_&/#＃@])[#＃](?![\ufe0f\u20e3])([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;
const MENTION =
  /(?<=^|[\ufe0e\ufe0f\u20e3\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]|[^\p{L}\p{M}\p{N}_+\-@/#＃])@([\p{L}\p{M}\p{N}_]+(?:[.-][\p{L}\p{M}\p{N}_]+)*(?:@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+)?)/gu;
const SIGN = /[#＃@]/;

export function extractTags(text: string): TagUse[] {
  if (!SIGN.test(text)) return [];
  const clean = text.replace(LINK, ' ');
  const seen = new Set<string>();
  const out: TagUse[] = [];
  const add = (kind: TagKind, sign: string, body: string) => {
    const written = body.normalize('NFC');
    const folded = written
      .toLowerCase()
      .split('\u0131')
      .map((part) => part.toUpperCase().toLowerCase())
      .join('\u0131');
    const key = sign + folded.replace(/i\u0307/g, 'i').normalize('NFC');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, key, text: sign + written });
  };
  for (const m of clean.matchAll(HASHTAG)) if (HAS_LETTER.test(m[1]!)) add('hashtag', '#', m[1]!);
  for (const m of clean.matchAll(MENTION)) {
    const sentence = /^([^\p{Lu}\p{Lt}]+)\.\p{Lu}\p{Ll}*$/u.exec(m[1]!);
    const next = clean.charAt(m.index + m[0].length);
    add('mention', '@', sentence && /\s/u.test(next) ? sentence[1]! : m[1]!);
  }
  return out;
}

interface Acc {
  kind: TagKind;
  posts: number;
  withCounts: number;
  ers: number[];
  velocities: number[];
  casings: Map<string, number>;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Kept in step with the report since (one ER basis, after 3d25317): the tags' medians are all on
 * one basis, the one Settings lead with ("auto" and "views": views) when any tagged post has an ER
 * on it, else the other; without `pref`, the lead is the ER basis of the first tagged post with
 * both ERs, else views. Written plainly, apart from lib/insights/er-basis.ts.
 */
function basisOf(rows: readonly TopicInput[], pref: ErPref | undefined): 'views' | 'followers' | null {
  const tagged = rows.filter((r) => extractTags(r.text ?? '').length > 0);
  const both = tagged.find((r) => finite(r.erViews) && finite(r.erFollowers) && r.erBasis);
  const lead = pref === undefined ? (both?.erBasis ?? 'views') : pref === 'followers' ? 'followers' : 'views';
  const other = lead === 'views' ? 'followers' : 'views';
  const has = (b: 'views' | 'followers') =>
    tagged.some((r) => finite(b === 'views' ? r.erViews : r.erFollowers));
  return has(lead) ? lead : has(other) ? other : null;
}

export function buildTopicReport(
  rows: readonly TopicInput[],
  minSample = DEFAULT_TAG_MIN_SAMPLE,
  pref?: ErPref,
): TopicReport {
  const need = sampleSize(minSample, DEFAULT_TAG_MIN_SAMPLE);
  const byKey = new Map<string, Acc>();
  let untagged = 0;
  const basis = basisOf(rows, pref);
  for (const r of rows) {
    const er = basis === null ? null : basis === 'views' ? r.erViews : r.erFollowers;
    const tags = extractTags(r.text ?? '');
    if (tags.length === 0) untagged++;
    for (const t of tags) {
      let acc = byKey.get(t.key);
      if (!acc) {
        acc = { kind: t.kind, posts: 0, withCounts: 0, ers: [], velocities: [], casings: new Map() };
        byKey.set(t.key, acc);
      }
      acc.posts++;
      // Kept in step with the report since (2026-12-05): posts that show their interactions.
      if (finite(r.erViews) || finite(r.erFollowers) || finite(r.velocity) || finite(r.engagement ?? null))
        acc.withCounts++;
      if (finite(er)) acc.ers.push(er);
      if (finite(r.velocity)) acc.velocities.push(r.velocity);
      acc.casings.set(t.text, (acc.casings.get(t.text) ?? 0) + 1);
    }
  }
  const topics = [...byKey].map(([key, a]): TopicStat => {
    let label = key;
    let most = 0;
    for (const [casing, n] of a.casings)
      if (n > most) {
        label = casing;
        most = n;
      }
    return {
      kind: a.kind,
      key,
      label,
      posts: a.posts,
      withCounts: a.withCounts,
      withEr: a.ers.length,
      medianEr: median(a.ers),
      withVelocity: a.velocities.length,
      medianVelocity: median(a.velocities),
      rated: a.ers.length >= need,
    };
  });
  topics.sort(compareTopics);
  return { minSample: need, topics, postsRead: rows.length, untagged, erBasis: basis };
}

function compareTopics(a: TopicStat, b: TopicStat): number {
  if (a.rated !== b.rated) return a.rated ? -1 : 1;
  // Medians compared as they read (a float sum's 15.000000000000002% is 15%), as the code now does:
  // the one change of order since this copy was taken.
  if (a.rated && b.rated && comparableEr(a.medianEr!) !== comparableEr(b.medianEr!))
    return comparableEr(b.medianEr!) - comparableEr(a.medianEr!);
  return b.posts - a.posts || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
