import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/entry-rates.ts'],
  format: ['esm', 'cjs'],
  // tsup's dts step sets `baseUrl`, which TypeScript 6 rejects without this (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  tsconfig: 'tsconfig.lib.json',
})
