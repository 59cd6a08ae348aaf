import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { redditPlatform } from '@/lib/platforms/reddit';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: redditPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, redditPlatform, pageBadges),
});
