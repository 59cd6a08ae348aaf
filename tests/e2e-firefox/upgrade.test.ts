// An update from schema versions 5 to 8, in Firefox: the shared suite (tests/harness/suites/upgrade.ts),
// the same test Chromium runs.
import { FIREFOX } from '../harness/firefox-session';
import { describeUpgrade } from '../harness/suites/upgrade';

describeUpgrade(FIREFOX);
