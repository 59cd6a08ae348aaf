// The two things Puppeteer's public API does not do for Firefox extension pages, done over its
// own WebDriver BiDi connection: navigating a tab to moz-extension:// (Firefox sends no load
// events for extension documents, so `page.goto` waits until it times out although the page
// loaded), and seeing which tab asked for which URL.
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object, timeout?: number): Promise<{ result: unknown }>;
  on(event: string, handler: (params: unknown) => void): unknown;
  off(event: string, handler: (params: unknown) => void): unknown;
}

const PUPPETEER_CHANGED =
  'puppeteer-core no longer exposes what tests/harness/firefox-bidi.ts uses; check its Firefox (WebDriver BiDi) internals';

/** Puppeteer's BiDi connection (`BidiBrowser.connection`, public in its JS, internal in its types). */
export function bidiConnection(browser: Browser): BidiConnection {
  const conn = (browser as unknown as { connection?: Partial<BidiConnection> }).connection;
  if (typeof conn?.send !== 'function' || typeof conn.on !== 'function' || typeof conn.off !== 'function') {
    throw new Error(`${PUPPETEER_CHANGED} (browser.connection).`);
  }
  return conn as BidiConnection;
}

/** The BiDi browsing-context id of a page's top frame. */
export function contextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error(`${PUPPETEER_CHANGED} (Frame._id).`);
  return id;
}

/** Navigates `page` to `url` and waits until its document has loaded (bounded). */
export async function navigateAndWait(browser: Browser, page: Page, url: string, timeoutMs = 30_000) {
  await bidiConnection(browser).send(
    'browsingContext.navigate',
    { context: contextId(page), url, wait: 'complete' },
    timeoutMs,
  );
}

export interface BidiRequest {
  /** BiDi's request id (one per request, kept across redirects). */
  id: string;
  url: string;
  context: string | null;
  /** URL of the document in that context when the request was sent ('' when unknown). */
  contextUrl: string;
  /** The request loads a document into the context (the test's own navigation). */
  navigation: boolean;
}

/** Calls `onRequest` for every request BiDi reports (pages and extension pages; not the background
 * page, which is no browsing context), and `onFailure` with Firefox's error text for those that
 * fail. Returns the function that stops listening. */
export function watchRequests(
  browser: Browser,
  onRequest: (r: BidiRequest) => void,
  onFailure: (id: string, errorText: string) => void,
): () => void {
  const conn = bidiConnection(browser);
  const urls = new Map<string, string>();
  const onCommitted = (p: unknown) => {
    const { context, url } = p as { context?: string; url?: string };
    if (context && url) urls.set(context, url);
  };
  const onRequestSent = (p: unknown) => {
    const { context, navigation, request } = p as {
      context?: string | null;
      navigation?: string | null;
      request?: { request?: string; url?: string };
    };
    if (!request?.url) return;
    const ctx = context ?? null;
    onRequest({
      id: request.request ?? '',
      url: request.url,
      context: ctx,
      contextUrl: (ctx && urls.get(ctx)) ?? '',
      navigation: Boolean(navigation),
    });
  };
  const committedEvents = [
    'browsingContext.navigationCommitted',
    'browsingContext.fragmentNavigated',
    'browsingContext.historyUpdated',
  ];
  const onFetchError = (p: unknown) => {
    const { request, errorText } = p as { request?: { request?: string }; errorText?: string };
    if (request?.request) onFailure(request.request, errorText || 'failed');
  };
  for (const e of committedEvents) conn.on(e, onCommitted);
  conn.on('network.beforeRequestSent', onRequestSent);
  conn.on('network.fetchError', onFetchError);
  return () => {
    for (const e of committedEvents) conn.off(e, onCommitted);
    conn.off('network.beforeRequestSent', onRequestSent);
    conn.off('network.fetchError', onFetchError);
  };
}
