// YouTube's player data gives a video's publishDate as a date alone ("2025-03-04") on pages that
// name no time (the form it had for years; some still do). isoDate made it that day's 00:00 UTC,
// the made-up midnight f6d5c94 removed elsewhere: the video sat in the 00:00 slot of "When to
// post" and the post page showed "Mar 4, 2025, 12:00 AM" (the evening before west of UTC).
import { playerFacts } from '@/lib/platforms/youtube/embedded-json';

function page(microformat: Record<string, unknown>): Document {
  const doc = document.implementation.createHTMLDocument('watch');
  const script = doc.createElement('script');
  const data = {
    videoDetails: { videoId: 'abcdefghijk', viewCount: '1234' },
    microformat: { playerMicroformatRenderer: microformat },
  };
  script.textContent = `var ytInitialPlayerResponse = ${JSON.stringify(data)};`;
  doc.body.append(script);
  return doc;
}

describe("YouTube's publishDate", () => {
  it('a date alone stays that date alone', () => {
    expect(playerFacts(page({ publishDate: '2025-03-04' }), 'abcdefghijk')?.publishedAt).toBe('2025-03-04');
  });

  it('so does an uploadDate alone', () => {
    expect(playerFacts(page({ uploadDate: '2025-03-04' }), 'abcdefghijk')?.publishedAt).toBe('2025-03-04');
  });

  it('a day the calendar lacks is no date', () => {
    expect(playerFacts(page({ publishDate: '2025-02-30' }), 'abcdefghijk')?.publishedAt).toBeNull();
  });

  it('a moment stays a moment, in UTC', () => {
    expect(playerFacts(page({ publishDate: '2025-03-05T06:00:00-08:00' }), 'abcdefghijk')?.publishedAt).toBe(
      '2025-03-05T14:00:00.000Z',
    );
  });
});
