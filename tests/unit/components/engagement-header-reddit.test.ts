// The Posts table's Engagement header said "likes + comments + reposts + saves…" over Reddit rows
// too, whose "likes" are their score (upvotes − downvotes, below 0 for a downvoted post): a table
// of 3 Reddit posts summing −12 + 4 comments read as "likes". The header now names the score when
// the rows shown hold Reddit posts, and is unchanged when none does.

import { COLUMNS } from '@/components/dashboard/columns';
import { setMessageLookup, t } from '@/lib/i18n';
import type { PostRow } from '@/lib/queries';
import { likesWordOfPosts } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';

const rowsOn = (platforms: readonly string[]) =>
  platforms.map((platform, i) => ({ key: `${platform}:${i}`, platform }) as unknown as PostRow);

const engagement = COLUMNS.find((c) => c.id === 'engagement')!;
const headerOf = (platforms: readonly string[]) =>
  engagement.title!(null, likesWordOfPosts(rowsOn(platforms)));

afterEach(async () => setMessageLookup(lookupFrom(await loadMessages('en')), 'en'));

describe('the Posts table’s Engagement header over the rows shown', () => {
  it.each<[string, string[], string, string]>([
    ['no rows', [], 'likes + comments', 'Likes + Kommentare'],
    ['no Reddit row', ['x', 'linkedin', 'bluesky'], 'likes + comments', 'Likes + Kommentare'],
    ['Reddit rows alone', ['reddit', 'reddit', 'reddit'], 'score + comments', 'Punkte + Kommentare'],
    [
      'Reddit among others',
      ['x', 'reddit', 'instagram'],
      'likes (score on Reddit) + comments',
      'Likes (Punkte bei Reddit) + Kommentare',
    ],
  ])('%s: %j → %j (de %j)', async (_name, platforms, en, de) => {
    expect(headerOf(platforms)).toMatch(new RegExp(`^${en.replace(/[()+]/g, '\\$&')}`));
    setMessageLookup(lookupFrom(await loadMessages('de')), 'de');
    expect(headerOf(platforms)).toMatch(new RegExp(`^${de.replace(/[()+]/g, '\\$&')}`));
  });

  it('reads as before when it is not told the rows (a caller that does not count them)', () => {
    expect(engagement.title!(null)).toBe(t('dashboard.columns.engagementTitle'));
  });
});
