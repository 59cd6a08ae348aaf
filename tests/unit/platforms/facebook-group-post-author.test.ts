// Facebook adapter (lib/platforms/facebook/): a group's post in the main feed is the member's, not
// the group's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { facebookAdapter as adapter } from '@/lib/platforms/facebook';
import type { AdapterContext } from '@/lib/types';

const html = readFileSync(join(process.cwd(), 'tests/fixtures/facebook/group-es.html'), 'utf8');
const NOW = Date.parse('2025-03-11T16:00:00Z');
// The main feed: the address names no group.
const FEED: AdapterContext = { url: new URL('https://www.facebook.com/'), locale: 'es', now: NOW };

const GROUP_HREF =
  'https://www.facebook.com/groups/huertourbano/?__cft__[0]=AZXk3v9QmT1r8Yb0nWc2pLd6sHf4jGa7eKq5uVx_Ni-oRtZy1Ew0Ab&__tn__=-UC%2CP-R';
const MEMBER_HREF =
  'https://www.facebook.com/groups/huertourbano/user/100004455667788/?__cft__[0]=AZXk3v9QmT1r8Yb0nWc2pLd6sHf4jGa7eKq5uVx_Ni-oRtZy1Ew0Ab&__tn__=-UC%2CP-R';

/**
 * group-es.html's first post (Carmen Ruiz's, in the group's own feed) as the main feed shows a
 * group's post: the header h4 names the group with a link to /groups/<group>/, and a group the reader
 * has not joined gets a "Join" button beside it (Artificial-Sweetener/facebook-clean-my-feeds,
 * news-feed detection rules: `h4 a[href*="/groups/"][role="link"]`, `span[dir] [role="button"]`;
 * its "unfollowed button" rule skips an h4 holding a /groups/ link for that reason). The member who
 * wrote it keeps a group-member link, /groups/<group>/user/<id>/ (public scrapers read group posts'
 * authors from `a[href*="/groups/"][href*="/user/"]`), here beside the time link, or none at all.
 */
function groupPostInFeed(opts: { join: boolean; member: boolean; labelled: boolean }): Element {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const post = adapter.findPosts(doc)[0]!;
  const heading = post.querySelector('h4')!;
  const name = heading.querySelector('a[href]')!;
  name.setAttribute('href', GROUP_HREF);
  name.querySelector('strong span')!.textContent = 'Huerto Urbano Madrid';
  if (opts.join) {
    const join = doc.createElement('span');
    join.setAttribute('dir', 'auto');
    join.innerHTML = ' · <div role="button" tabindex="0">Unirte</div>';
    heading.firstElementChild!.append(join);
  }
  // The avatar is the group's too.
  post.querySelector('a[aria-hidden="true"]')!.setAttribute('href', GROUP_HREF);
  if (opts.member) {
    const time = post.querySelector('a[aria-label="4 h"]')!.parentElement!;
    const by = doc.createElement('span');
    by.innerHTML = `<a href="${MEMBER_HREF.replace(/&/g, '&amp;')}" role="link" tabindex="0"><strong><span>Carmen Ruiz</span></strong></a><span aria-hidden="true"> · </span>`;
    time.before(by);
  }
  if (!opts.labelled) post.removeAttribute('aria-labelledby');
  return post;
}

describe('facebook: a group post in the main feed', () => {
  it.each([
    { join: false, member: true, labelled: true, handle: '100004455667788', name: 'Carmen Ruiz' },
    { join: true, member: true, labelled: true, handle: '100004455667788', name: 'Carmen Ruiz' },
    { join: true, member: true, labelled: false, handle: '100004455667788', name: 'Carmen Ruiz' },
    // No member's link to read: no author, never the group.
    { join: false, member: false, labelled: true, handle: null, name: null },
    { join: true, member: false, labelled: false, handle: null, name: null },
  ])('join button $join, member link $member, aria-labelledby $labelled: author $name', (c) => {
    const reading = adapter.readPost(groupPostInFeed(c), FEED);
    expect(reading?.postId).toBe('7890123456789012');
    expect(reading?.author).toEqual({ handle: c.handle, name: c.name });
  });

  it('still takes the member heading in the group feed itself (group-es.html)', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const c = { ...FEED, url: new URL('https://www.facebook.com/groups/huertourbano') };
    const authors = adapter.findPosts(doc).map((el) => adapter.readPost(el, c)?.author);
    expect(authors[0]).toEqual({ handle: '100004455667788', name: 'Carmen Ruiz' });
    expect(authors[2]).toEqual({ handle: 'semillasdelsur', name: 'Semillas del Sur' });
  });
});
