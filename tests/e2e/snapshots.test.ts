// What a post's counts were at each visit, in Chromium: the shared suite
// (tests/harness/suites/snapshots.ts), the same tests Firefox runs.
import { CHROMIUM } from '../harness/session';
import { describeSnapshots } from '../harness/suites/snapshots';

describeSnapshots(CHROMIUM);
