import { runContentScript } from '@/lib/content/run';
import { PLATFORM_MATCHES } from '@/lib/hosts';
import { blueskyAdapter } from '@/lib/platforms/bluesky';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.bluesky,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, blueskyAdapter),
});
