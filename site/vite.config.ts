// The review page (site/): a static build in site-dist/, relative paths so that it works from any
// folder or from a file server; `npm run site` adds the typedoc reference under site-dist/api/.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../site-dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Figures are measured (gzip) by test/site.node.test.ts, not printed here.
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
