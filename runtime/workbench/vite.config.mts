import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** @tongban/* packages are consumed from their sources: no build of theirs is needed. */
const alias = {
  '@tongban/schemas': here('../../schemas/src/index.ts'),
  '@tongban/form-core': here('../form-core/src/index.ts'),
  '@tongban/form-renderer': here('../form-renderer/src/index.ts'),
}

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { alias },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 4000,
  },
})
