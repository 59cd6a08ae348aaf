// A post without text is named in its links by when it was posted. Where the page gave the day
// only ("2025-01-03"), the name gave it a time it never had: "post by @bob from Jan 3, 2025,
// 12:00 AM". A day stays a day, as the posts table and a post's page write it (formatPosted).
import { PostItem } from '@/components/popup/post-item';
import { formatDateTime } from '@/lib/format';
import { setMessageLookup } from '@/lib/i18n';
import { loadRowsForKeys } from '@/lib/queries';
import { loadMessages, lookupFrom } from '../../harness/locale-messages';
import { render } from '../testing-library';
import { clock, reading, record, resetAll } from './helpers';

vi.mock('@/lib/messaging/protocol', async () => (await import('./helpers')).protocolMock);

beforeEach(async () => {
  await resetAll();
  setMessageLookup(lookupFrom(await loadMessages('en')), 'en');
});
afterAll(async () => setMessageLookup(lookupFrom(await loadMessages('en'))));

/** The Open link's and History link's names of a stored textless post of @bob posted at `posted`. */
async function names(posted: string | null): Promise<Array<string | null>> {
  await record([
    reading({ postId: 'b1', author: { handle: 'bob', name: '' }, text: '', likes: 10, publishedAt: posted }),
  ]);
  const [post] = await loadRowsForKeys(['x:b1'], 'auto');
  const { container } = render(<PostItem post={post!} dashboardUrl="chrome-extension://x/dashboard.html" />);
  return [...container.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'));
}

it('names a post posted on a day only by that day, with no time', async () => {
  expect(await names('2025-01-03')).toEqual([
    'Open post by @bob from Jan 3, 2025',
    'History of post by @bob from Jan 3, 2025',
  ]);
});

it('still names a post posted at a moment by its date and time', async () => {
  const [open] = await names('2025-01-03T15:30:00.000Z');
  expect(open).toBe('Open post by @bob from Jan 3, 2025, 3:30 PM');
});

it('names a post with no posting time by when it was first seen, date and time', async () => {
  const [open] = await names(null);
  expect(open).toBe(`Open post by @bob from ${formatDateTime(clock.now, 'en')}`);
});
