// What a post's counts were at each visit, in Firefox: the shared suite
// (tests/harness/suites/snapshots.ts), the same tests Chromium runs.
import { FIREFOX } from '../harness/firefox-session';
import { describeSnapshots } from '../harness/suites/snapshots';

describeSnapshots(FIREFOX);
