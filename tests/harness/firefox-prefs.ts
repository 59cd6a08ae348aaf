// The preferences of the test Firefox's fresh profile. Every connection goes to the guard proxy
// (which tunnels the platform hosts to the fixture server and refuses the rest), never direct;
// Firefox's own background services are switched off so the only traffic is the test's.
// Firefox's remote agent applies more of these at start (RecommendedPreferences); the ones that
// keep the machine offline are repeated here so they hold whatever the Firefox version.

export const EXTENSION_GECKO_ID = 'postlens@postlens.app';

export interface FirefoxPrefsOptions {
  proxyPort: number;
  /** Hosts the proxy sends to the fixture server: also resolved to loopback if ever looked up. */
  hosts: readonly string[];
  /** moz-extension://<uuid>/ is fixed so tests know the extension's address before it installs. */
  extensionUuid: string;
  downloadDir: string;
}

/** Environment for Firefox: with it, release builds honour the remote-settings server pref and refuse
 * socket connections to non-local addresses outright (the proxy is on 127.0.0.1). */
export const FIREFOX_ENV = { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', MOZ_CRASHREPORTER_DISABLE: '1' };

export function firefoxPrefs(o: FirefoxPrefsOptions): Record<string, string | number | boolean> {
  return {
    // Every http/https/ws request goes through the guard proxy; none goes direct, not even when the
    // proxy refuses it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': o.proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': o.proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.failover_direct': false,
    'network.proxy.socks_remote_dns': true,
    // No name is looked up for the pages: the proxy gets host names. Prefetches and DNS over HTTPS off.
    'network.dns.localDomains': o.hosts.join(','),
    'network.dns.disablePrefetch': true,
    'network.dns.disablePrefetchFromHTTPS': true,
    'network.trr.mode': 5,
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.http.http3.enable': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // Remote settings, telemetry, updates, push, region, safe browsing, studies: all off.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'dom.push.connection.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.topsites.contile.enabled': false,
    'browser.ping-centre.telemetry': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    // permissions.request() is granted as if the user clicked Allow on Firefox's prompt.
    'extensions.webextOptionalPermissionPrompts': false,
    // The extension's address, fixed before it is installed.
    'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_GECKO_ID]: o.extensionUuid }),
    // A page's <a download> saves straight into downloadDir, without asking.
    'browser.download.dir': o.downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv',
  };
}
