// How long the content script's sender (sender.ts) waits, apart from the rest so that code
// without the browser's messages (an end-to-end test in Node) can read the same figures.

/** The waits between tries while the background is away (stopped, starting or failing). */
export const BACKOFF_MS = [100, 250, 500, 1000, 2000, 5000, 10_000];

/**
 * How long a batch's answer may take before the batch is sent again (same id: stored once). The
 * background answers after its commit, which can wait behind an import; an answer that never
 * comes (Firefox drops one meant for a page that went into the back/forward cache) would
 * otherwise hold every later batch back for as long as the page lives.
 */
export const ANSWER_TIMEOUT_MS = 60_000;
