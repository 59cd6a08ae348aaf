import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { instagramPlatform } from '@/lib/platforms/instagram';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: instagramPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, instagramPlatform, pageBadges),
});
