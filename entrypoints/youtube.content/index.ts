import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { youtubePlatform } from '@/lib/platforms/youtube';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: youtubePlatform.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, youtubePlatform, pageBadges),
});
