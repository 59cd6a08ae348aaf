// Which saved page the fixture server gives for which https://host/path, and how many posts a
// reader sees on it. To add a page: put the file under tests/fixtures/<platform>/ (with its source
// in that folder's SOURCES.md), add a row here, and count its posts by hand.
//
// `posts` is how many badges PostLens should show: the posts that show counts of their own (their
// own action bar, score or stats) and an id the page gives (permalink, data attribute, player id).
// Tweets, Reddit submissions (not comments), feed items, videos, grid tiles. A post quoted inside
// another has no counts of its own and is not counted; a post without any id cannot be told apart
// from the next one and is not counted either. Promoted posts are counted: PostLens badges them.
import type { Platform } from '../../lib/types';

export interface FixtureRoute {
  platform: Platform;
  host: string;
  /** Pathname; include `?query` to match the query too. */
  path: string;
  /** Relative to tests/fixtures/. */
  file: string;
  /** Posts on the page, counted by hand (how: in `counted`). */
  posts: number;
  /** How the posts were counted, so the number can be checked again. */
  counted: string;
  /** The page `npm run demo` opens for this platform (one per platform). */
  demo?: boolean;
  /**
   * A Mastodon server outside the default list: PostLens reads it only once the user enables it
   * (a run-time host permission), so until then the page must show no badge at all.
   */
  needsGrant?: boolean;
}

