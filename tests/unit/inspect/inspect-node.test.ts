// @vitest-environment node
// The inspect command runs in plain Node, where no DOM globals exist (no Node, no HTMLElement):
// an adapter that leans on one reads nothing there while passing its happy-dom tests. Every
// fixture route must give the same number of posts in plain Node as the browser shows badges.
import { readFileSync } from 'node:fs';
import { readPage } from '@/lib/read/read-page';
import { ROUTES, routeUrl } from '@/tests/harness/routes';
import { parseSavedPage } from '@/tests/tools/inspect';

describe('inspect in plain Node', () => {
  it('has no DOM globals to lean on', () => {
    expect(typeof (globalThis as { Node?: unknown }).Node).toBe('undefined');
  });

  it.each(ROUTES.filter((r) => !r.needsGrant).map((r) => [routeUrl(r), r.file, r.posts] as const))(
    '%s (%s) reads %i posts',
    (url, file, posts) => {
      const { document, window } = parseSavedPage(
        readFileSync(`tests/fixtures/${file}`, 'utf8'),
        new URL(url),
      );
      try {
        const lang = document.documentElement.getAttribute('lang') ?? 'en';
        expect(readPage(document, new URL(url), lang).posts).toHaveLength(posts);
      } finally {
        void window.happyDOM.close();
      }
    },
  );
});
