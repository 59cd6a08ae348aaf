// @vitest-environment node

// Tags that differ only by a full case fold are one tag (#Straße, #STRASSE, #strasse), shown as a
// user wrote it; and a mention right before a new sentence ("@bob.See you") is the handle alone,
// while every platform's real handle forms stay whole.
import { buildTopicReport, extractTags } from '@/lib/insights';

const keys = (text: string) => extractTags(text).map((u) => u.key);
const texts = (text: string) => extractTags(text).map((u) => u.text);

describe('hashtags that differ only by case folding are one tag', () => {
  it.each([
    ['#Straße #STRASSE', ['#Straße']],
    ['#STRASSE #strasse #Strasse', ['#STRASSE']],
    ['#straße #STRAßE', ['#straße']],
    // Greek final sigma folds to σ: ΟΔΟΣ, οδος and οδοσ are one word.
    ['#ΟΔΟΣ #οδος #οδοσ', ['#ΟΔΟΣ']],
    // The ligature ﬁ folds to "fi".
    ['#ﬁsh #FISH', ['#ﬁsh']],
    ['#İstanbul #ISTANBUL #istanbul', ['#İstanbul']],
  ])('%s → one tag', (text, shown) => {
    expect(texts(text)).toEqual(shown);
    expect(new Set(keys(text)).size).toBe(1);
  });

  it.each([
    // Dotless ı is a letter of its own in Turkish: ılık (lukewarm) is not ilik (marrow).
    ['#ılık #ilik', 2],
    ['#straße #strase', 2],
    ['#AI #ai #Ai', 1],
  ])('%s → %i tags', (text, n) => {
    expect(keys(text)).toHaveLength(n);
  });

  it('ranks #Straße and #STRASSE as one tag, labelled by its most used spelling', () => {
    const report = buildTopicReport(
      [
        { text: 'Sperrung #Straße', erViews: 0.1, velocity: null },
        { text: 'Baustelle #STRASSE', erViews: 0.2, velocity: null },
        { text: 'Umleitung #STRASSE', erViews: 0.3, velocity: null },
        { text: 'heute #strasse', erViews: 0.4, velocity: null },
      ],
      4,
    );
    expect(report.topics.map((tp) => [tp.label, tp.posts, tp.rated, tp.medianEr])).toEqual([
      ['#STRASSE', 4, true, 0.25],
    ]);
  });
});

describe('a mention before a new sentence', () => {
  it.each([
    // The sentence's next word after the dot, not part of the handle.
    ['@bob.See you tomorrow', ['@bob']],
    ['Thanks @bob.I will call', ['@bob']],
    ['met @john.doe.See you', ['@john.doe']],
    ['Mastodon @bob@mastodon.social.See you', ['@bob@mastodon.social']],
    // Instagram and Threads: dots inside a handle.
    ['Instagram @john.doe and @jane_doe', ['@john.doe', '@jane_doe']],
    ['Threads @the.real.deal says hi', ['@the.real.deal']],
    // Bluesky: a handle is a domain.
    ['Bluesky @bob.bsky.social and @alice.example.com', ['@bob.bsky.social', '@alice.example.com']],
    // Mastodon: user@server.
    ['Mastodon @user@mastodon.social hello', ['@user@mastodon.social']],
    // X: no dots at all.
    ['X @NASA rocks', ['@NASA']],
    // A handle with capitals before its dot is written as a handle, not a sentence's end.
    ['@Alice.Smith is here', ['@Alice.Smith']],
    // No space after it, or a lower-case word: no sentence begins.
    ['@bob.See', ['@bob.See']],
    ['@bob.see you', ['@bob.see']],
    ['@bob.See,', ['@bob.See']],
    // A sentence that ends at the handle's end keeps its handle.
    ['ask @bob. See you', ['@bob']],
  ])('%s → %j', (text, shown) => {
    expect(texts(text)).toEqual(shown);
  });
});
