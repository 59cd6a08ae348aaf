// Everything stays on the user's machine, in Firefox: the positive control of the zero-request
// check (tests/harness/suites/zero-requests.ts), the same tests Chromium runs. The check itself ends
// the full session of platforms.test.ts, which reads every saved page. Firefox sees pages and
// extension pages through BiDi, the background page through its resource timing, every attempt to
// leave at the guard proxy, and PostLens's own requests (its content scripts') by the principal
// Firefox records on each (tests/harness/firefox-channels.ts).
import { FIREFOX } from '../harness/firefox-session';
import { describeProbeControl } from '../harness/suites/zero-requests';

describeProbeControl(FIREFOX);
