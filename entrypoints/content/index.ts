import { CONTENT_MATCHES } from '@/lib/hosts';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  main() {},
});
