// The Chromium suite's fixture server, reached from Firefox through the guard proxy: the shared
// suite (tests/harness/suites/fixture-server.ts), the same tests Chromium runs.
import { FIREFOX } from '../harness/firefox-session';
import { describeFixtureServer } from '../harness/suites/fixture-server';

describeFixtureServer(FIREFOX);
