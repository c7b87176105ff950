import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/**
 * @tongban/* packages are consumed from their sources (no build needed). A package that has not
 * landed yet is simply not aliased.
 */
const sources: Record<string, string> = {
  '@tongban/schemas': here('../schemas/src/index.ts'),
  '@tongban/flow-engine': here('../runtime/flow-engine/src/index.ts'),
  '@tongban/form-core': here('../runtime/form-core/src/index.ts'),
  '@tongban/form-renderer': here('../runtime/form-renderer/src/index.ts'),
}
const alias = Object.fromEntries(Object.entries(sources).filter(([, file]) => existsSync(file)))

export default defineConfig({
  base: '/designer/',
  plugins: [react()],
  resolve: { alias },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 4000,
    // @tongban/schemas' precompiled validators (~1.4 MB, generated) in a chunk of their own: cached
    // across releases of the app, and the main chunk stays under the warning limit.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'contract-validators', test: /contract-validators\.generated/ }] } } },
  },
})
