// Everything stays on the user's machine, in Chromium: the positive control of the zero-request
// check (tests/harness/suites/zero-requests.ts), the same tests Firefox runs. The check itself ends
// the full session of platforms.test.ts, which reads every saved page. Chromium sees the service
// worker's and the extension pages' requests through Playwright, and each web page's over DevTools
// with the code that started it, so a content script's request is its own.
import { CHROMIUM } from '../harness/session';
import { describeProbeControl } from '../harness/suites/zero-requests';

describeProbeControl(CHROMIUM);
