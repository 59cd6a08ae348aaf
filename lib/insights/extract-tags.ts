// The hashtags and mentions in a post's text. Pure: regular expressions only.
//
// What counts as a tag, and why:
// - A hashtag is # (or the full-width ＃) and Unicode letters, marks, digits or underscores with at
//   least one letter (#MarketingTips, #café, #日本, #2024goals). All-digit ones (#1, #2024) are
//   skipped: X and Instagram do not link them, so they are rankings and issue numbers, not topics.
//   The signs some scripts spell words with are part of the tag too (#ポケモン・サン, #col·lecció,
//   #צה״ל): TAG_SIGNS.
// - A mention is @handle (or the full-width ＠, as Japanese and Chinese keyboards type it; X's own
//   extractor, twitter-text, takes it as an at sign too), where a handle may hold inner dots and
//   hyphens (@john.doe on Instagram, @name.bsky.social on Bluesky) and may carry a server
//   (@user@mastodon.social on Mastodon). ".@handle", X's way to make a reply public, mentions it.
// - Neither counts when glued to a word, a slash or another sign before it: that is an e-mail
//   address (a@b.com), a URL fragment (example.com/#anchor) or an HTML entity (&#39;). Links
//   (http…, www.…) are taken out first, so nothing inside one counts either. A hashtag does not
//   count after "?" or "=" either: that is a link written without http or www, its query
//   ("example.com/?q=#x"), which LINK does not find; "Really?#tag", glued so, is lost with it.
// - An emoji is no word: the presentation selectors U+FE0E/U+FE0F that end many ("❤️", "⭐️") are
//   marks, yet a tag right after one counts ("I ❤️#love"), as twitter-text's hashtagBoundary has it.
//   "#️⃣" (# U+FE0F U+20E3) is the keycap emoji, not a tag: twitter-text refuses a hashtag whose
//   body starts with either.
// - A mention may follow a letter of a script written without spaces between words (Chinese,
//   Japanese, Thai…): "ありがとう@NHK_PR" mentions @NHK_PR on X, whose validMentionPrecedingChars
//   refuses only ASCII letters, digits and signs there. A hashtag may not ("日本語#タグ" is no tag
//   on X: its hashtagBoundary refuses any letter). Other scripts' letters are words with spaces
//   around them, so "josé@example.com" stays an address: our handles take any letter and dots,
//   X's take ASCII only, so following X there would make it @example.com.
// - Case is ignored when grouping, by a full case fold (#AI and #ai are one tag, #Straße and
//   #STRASSE too, and #İstanbul, whose İ lower-cases to i and a combining dot, is #istanbul), shown
//   in its most used casing; a tag used twice in one post counts once for that post. Turkish
//   dotless ı stays a letter of its own (#ılık is not #ilik), as Unicode's default fold keeps it.
// - A mention's last ".Word" (a capital, then small letters) followed by a space, after a handle
//   of small letters, is the next sentence ("@bob.See you"), not part of the handle: Instagram,
//   Threads and Bluesky show their handles in small letters, and X's have no dots.

export type TagKind = 'hashtag' | 'mention';

