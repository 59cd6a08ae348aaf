import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { threadsPlatform } from '@/lib/platforms/threads';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: threadsPlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, threadsPlatform, pageBadges),
});
