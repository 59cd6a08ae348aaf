// Nothing leaves the machine: every hostname but the platforms' (sent to the local server) fails
// to resolve, and the guard records every attempt, from pages and from the extension. The rules
// first, then the shared suite in Chromium (tests/harness/suites/network-guard.ts).
import { describe, expect, it } from 'vitest';
import { classify, type RequestFacts, startedBy } from '../harness/network-guard';
import { CHROMIUM } from '../harness/session';
import { describeNetworkGuard } from '../harness/suites/network-guard';

const MAPPED = new Set(['x.com', 'www.reddit.com']);

describe('classify', () => {
  it.each<[RequestFacts, string]>([
    [{ url: 'chrome-extension://abc/dashboard.html', source: 'extension' }, 'local'],
    [{ url: 'data:image/png;base64,AAAA', source: 'page' }, 'local'],
    [{ url: 'blob:https://x.com/1234', source: 'page' }, 'local'],
    [{ url: 'https://x.com/NASA/status/1', source: 'page' }, 'local'],
    [{ url: 'https://x.com/NASA/status/1', source: 'page', serverIp: '127.0.0.1' }, 'local'],
    [{ url: 'https://127.0.0.1:9000/', source: 'extension' }, 'local'],
    [{ url: 'https://example.com/', source: 'page' }, 'outside'],
    [{ url: 'https://example.com/', source: 'page', failure: 'net::ERR_NAME_NOT_RESOLVED' }, 'outside'],
    [{ url: 'https://pbs.twimg.com/a.jpg', source: 'page', failure: 'csp' }, 'blocked-by-page'],
    [{ url: 'https://x.com/i/api/graphql', source: 'extension' }, 'outside'],
    [{ url: 'https://x.com/i/api/graphql', source: 'content-script' }, 'outside'],
    [{ url: 'https://127.0.0.1:9000/', source: 'content-script' }, 'local'],
    [{ url: 'https://analytics.example/collect', source: 'unknown' }, 'outside'],
    [{ url: 'https://x.com/', source: 'page', serverIp: '93.184.216.34' }, 'outside'],
    [{ url: 'not a url', source: 'page' }, 'outside'],
  ])('%o is %s', (facts, verdict) => {
    expect(classify(facts, MAPPED).verdict).toBe(verdict);
  });
});

describe('startedBy', () => {
  const ours = 'chrome-extension://abc/';
  const frames = (...urls: string[]) => ({ callFrames: urls.map((url) => ({ url })) });
  it.each([
    [{ type: 'script', stack: frames('chrome-extension://abc/content-scripts/x.js') }, true],
    [
      {
        type: 'script',
        stack: { ...frames(''), parent: frames('chrome-extension://abc/content-scripts/x.js') },
      },
      true,
    ],
    [{ type: 'other', url: 'chrome-extension://abc/content-scripts/x.js' }, true],
    // A test's own page.evaluate: no file at all.
    [{ type: 'script', stack: frames('', '') }, false],
    [{ type: 'parser', url: 'https://x.com/home' }, false],
    // Another extension's code is not PostLens's.
    [{ type: 'script', stack: frames('chrome-extension://other/x.js') }, false],
  ])('%o is PostLens code: %s', (initiator, ours_) => {
    expect(startedBy(initiator, ours)).toBe(ours_);
  });
});

describeNetworkGuard(CHROMIUM);
