// Who may ask the background for what. Only our own content scripts, running in a web page's
// tab, record readings; only our own extension pages (popup, options, dashboard) change data.

/** The parts of runtime.MessageSender the checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface Identity {
  /** browser.runtime.id */
  runtimeId: string;
  /** browser.runtime.getURL(''): our pages' origin with a trailing slash. */
  extensionUrl: string;
}

const fromUs = (s: SenderLike | undefined, me: Identity): s is SenderLike =>
  !!s && typeof me.runtimeId === 'string' && me.runtimeId !== '' && s.id === me.runtimeId;

/** Our content script in a tab showing an https page. */
export function isContentScript(s: SenderLike | undefined, me: Identity): boolean {
  return fromUs(s, me) && !!s.tab && typeof s.url === 'string' && s.url.startsWith('https://');
}

/** One of our own pages (popup, options, dashboard), wherever it is shown. */
export function isExtensionPage(s: SenderLike | undefined, me: Identity): boolean {
  return (
    fromUs(s, me) &&
    typeof s.url === 'string' &&
    me.extensionUrl.length > 3 &&
    s.url.startsWith(me.extensionUrl)
  );
}

export const describeSender = (s: SenderLike | undefined): string =>
  s ? `id=${s.id ?? '?'} url=${s.url ?? '?'} tab=${s.tab ? (s.tab.id ?? '?') : 'none'}` : 'unknown sender';
