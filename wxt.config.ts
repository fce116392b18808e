import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Parallax',
    description:
      'Shows, in place, how US outlets, Chinese state media and aggregators reported the same fact.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax-extension.org',
              strict_min_version: '128.0',
              // Parallax collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
