import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/platforms';

/**
 * The extension's pages (popup, dashboard, options) may open no connection but to the extension
 * itself: PostLens sends nothing anywhere, and the report renderer (modern-screenshot) fetches what
 * an element names. A page's own Content-Security-Policy makes the browser refuse anything else.
 * Builds only: `wxt dev` reloads pages over a WebSocket of its own.
 */
export const PAGE_CSP = "connect-src 'self' data: blob:";
const pagesConnectNowhere = (): Plugin => ({
  name: 'postlens-pages-connect-nowhere',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />`),
});

/** WXT's own `wxt/browser` module, which the polyfill module aliases away (see the hook below). */
const NATIVE_BROWSER = createRequire(resolve(__dirname, 'package.json')).resolve('wxt/browser');

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Messages in every language the extension speaks (assets/locales/<lang>.yml → _locales).
  i18n: { localesDir: resolve(__dirname, 'assets/locales') },
  vite: () => ({
    plugins: [preact(), pagesConnectNowhere()],
  }),
  hooks: {
    // Content scripts are minified by terser, twice over: a page loads one on every feed it shows,
    // and terser writes them about 1% smaller gzipped than esbuild (youtube.js: 258 bytes, room
    // under the 25 KB budget). Only they: the pages are large, and terser would take them 15 s
    // more per build for bytes a page reads from disk once. Not the tests' probe build (mode
    // "probe", tests/harness/probe-build): its size is nobody's, and terser costs 10 s a build.
    //
    // Content scripts also take `wxt/browser` as WXT itself defines it (the browser's own
    // promise-based `browser`, else `chrome`), not webextension-polyfill, which the pages and the
    // background keep: a content script calls only storage.local's get, set and onChanged (whose
    // promises Chrome's MV3 and Firefox give natively) and sends its messages through
    // @webext-core/messaging, which calls `chrome.runtime` itself. The polyfill was 2.6 KB of each
    // script's gzipped 25 (the bundle report's largest module). The probe build does the same,
    // so the end-to-end tests run the content scripts as users get them.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': NATIVE_BROWSER } };
      }
      if (config.mode === 'probe') return;
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: { compress: { passes: 2 }, ecma: 2020 },
      };
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: 'PostLens',
    default_locale: 'en',
    // The locale files name every platform; tests/unit/i18n keeps them in step with lib/platforms.
    description: '__MSG_manifest_description__',
    // activeTab, not tabs: the popup reads the URL of the tab it was opened on, and nothing else.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    // Mastodon runs on thousands of hosts: the user grants one at run time from the popup.
    // Manifest V2 (the Firefox build) has no optional_host_permissions, and WXT drops the key
    // there: the same grant is an optional permission.
    // Watchlist alerts: asked for only when the user turns them on in options.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'notifications'] }
      : { optional_permissions: ['notifications'], optional_host_permissions: ['https://*/*'] }),
    host_permissions: CONTENT_MATCHES,
    browser_specific_settings: {
      gecko: {
        id: 'postlens@postlens.app',
        strict_min_version: '128.0',
        // Nothing leaves the user's machine: addons.mozilla.org requires saying so for new add-ons.
        data_collection_permissions: { required: ['none'] },
      },
    },
    commands: {
      'toggle-badges': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_manifest_toggleBadges__',
      },
    },
  }),
});
