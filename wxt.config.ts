import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './lib/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'PostLens',
    description:
      'Engagement rates, velocity and history for the posts you see on X, LinkedIn, Instagram, Facebook, YouTube, TikTok, Reddit, Threads, Bluesky and Mastodon. Everything stays on your machine.',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'tabs'],
    // Mastodon runs on thousands of hosts: the user grants one at run time from the popup.
    optional_host_permissions: ['https://*/*'],
    host_permissions: CONTENT_MATCHES,
    browser_specific_settings: {
      gecko: { id: 'postlens@postlens.app', strict_min_version: '128.0' },
    },
    commands: {
      'toggle-badges': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Show or hide PostLens badges on this tab',
      },
    },
  },
});
