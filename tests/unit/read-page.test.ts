// @vitest-environment node

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '@/lib/read/read-page';
import type { PlatformAdapter } from '@/lib/types';
import { savedPageParser } from './fixtures/saved-pages';

const html = (dir: string, name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures', dir, name), 'utf8');
const parse = savedPageParser();

describe('readPage', () => {
  it('picks the adapter by the address and reads posts and profile', () => {
    const url = 'https://x.com/perceptnet';
    const reading = readPage(parse(html('x', 'x-profile-en.html'), url), new URL(url), 'en');
    expect(reading.platform).toBe('x');
    expect(reading.posts.map((p) => [p.postId, p.likes, p.views])).toEqual([
      ['1981398750557065646', 553, 30142],
    ]);
    expect(reading.profile).toEqual({
      platform: 'x',
      handle: 'perceptnet',
      name: 'rob cheung',
      followers: 338,
    });
  });

  it('keeps one reading per post id, the first', () => {
    const url = 'https://x.com/home';
    const once = html('x', 'x-tweet-sample.html');
    // The same post twice on a page (a timeline that shows it again after a refresh).
    const reading = readPage(parse(once + once, url), new URL(url), 'en');
    expect(reading.posts.map((p) => p.postId)).toEqual(['1981398750557065646']);
  });

  it('reads nothing on a page PostLens does not handle, and nothing on an empty page', () => {
    const url = 'https://example.org/';
    expect(readPage(parse(html('x', 'x-tweet-sample.html'), url), new URL(url), 'en')).toEqual({
      platform: null,
      posts: [],
      profile: null,
    });
    const x = 'https://x.com/home';
    expect(readPage(parse('', x), new URL(x), 'en')).toEqual({ platform: 'x', posts: [], profile: null });
  });

  it('never throws, even when an adapter does', async () => {
    const index = await import('@/lib/platforms/adapters');
    const broken: PlatformAdapter = {
      id: 'x',
      name: 'Broken',
      matches: () => true,
      findPosts: () => [parse('<p>1</p><p>2</p>', 'https://x.com/').body],
      readPost: () => {
        throw new Error('post');
      },
      readProfile: () => {
        throw new Error('profile');
      },
    };
    const spy = vi.spyOn(index, 'adapterFor').mockReturnValue(broken);
    try {
      const url = 'https://x.com/home';
      expect(readPage(parse('', url), new URL(url), 'en')).toEqual({
        platform: 'x',
        posts: [],
        profile: null,
      });
      broken.findPosts = () => {
        throw new Error('find');
      };
      expect(readPage(parse('', url), new URL(url), 'en')).toEqual({
        platform: 'x',
        posts: [],
        profile: null,
      });
      spy.mockImplementation(() => {
        throw new Error('adapterFor');
      });
      expect(readPage(parse('', url), new URL(url), 'en')).toEqual({
        platform: null,
        posts: [],
        profile: null,
      });
    } finally {
      spy.mockRestore();
    }
  });
});
