import { runContentScript } from '@/lib/content/run';
import { PLATFORM_MATCHES } from '@/lib/hosts';
import { linkedinAdapter } from '@/lib/platforms/linkedin';

// One content script per platform, so a page loads only its own adapter.
export default defineContentScript({
  matches: PLATFORM_MATCHES.linkedin,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, linkedinAdapter),
});
