// An update from schema versions 5 to 8, in Chromium: the shared suite (tests/harness/suites/upgrade.ts),
// the same test Firefox runs.
import { CHROMIUM } from '../harness/session';
import { describeUpgrade } from '../harness/suites/upgrade';

describeUpgrade(CHROMIUM);