export const ROUTES: readonly FixtureRoute[] = [
  {
    platform: 'x',
    host: 'x.com',
    path: '/TestUser123/status/1981398750557065646',
    file: 'x/x-tweet-sample.html',
    posts: 1,
    counted: 'one article[data-testid="tweet"] with its role="group" action bar',
    demo: true,
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/TestQuoter/status/1983130065320780162',
    file: 'x/x-tweet-quote.html',
    posts: 1,
    counted: 'one article[data-testid="tweet"]; the quoted post inside has no action bar',
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/QuotingUser/status/1983128852952998358',
    file: 'x/x-tweet-quote-video.html',
    posts: 1,
    counted: 'one article[data-testid="tweet"]; the quoted video post inside has no action bar',
  },
  {
    platform: 'reddit',
    host: 'www.reddit.com',
    path: '/r/vintagecomputing/',
    file: 'reddit/shreddit-listing.html',
    posts: 32,
    counted: '28 <shreddit-post> and 4 promoted <shreddit-ad-post>, 32 distinct ids (t3_…)',
    demo: true,
  },
  {
    platform: 'reddit',
    host: 'www.reddit.com',
    path: '/r/mildlyinfuriating/comments/1vrqi5a/how_cooked_the_uk_is_right_now/',
    file: 'reddit/shreddit-comments.html',
    posts: 1,
    counted: 'one <shreddit-post> (t3_1vrqi5a); its 25 <shreddit-comment>s are comments, not posts',
  },
  {
    platform: 'reddit',
    host: 'old.reddit.com',
    path: '/',
    file: 'reddit/old-reddit-front.html',
    posts: 25,
    counted: '25 div.thing[data-type="link"], 25 distinct data-fullname, none promoted',
  },
  {
    platform: 'reddit',
    host: 'old.reddit.com',
    path: '/r/nottheonion/comments/1vr826t/woman_dies_comes_back_to_life_gets_parking_ticket/',
    file: 'reddit/old-reddit-thread.html',
    posts: 1,
    counted: 'one div.thing.link (t3_1vr826t); the 186 div.thing.comment are comments',
  },
  {
    platform: 'tiktok',
    host: 'www.tiktok.com',
    path: '/foryou',
    file: 'tiktok/foryou-en.html',
    posts: 4,
    counted:
      '5 [data-e2e="recommend-list-item-container"]; the 2022-layout one has no video id (4 xgwrapper-<id>)',
    demo: true,
  },
  {
    platform: 'tiktok',
    host: 'www.tiktok.com',
    path: '/@backstube.berlin/video/7351234567890123456',
    file: 'tiktok/video-de.html',
    posts: 1,
    counted: 'one #main-content-video_detail with its action bar',
  },
  {
    platform: 'tiktok',
    host: 'www.tiktok.com',
    path: '/@kyoto.kissa',
    file: 'tiktok/profile-ja.html',
    posts: 4,
    counted: '4 [data-e2e="user-post-item"] tiles, each with a /video/<id> link and a view count',
  },
  {
    platform: 'tiktok',
    host: 'www.tiktok.com',
    // A query keeps it apart from foryou-en.html on the same path (the server matches it first).
    path: '/foryou?lang=en',
    file: 'tiktok/foryou-legacy-en.html',
    posts: 1,
    counted:
      'the open browse overlay (its browse-video-link names the video); the 3 feed items of this older layout carry no video id',
  },
  {
    platform: 'tiktok',
    host: 'www.tiktok.com',
    path: '/@harbour.knits/video/7478330613885698770',
    file: 'tiktok/video-legacy-en.html',
    posts: 1,
    counted: 'one older-layout video page: player xgwrapper-4-<id> with its action bar',
  },
  {
    platform: 'facebook',
    host: 'www.facebook.com',
    path: '/',
    file: 'facebook/feed-en.html',
    posts: 5,
    counted:
      '5 div[aria-posinset] in div[role="feed"] (one sponsored); the role="article" inside is a comment',
    demo: true,
  },
  {
    platform: 'facebook',
    host: 'www.facebook.com',
    path: '/groups/huertourbano',
    file: 'facebook/group-es.html',
    posts: 4,
    counted: '4 div[aria-posinset] in div[role="feed"] (one sponsored)',
  },
  {
    platform: 'facebook',
    host: 'www.facebook.com',
    path: '/baeckerei.sonnenschein',
    file: 'facebook/page-de.html',
    posts: 3,
    counted: '3 div[role="article"] in div[role="feed"]',
  },
  {
    platform: 'threads',
    host: 'www.threads.net',
    path: '/',
    file: 'threads/feed-en.html',
    posts: 5,
    counted: '6 div[data-pressable-container="true"], one of them a quoted post inside another',
    demo: true,
  },
  {
    platform: 'threads',
    host: 'www.threads.net',
    path: '/@kaffeehaus.wien/post/C6aBcDeFgHi',
    file: 'threads/thread-de.html',
    posts: 3,
    counted: '3 div[data-pressable-container="true"]: the post and two replies, each with its action bar',
  },
  {
    platform: 'threads',
    host: 'www.threads.com',
    path: '/@kissa.nikki',
    file: 'threads/profile-ja.html',
    posts: 3,
    counted: '3 div[data-pressable-container="true"] under the profile header',
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/home',
    file: 'x/x-timeline-engaged.html',
    posts: 1,
    counted: 'one article[data-testid="tweet"] (liked, reposted and bookmarked by the reader)',
  },
  {
    platform: 'x',
    host: 'x.com',
    // A second home-timeline capture; the query only tells the two apart on the test server.
    path: '/home?fixture=zeros',
    file: 'x/x-timeline-zeros.html',
    posts: 2,
    counted: 'two article[data-testid="tweet"], each with its action bar',
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/home?fixture=promoted',
    file: 'x/x-timeline-promoted.html',
    posts: 2,
    counted: 'two article[data-testid="tweet"], the second promoted (placementTracking)',
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/TestQuoter/status/1983130065320780162?lang=ja',
    file: 'x/x-tweet-quote-ja.html',
    posts: 2,
    counted: 'two article[data-testid="tweet"] with action bars; the quoted post inside the first has none',
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/perceptnet',
    file: 'x/x-profile-en.html',
    posts: 1,
    counted: 'profile header plus one article[data-testid="tweet"]',
  },
  {
    platform: 'x',
    host: 'x.com',
    path: '/perceptnet?lang=ja',
    file: 'x/x-profile-ja.html',
    posts: 1,
    counted: 'profile header plus one article[data-testid="tweet"]',
  },
  {
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/feed/',
    file: 'linkedin/feed-en.html',
    posts: 5,
    counted: '5 elements with data-urn="urn:li:activity:…", none nested',
    demo: true,
  },
  {
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/feed/?hl=de',
    file: 'linkedin/feed-de.html',
    posts: 4,
    counted:
      '5 data-id="urn:li:activity:…" cards (3 inside same-URN wrappers); the fifth is an unrendered wrapper with no content',
  },
  {
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/company/sakura-robotics/posts/',
    file: 'linkedin/company-ja.html',
    posts: 3,
    counted: '3 data-urn="urn:li:activity:…" posts under the company header',
  },
  {
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/in/camila-souza/recent-activity/all/',
    file: 'linkedin/activity-pt-BR.html',
    posts: 4,
    counted: '4 data-urn="urn:li:activity:…" posts',
  },
  {
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/in/elena-marsh/',
    file: 'linkedin/profile-en.html',
    posts: 0,
    counted:
      'profile header only (top card, Analytics, Activity header "12,345 followers", Experience); no activity URN',
  },
  {
    platform: 'linkedin',
    host: 'www.linkedin.com',
    path: '/in/lena-vogel/?hl=de',
    file: 'linkedin/profile-de.html',
    posts: 0,
    counted: 'top card only ("1.713 Follower", "500+ Kontakte"); no activity URN',
  },
  {
    platform: 'instagram',
    host: 'www.instagram.com',
    path: '/',
    file: 'instagram/feed-en.html',
    posts: 6,
    counted: '6 <article> feed posts, each with a /p/<shortcode> permalink',
    demo: true,
  },
  {
    platform: 'instagram',
    host: 'www.instagram.com',
    // The home feed again, in German; the query only tells it apart from feed-en on the test server.
    path: '/?hl=de',
    file: 'instagram/feed-de.html',
    posts: 4,
    counted: '4 <article> feed posts',
  },
  {
    platform: 'instagram',
    host: 'www.instagram.com',
    path: '/p/C4jaPo5tKyo/',
    file: 'instagram/post-ja.html',
    posts: 1,
    counted: 'one <article>: the post page',
  },
  {
    platform: 'instagram',
    host: 'www.instagram.com',
    path: '/north.clay/',
    file: 'instagram/profile-grid-en.html',
    posts: 6,
    counted: '6 grid tiles, each an <a href="/p/<code>/"> or "/reel/<code>/" with its thumbnail',
  },
  {
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/',
    file: 'youtube/home-en.html',
    posts: 5,
    counted: '6 ytd-rich-item-renderer; one holds an ytd-ad-slot-renderer with no video id',
    demo: true,
  },
  {
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/?fixture=shelves',
    file: 'youtube/home-shelves-en.html',
    posts: 4,
    counted:
      '8 ytd-rich-item-renderer: 2 videos and 2 shown Shorts; a playlist lockup, a video ad in an ytd-ad-slot-renderer and 2 Shorts hidden="" past "Show more" are not read',
  },
  {
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/watch?v=dQw4w9WgXc1',
    file: 'youtube/watch-en.html',
    posts: 1,
    counted: 'the watched video (ytd-watch-metadata)',
  },
  {
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/watch?v=Kx9BrOt2dE5&t=42s',
    file: 'youtube/watch-de.html',
    posts: 1,
    counted: 'the watched video',
  },
  {
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/results?search_query=%E5%96%AB%E8%8C%B6%E5%BA%97',
    file: 'youtube/search-ja.html',
    posts: 5,
    counted: '3 ytd-video-renderer, 1 ytd-reel-item-renderer and 1 ytm-shorts-lockup-view-model',
  },
  {
    platform: 'youtube',
    host: 'www.youtube.com',
    path: '/@canalchico',
    file: 'youtube/channel-pt-BR.html',
    posts: 3,
    counted: '3 ytd-grid-video-renderer under the channel header',
  },
  {
    platform: 'bluesky',
    host: 'bsky.app',
    path: '/',
    file: 'bluesky/home-en.html',
    posts: 5,
    counted: '5 [data-testid^="feedItem-by-"] (one a repost, one quoting another post)',
    demo: true,
  },
  {
    platform: 'bluesky',
    host: 'bsky.app',
    path: '/profile/mareike.bsky.social',
    file: 'bluesky/profile-de.html',
    posts: 4,
    counted: '4 [data-testid^="feedItem-by-"] under the profile header',
  },
  {
    platform: 'bluesky',
    host: 'bsky.app',
    path: '/profile/kenji.bsky.social/post/3ljmcnxijv2eh',
    file: 'bluesky/thread-ja.html',
    posts: 4,
    counted: '4 [data-testid^="postThreadItem-by-"]: the post and three replies',
  },
  {
    platform: 'mastodon',
    host: 'mastodon.social',
    path: '/@alice',
    file: 'mastodon/profile-en.html',
    posts: 4,
    counted:
      '4 rendered .status (pinned, own, a boost, a filtered one); the off-screen placeholder has no status',
    demo: true,
  },
  {
    platform: 'mastodon',
    host: 'mastodon.social',
    path: '/@kenji/114108310514044143',
    file: 'mastodon/thread-ja.html',
    posts: 3,
    counted: 'one .detailed-status and two reply .status',
  },
  {
    platform: 'mastodon',
    host: 'social.example.org',
    path: '/explore/posts',
    file: 'mastodon/explore-de.html',
    posts: 4,
    counted: '4 .status',
    needsGrant: true,
  },
  {
    platform: 'mastodon',
    host: 'mastodon.example.com.br',
    path: '/@joana',
    file: 'mastodon/profile-pt-BR.html',
    posts: 4,
    counted: '4 .status',
    needsGrant: true,
  },
];

export const routeUrl = (r: Pick<FixtureRoute, 'host' | 'path'>) => `https://${r.host}${r.path}`;
