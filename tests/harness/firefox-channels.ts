// Which HTTP requests PostLens's own code made in Firefox, content scripts included. A content
// script's request belongs to the page's tab, carries the page's origin and is no WebDriver BiDi
// event at all, so neither BiDi nor the proxy can say it was PostLens's. Firefox itself can: every
// request's load info names the principal that triggered it, and a content script's is an expanded
// principal holding the extension's moz-extension:// origin (the background and the extension
// pages have the extension's own). An observer of `http-on-modify-request` in the parent process,
// where every process's HTTP requests are made, records those, through the DevTools server (as
// firefox-console.ts does).
import { ParentProcessConsole } from './firefox-devtools';

export interface ChannelRecord {
  url: string;
  /** content-script: an expanded principal with the extension in it; extension: the extension's own. */
  by: 'content-script' | 'extension';
  /** The principal that triggered it, as Firefox writes its origin. */
  principal: string;
}

const STORE = '__postlensTestChannels';

/** Runs in the browser window (parent process). Never throws into Firefox. */
const parentScript = (extensionOrigin: string) => `(() => {
  const store = (globalThis[${JSON.stringify(STORE)}] = []);
  const ours = ${JSON.stringify(extensionOrigin)};
  Services.obs.addObserver({
    observe(subject) {
      try {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const p = channel.loadInfo && channel.loadInfo.triggeringPrincipal;
        if (!p || p.isSystemPrincipal) return;
        const principal = String(p.origin);
        if (principal !== ours && !(p.isExpandedPrincipal && principal.includes(ours))) return;
        store.push({ url: channel.URI.spec, by: p.isExpandedPrincipal ? 'content-script' : 'extension', principal });
      } catch (e) {
        store.push({ url: '', by: 'extension', principal: 'observer failed: ' + e });
      }
    },
  }, 'http-on-modify-request');
  return 'ok';
})()`;

export interface ChannelWatcher {
  /** The records since the last call, oldest first. */
  take(): Promise<ChannelRecord[]>;
  close(): void;
}

/** Starts recording the requests whose triggering principal is `extensionBase`'s (moz-extension://<uuid>/). */
export async function watchExtensionChannels(
  devtoolsSocket: string,
  extensionBase: string,
  timeoutMs = 15_000,
): Promise<ChannelWatcher> {
  const script = parentScript(extensionBase.replace(/\/$/, ''));
  const parent = await ParentProcessConsole.start(devtoolsSocket, script, 'the channel observer', timeoutMs);
  return {
    take: async () =>
      JSON.parse(
        await parent.evaluate(`JSON.stringify(globalThis.${STORE}.splice(0))`, timeoutMs),
      ) as ChannelRecord[],
    close: () => parent.close(),
  };
}
