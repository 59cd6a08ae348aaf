import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { tiktokPlatform } from '@/lib/platforms/tiktok';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: tiktokPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, tiktokPlatform, pageBadges),
});
