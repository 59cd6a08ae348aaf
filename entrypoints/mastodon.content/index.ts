import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { mastodonPlatform } from '@/lib/platforms/mastodon';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: mastodonPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, mastodonPlatform, pageBadges),
});
