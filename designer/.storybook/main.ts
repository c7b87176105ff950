import type { StorybookConfig } from '@storybook/react-vite'
import { fileURLToPath } from 'node:url'

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: { builder: { viteConfigPath: fileURLToPath(new URL('../vite.config.mts', import.meta.url)) } } },
  core: { disableTelemetry: true },
  // Stories are served from the root, not the app's /designer/ base.
  viteFinal: (cfg) => ({ ...cfg, base: './' }),
}
export default config
