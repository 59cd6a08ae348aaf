import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { PLATFORM_MATCHES } from '@/lib/platforms/hosts';
import { tiktokAdapter } from '@/lib/platforms/tiktok/adapter';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.tiktok,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, tiktokAdapter, pageBadges),
});
