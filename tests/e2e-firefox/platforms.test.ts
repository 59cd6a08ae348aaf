// Each saved page of the route table, in Firefox, then the rest of a full session and its
// zero-request check: the shared platform suite (tests/harness/suites/platforms.ts), the same
// tests Chromium runs.
import { FIREFOX } from '../harness/firefox-session';
import { describePlatforms } from '../harness/suites/platforms';

describePlatforms(FIREFOX);
