// The dashboard's "Export JSON" in Firefox: the shared export suite
// (tests/harness/suites/export.ts), the same tests Chromium's export-import journey starts with.
import { FIREFOX } from '../harness/firefox-session';
import { describeExport } from '../harness/suites/export';

describeExport(FIREFOX);
