import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { facebookAdapter } from '@/lib/platforms/facebook/adapter';
import { PLATFORM_MATCHES } from '@/lib/platforms/hosts';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.facebook,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookAdapter, pageBadges),
});
