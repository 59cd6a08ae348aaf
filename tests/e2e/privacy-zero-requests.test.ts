// Everything stays on the user's machine, in Chromium: the shared zero-request suite with its
// positive control (tests/harness/suites/zero-requests.ts), the same tests Firefox runs. Chromium
// sees the service worker's and the extension pages' requests through Playwright, and each web
// page's over DevTools with the code that started it, so a content script's request is its own.
import { CHROMIUM } from '../harness/session';
import { describeZeroRequests } from '../harness/suites/zero-requests';

describeZeroRequests(CHROMIUM);
