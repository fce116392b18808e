import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip (for store review) holds what builds the extension, not
  // local test output or README images.
  zip: { excludeSources: ['screenshots/**', 'test-results/**', '.tmp/**', 'docs/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Parallax',
    description:
      'Shows, in place, how US outlets, Chinese state media and aggregators reported the same fact.',
    // "scripting" (MV3 only): the background injects the full content script into pages the
    // first stage lets through; Firefox's MV2 build uses tabs.executeScript, which needs no permission.
    permissions: ['storage', 'contextMenus', ...(manifestVersion === 3 ? ['scripting'] : [])],
    // The same sites the content script runs on, so no new install warning. Without it the
    // tabs API hides tab URLs, and the popup ("Pause on this site") and the background
    // (paused icon per site) could not tell which site a tab shows. URLs stay in the browser.
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Move to the next highlighted claim on the page',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Move to the previous highlighted claim on the page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax-extension.org',
              strict_min_version: '140.0',
              // Parallax collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
