import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { linkedinPlatform } from '@/lib/platforms/linkedin';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: linkedinPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, linkedinPlatform, pageBadges),
});
