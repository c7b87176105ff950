import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/**
 * The bench page alone (`vite build -c bench/vite.config.mts`, run from the package), built into
 * bench/dist: the app's dist/ — which the e2e suite builds and serves — is left alone, and a bench
 * run does not wait for the whole app to build. Same plugins and source aliases as ../vite.config.mts.
 */
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@tongban/schemas': here('../../../schemas/src/index.ts'),
      '@tongban/form-core': here('../../form-core/src/index.ts'),
      '@tongban/form-renderer': here('../../form-renderer/src/index.ts'),
    },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { bench: here('./index.html') } },
  },
})
