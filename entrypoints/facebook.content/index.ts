import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { facebookPlatform } from '@/lib/platforms/facebook';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: facebookPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookPlatform, pageBadges),
});
