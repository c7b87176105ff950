import type { StorybookConfig } from '@storybook/react-vite'
import { fileURLToPath } from 'node:url'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(vite) {
    // Workspace packages from their sources, as the Vite apps consume them.
    vite.resolve = vite.resolve ?? {}
    vite.resolve.alias = {
      ...(vite.resolve.alias as Record<string, string> | undefined),
      '@tongban/schemas': here('../../../schemas/src/index.ts'),
      '@tongban/form-core': here('../../form-core/src/index.ts'),
    }
    vite.build = { ...vite.build, chunkSizeWarningLimit: 6000 }
    return vite
  },
}
export default config
