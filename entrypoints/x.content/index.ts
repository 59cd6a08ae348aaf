import { runContentScript } from '@/lib/content/run';
import { PLATFORM_MATCHES } from '@/lib/hosts';
import { xAdapter } from '@/lib/platforms/x';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.x,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, xAdapter),
});
