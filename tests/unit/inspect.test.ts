// @vitest-environment node

import { join } from 'node:path';
import { main } from '@/tests/tools/inspect';

const fixture = (dir: string, name: string) => join(process.cwd(), 'tests/fixtures', dir, name);

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('inspect command', () => {
  it('prints what the adapters read on a saved page, as JSON', async () => {
    const url = 'https://x.com/TestQuoter/status/1983130065320780162';
    const { code, out, err } = await run([fixture('x', 'x-tweet-quote.html'), '--url', url]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report).toMatchObject({ platform: 'x', url, locale: 'en', profile: null });
    expect(report.posts).toHaveLength(1);
    expect(report.posts[0]).toMatchObject({
      postId: '1983130065320780162',
      likes: 25616,
      comments: 2534,
      reposts: 4483,
      saves: 797,
      views: 2596467,
    });
  });

  it('takes the locale from <html lang>, unless --locale says otherwise', async () => {
    const args = [fixture('x', 'x-profile-ja.html'), '--url', 'https://x.com/perceptnet'];
    const ja = JSON.parse((await run(args)).out);
    expect(ja.locale).toBe('ja');
    expect(ja.profile.followers).toBe(12000);
    const en = JSON.parse((await run([...args, '--locale=en-US'])).out);
    expect(en.locale).toBe('en-US');
  });

  it('reads a large saved Reddit page without running or loading anything', async () => {
    const url = 'https://www.reddit.com/r/mildlyinfuriating/comments/1vrqi5a/how_cooked_the_uk_is_right_now/';
    const { code, out } = await run([fixture('reddit', 'shreddit-comments.html'), '--url', url]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.locale).toBe('en-US');
    expect(report.posts.map((p: { postId: string }) => p.postId)).toEqual(['t3_1vrqi5a']);
    expect(report.profile).toMatchObject({ handle: 'r/mildlyinfuriating', followers: 12438157 });
  });

  it.each([
    [['missing-page.html', '--url', 'https://x.com/home'], 1, /cannot read missing-page\.html: no such file/],
    [[fixture('x', 'x-tweet-sample.html'), '--url', 'not a url'], 2, /--url "not a url" is not a valid URL/],
    [[fixture('x', 'x-tweet-sample.html'), '--url', 'file:///etc/passwd'], 2, /is not a web address/],
    [[fixture('x', 'x-tweet-sample.html')], 2, /--url is required/],
    [['--url', 'https://x.com/'], 2, /which saved page/],
    [[fixture('x', 'x-tweet-sample.html'), '--url', 'https://x.com/', '--locale', '!!'], 2, /not a BCP 47/],
    [
      [fixture('x', 'x-tweet-sample.html'), '--url', 'https://x.com/', '--verbose'],
      2,
      /unknown option --verbose/,
    ],
  ])('%j exits %i with a clear message', async (argv, expectedCode, message) => {
    const { code, out, err } = await run(argv);
    expect(code).toBe(expectedCode);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});
