import { SafeLink } from '@/components/common/safe-link';
import {
  formatCompact,
  formatFine,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatVelocity,
} from '@/lib/format';
import { safePermalink } from '@/lib/platforms';
import type { Platform } from '@/lib/types';
import { render } from '../testing-library';

describe('safePermalink', () => {
  it.each<[Platform, string, string | null]>([
    ['x', 'https://x.com/nasa/status/1', 'https://x.com/nasa/status/1'],
    ['x', 'https://twitter.com/nasa/status/1', 'https://twitter.com/nasa/status/1'],
    ['x', 'https://mobile.x.com/nasa/status/1', 'https://mobile.x.com/nasa/status/1'],
    ['x', 'http://x.com/nasa/status/1', null],
    ['x', 'javascript:alert(1)', null],
    ['x', 'https://x.com.evil.example/status/1', null],
    ['x', 'https://evilx.com/status/1', null],
    ['x', 'https://user:pw@x.com/a/status/1', null],
    ['x', 'https://www.reddit.com/r/a/comments/1/', null],
    ['reddit', 'https://old.reddit.com/r/a/comments/1/', 'https://old.reddit.com/r/a/comments/1/'],
    ['youtube', 'https://youtu.be/abc', 'https://youtu.be/abc'],
    ['threads', 'https://www.threads.com/@a/post/1', 'https://www.threads.com/@a/post/1'],
    ['mastodon', 'https://mastodon.social/@alice/1123', 'https://mastodon.social/@alice/1123'],
    ['mastodon', 'https://any.server/users/alice/statuses/1', 'https://any.server/users/alice/statuses/1'],
    ['mastodon', 'https://any.server/login', null],
    ['mastodon', 'data:text/html,<b>x</b>', null],
    ['bluesky', '', null],
    ['bluesky', 'not a url', null],
  ])('%s %j → %j', (platform, url, expected) => expect(safePermalink(platform, url)).toBe(expected));
});

describe('SafeLink', () => {
  it('links a permalink in a new tab without opener', () => {
    const { container } = render(
      <SafeLink platform="x" url="https://x.com/a/status/1">
        Open
      </SafeLink>,
    );
    const a = container.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://x.com/a/status/1');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.textContent).toBe('Open');
  });
  it('shows anything else as plain text, or nothing when asked', () => {
    const { container } = render(
      <SafeLink platform="x" url="javascript:alert(1)">
        Open
      </SafeLink>,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('javascript:alert(1)');
    const hidden = render(<SafeLink platform="x" url="javascript:alert(1)" hideWhenUnsafe />);
    expect(hidden.container.textContent).toBe('');
  });
});

describe('formatting', () => {
  it.each([
    [formatPercent, 0.0234, '2.34%'],
    [formatPercent, 0.0004, '0.04%'],
    [formatPercent, 0.256, '25.6%'],
    [formatPercent, null, '—'],
    [formatPercent, Number.NaN, '—'],
    [formatNumber, 1234567, '1,234,567'],
    [formatNumber, 0, '0'],
    [formatNumber, null, '—'],
    [formatCompact, 12_300, '12.3K'],
    [formatVelocity, 2.25, '2.3/h'],
    [formatVelocity, 125.4, '125/h'],
    [formatVelocity, -3, '-3/h'],
    [formatMultiple, 3.21, '3.2×'],
    // A figure that is not 0 never reads as 0 (nor -0): two significant digits where the fixed
    // decimals would keep fewer; a zero reads as 0 whatever its sign.
    [formatPercent, 0.00003, '0.003%'], // 30 likes on a million views
    [formatPercent, 0.00004, '0.004%'],
    [formatPercent, 0.000049, '0.0049%'],
    [formatPercent, 0.00045, '0.045%'],
    [formatPercent, 0.001, '0.1%'],
    [formatPercent, -0.00001, '-0.001%'],
    [formatPercent, 0, '0%'],
    [formatPercent, -0, '0%'],
    [formatVelocity, 0.04, '0.04/h'],
    [formatVelocity, -0.04, '-0.04/h'],
    [formatVelocity, 0.01, '0.01/h'],
    [formatVelocity, 0.25, '0.25/h'],
    [formatVelocity, 0.5, '0.5/h'],
    [formatVelocity, 0, '0/h'],
    [formatVelocity, -0, '0/h'],
    [formatMultiple, 0.04, '0.04×'],
    [formatMultiple, 0.01, '0.01×'],
    [formatMultiple, 0, '0×'],
  ] as const)('%o(%s) → %s', (fn, v, out) => expect(fn(v, 'en-US')).toBe(out));

  // A ROAS or a change in percentage points: two decimals, two significant digits below them.
  it.each([
    [2.456, '2.46'],
    [0.004, '0.004'],
    [0.0123, '0.012'],
    [-0.003, '-0.003'],
    [0, '0'],
    [-0, '0'],
    [Number.NaN, '—'],
  ])('formatFine(%s, 2 decimals) → %s', (v, out) => expect(formatFine(v, 'en-US', 2)).toBe(out));
});