// A link runs to the next space, or to an ideographic or full-width mark (。、「」！…): no URL
// holds one, and Japanese and Chinese posts glue their links to the text after them, which may
// be a tag ("詳細はhttps://example.com/cp。#夏" tags #夏, as X links it). The full-width signs ＃
// and ＠ stay in: one glued to a link is glued to its last word, which no tag may be.
const LINK = /(?:\bhttps?:\/\/|\bwww\.)[^\s\u3000-\u303f\uff00-\uff02\uff04-\uff1f\uff21-\uffef]*/giu;
// The signs inside a word that X's extractor, twitter-text, keeps in a hashtag (its
// hashtagSpecialChars, but for the joiners below): the middle dot U+00B7 (Catalan col·lecció), Hebrew
// maqaf U+05BE, geresh U+05F3 and gershayim U+05F4 (צה״ל), Tibetan tsheg U+0F0B and U+0F0C, Cyrillic
// kavyka U+A67E, and the Japanese ditto U+3003, wave dash U+301C, full-width tilde U+FF5E, sound marks
// U+309B and U+309C, double hyphen U+30A0 and middle dot U+30FB (ポケモン・サン). Cut there, "#ポケモン・サン"
// and "#ポケモン・ソード" were both "#ポケモン", a tag nobody wrote. As in twitter-text, one may stand
// anywhere in the body, the first place too; the body still needs a letter (HAS_LETTER).
const TAG_SIGNS = '\u00b7\u05be\u05f3\u05f4\u0f0b\u0f0c\u3003\u301c\u309b\u309c\u30a0\u30fb\ua67e\uff5e';
const TAG_CHAR = `[\\p{L}\\p{M}\\p{N}_${TAG_SIGNS}]`;
// Not after a word's letter, mark or digit or one of the signs, unless that is an emoji's
// presentation selector (a mark): the "(?!…)" inside the lookbehind. A lookbehind of alternatives,
// (?<=^|…|…), said the same but made the scan of a post several times slower. Not before U+FE0F or
// U+20E3 either (the keycap "#️⃣"). A zero-width non-joiner or joiner between two of its letters is
// part of the word (Persian می‌خواهم, Devanagari conjuncts): without it a tag would be cut at its
// first one.
const HASHTAG = new RegExp(
  `(?<!(?![\\ufe0e\\ufe0f])[\\p{L}\\p{M}\\p{N}_&/?=#＃@＠])[#＃](?![\\ufe0f\\u20e3])(${TAG_CHAR}+(?:[\\u200c\\u200d]+${TAG_CHAR}+)*)`,
  'gu',
);
const HAS_LETTER = /\p{L}/u;
// The same for a mention, which may also follow a keycap's U+20E3 ("1️⃣@bob", as on X) and the
// letters and marks of a script written without spaces (a Thai word may end in a vowel sign, a mark).
const MENTION =
  /(?<!(?![\ufe0e\ufe0f\u20e3\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}])[\p{L}\p{M}\p{N}_+\-@＠/#＃])[@＠]([\p{L}\p{M}\p{N}_]+(?:[.-][\p{L}\p{M}\p{N}_]+)*(?:@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+)?)/gu;

export interface TagUse {
  kind: TagKind;
  /** The grouping key: kind sign + NFC case fold ('#ai', '#strasse', '@user@mastodon.social'). */
  key: string;
  /** As written in the post, with its sign ('#AI'). */
  text: string;
}

const SIGN = /[#＃@＠]/;
/** What every link LINK takes out holds: a text without either has no link to take out. */
const LINK_PART = /:\/\/|www\./i;

/**
 * Calls `found` with the body of each hashtag (with a letter) and then of each mention in `text`,
 * in order, repeats included. exec on the shared patterns, not matchAll: matchAll copies the
 * pattern and walks its matches through the iterator protocol, which took twice exec's time over
 * the bench's 10,000 posts in node. Each loop runs until exec finds nothing, which leaves
 * lastIndex at 0 again; so `found` must not scan a text itself.
 */
export function eachTag(text: string, found: (kind: TagKind, body: string) => void): void {
  // A text without a sign holds no tag: nothing to take links out of or to match.
  if (!SIGN.test(text)) return;
  const clean = LINK_PART.test(text) ? text.replace(LINK, ' ') : text;
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(clean); m !== null; m = HASHTAG.exec(clean))
    if (HAS_LETTER.test(m[1]!)) found('hashtag', m[1]!);
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(clean); m !== null; m = MENTION.exec(clean)) {
    const body = m[1]!;
    // Only a handle with a dot may have swallowed a sentence's start; the test is one anchored match.
    const end = body.includes('.') ? SENTENCE_AFTER.exec(body) : null;
    found('mention', end && SPACE.test(clean[m.index + m[0].length] ?? '') ? end[1]! : body);
  }
}

// A handle of no capitals, then a dot and a capitalised word: "bob.See", "john.doe.I".
const SENTENCE_AFTER = /^([^\p{Lu}\p{Lt}]+)\.\p{Lu}\p{Ll}*$/u;
const SPACE = /^\s$/u;

/**
 * The grouping form of a tag's body: a full case fold, as Unicode's CaseFolding (ß and SS, ς and
 * σ, ﬁ and fi alike): upper case then lower case, which lower case alone does not give ("straße"
 * against "strasse"). ı is kept apart (its upper case I would make it i). ASCII needs only the
 * lower case, so most tags pay nothing more.
 */
function fold(written: string): string {
  const lower = written.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .replace(NOT_DOTLESS, (part) => part.toUpperCase().toLowerCase())
    .replace(/i\u0307/g, 'i')
    .normalize('NFC');
}
const ASCII = /^[\0-\x7f]*$/;
const NOT_DOTLESS = /[^\u0131]+/g;

/** A tag as written: its sign and NFC form, and the grouping key (that case-folded, see fold). */
export function tagUse(kind: TagKind, body: string): TagUse {
  const sign = kind === 'hashtag' ? '#' : '@';
  const written = body.normalize('NFC');
  return { kind, key: sign + fold(written), text: sign + written };
}

/** The distinct hashtags and mentions of one post's text, in order of first use. */
export function extractTags(text: string): TagUse[] {
  const seen = new Set<string>();
  const out: TagUse[] = [];
  eachTag(text, (kind, body) => {
    const use = tagUse(kind, body);
    if (seen.has(use.key)) return;
    seen.add(use.key);
    out.push(use);
  });
  return out;
}
