import { pageBadges } from '@/components/badge/badge-layer';
import { runContentScript } from '@/lib/content';
import { PLATFORM_MATCHES } from '@/lib/platforms/hosts';
import { threadsAdapter } from '@/lib/platforms/threads/adapter';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.threads,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, threadsAdapter, pageBadges),
});
