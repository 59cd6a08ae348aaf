import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { xPlatform } from '@/lib/platforms/x';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: xPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, xPlatform, pageBadges),
});
