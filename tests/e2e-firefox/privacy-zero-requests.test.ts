// Everything stays on the user's machine, in Firefox: the shared zero-request suite with its
// positive control (tests/harness/suites/zero-requests.ts), the same tests Chromium runs. Firefox
// sees pages and extension pages through BiDi, the background page through its resource timing,
// every attempt to leave at the guard proxy, and PostLens's own requests (its content scripts')
// by the principal Firefox records on each (tests/harness/firefox-channels.ts).
import { FIREFOX } from '../harness/firefox-session';
import { describeZeroRequests } from '../harness/suites/zero-requests';

describeZeroRequests(FIREFOX);
