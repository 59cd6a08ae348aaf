import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { blueskyAdapter } from '@/lib/platforms/bluesky/adapter';
import { PLATFORM_MATCHES } from '@/lib/platforms/hosts';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.bluesky,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, blueskyAdapter, pageBadges),
});
