import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { blueskyPlatform } from '@/lib/platforms/bluesky';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: blueskyPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, blueskyPlatform, pageBadges),
});
