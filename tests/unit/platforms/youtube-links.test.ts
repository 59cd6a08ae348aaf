// @vitest-environment node

// channelHandle and videoLink read the links YouTube writes without the URL parser (text.ts): they
// must read exactly what the parser reads, shapes near the plain ones included.
import { channelHandle, videoLink } from '@/lib/platforms/youtube/text';

// What the two read through the URL parser alone (text.ts before its plain-link shortcut).
function parsedHandle(href: string): string | null {
  const path = new URL(href, 'https://www.youtube.com').pathname;
  const at = path.match(/^\/@([^/]+)/);
  if (at?.[1]) return decodeURIComponent(at[1]);
  const named = path.match(/^\/(channel|c|user)\/([^/]+)/);
  return named?.[1] && named[2] ? `${named[1]}/${decodeURIComponent(named[2])}` : null;
}
function parsedVideo(href: string): { id: string; short: boolean } | null {
  const u = new URL(href, 'https://www.youtube.com');
  const short = u.pathname.match(/^\/shorts\/([\w-]{11})/)?.[1];
  if (short) return { id: short, short: true };
  const v = u.pathname === '/watch' ? u.searchParams.get('v') : null;
  return v && /^[\w-]{11}$/.test(v) ? { id: v, short: false } : null;
}

const HANDLES = [
  '/@mkbhd',
  '/@warwick.economics-summit_2',
  '/@.',
  '/@..',
  '/@caf%C3%A9',
  '/@mkbhd/videos',
  '/@mkbhd?x=1',
  '/@mkbhd/../x',
  '/channel/UCabc-_123',
  '/channel/..',
  '/c/Name',
  '/user/Name',
  '/channel/UC%20x',
  'https://www.youtube.com/@canalchico',
  '/watch?v=abc',
  ' /@mkbhd',
];
const VIDEOS = [
  '/watch?v=dQw4w9WgXc1',
  '/watch?v=dQw4w9WgXc1&list=PL1&index=2',
  '/watch?v=dQw4w9WgXc1#t=3',
  '/watch?v=dQw4w9WgXc12',
  '/watch?v=dQw4w9WgXc',
  '/watch?list=PL1&v=dQw4w9WgXc1',
  '/watch?v=dQw4w9WgXc1&v=zzzzzzzzzzz',
  '/watch/?v=dQw4w9WgXc1',
  '/Watch?v=dQw4w9WgXc1',
  '/shorts/5czN4818mx1',
  '/shorts/5czN4818mx1?feature=share',
  '/shorts/5czN4818mx12',
  '/shorts/5czN4818mx1/../x',
  '/shorts/5czN4818mx1/',
  'https://www.youtube.com/watch?v=dQw4w9WgXc1',
  '/playlist?list=PL1',
];

describe('youtube: links read without the URL parser', () => {
  it.each(HANDLES)('channelHandle(%j) is what the parser reads', (href) => {
    expect(channelHandle(href)).toEqual(parsedHandle(href));
  });
  it.each(VIDEOS)('videoLink(%j) is what the parser reads', (href) => {
    expect(videoLink(href)).toEqual(parsedVideo(href));
  });
});
