// @vitest-environment node

// A Reddit post's "likes" are its score (upvotes − downvotes). The campaign's engagement formula
// said "likes" while it summed the score; it names them as the rest of the app does (LikesWord):
// "score" when every post counted is Reddit's, "likes (score on Reddit)" when some are.
import { type Campaign, campaignFigures, figuresById, type PostFacts } from '@/lib/campaigns';
import { setMessageLookup } from '@/lib/i18n';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

const english = lookupFrom(await loadMessages('en'));
afterEach(() => setMessageLookup(english, 'en'));

const campaign = (postKeys: string[]): Campaign => ({
  id: 'a',
  name: 'A',
  postKeys,
  start: '2025-03-01',
  end: '2025-03-31',
  spend: null,
  revenue: null,
  leads: null,
  clicks: null,
  conversions: null,
  csat: null,
  nps: null,
  createdAt: 0,
  updatedAt: 0,
});
const fact = (key: string, read = true): PostFacts => ({
  key,
  latest: null,
  followers: null,
  period: read
    ? {
        gained: { likes: -40, comments: 3, reposts: null, saves: null, views: null },
        basis: 'since-start',
        readings: 2,
      }
    : { gained: null, basis: 'no-reading-in-period', readings: 0 },
});
const formulaOf = (keys: string[], facts: PostFacts[], locale: string, likes?: 'likes' | 'score' | 'mixed') =>
  figuresById(campaignFigures(campaign(keys), new Map(facts.map((f) => [f.key, f])), locale, likes))
    .engagement.formula;

const GAINED =
  ": each post's last snapshot in the period − its last before the start (from 0, i.e. publication, without one)";

describe('the engagement formula names what it sums', () => {
  it.each<[string, string[], PostFacts[], string]>([
    [
      'a Reddit post',
      ['reddit:t3_abc'],
      [fact('reddit:t3_abc')],
      'Σ (score + comments + reposts + saves) gained',
    ],
    [
      'a Reddit post and an X post',
      ['reddit:t3_abc', 'x:1'],
      [fact('reddit:t3_abc'), fact('x:1')],
      'Σ (likes (score on Reddit) + comments + reposts + saves) gained',
    ],
    ['an X post', ['x:1'], [fact('x:1')], 'Σ (likes + comments + reposts + saves) gained'],
    [
      'a Reddit post left out (no reading in the period)',
      ['reddit:t3_abc', 'x:1'],
      [fact('reddit:t3_abc', false), fact('x:1')],
      'Σ (likes + comments + reposts + saves) gained',
    ],
  ])('%s', (_why, keys, facts, start) => {
    expect(formulaOf(keys, facts, 'en-US')).toBe(`${start}${GAINED}`);
  });

  it('as the caller says when it knows the posts’ platforms', () => {
    expect(formulaOf(['x:1'], [fact('x:1')], 'en-US', 'score')).toBe(
      `Σ (score + comments + reposts + saves) gained${GAINED}`,
    );
  });

  it('in German', async () => {
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    expect(formulaOf(['reddit:t3_abc'], [fact('reddit:t3_abc')], 'de')).toMatch(
      /^Σ \(Punkte \+ Kommentare \+ Reposts \+ Speicherungen\) dazugewonnen: /,
    );
  });
});
