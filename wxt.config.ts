import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// One code base for Chrome (MV3) and Firefox (MV3); see README for what each permission is for.
export default defineConfig({
  manifestVersion: 3,
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Crosscount',
    description: 'Highlights casualty figures in news articles and shows, beside each, what other sources counted. Works offline.',
    host_permissions: ['<all_urls>'],
    action: { default_title: 'Crosscount: casualty figures on this page' },
    // Keyboard readers open the page summary without the mouse.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'List the casualty figures on this page' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosscount@crosscount.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
