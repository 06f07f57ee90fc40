import { defineConfig, type Options } from 'tsup'

const library: Options = {
  entry: ['src/index.ts', 'src/entry-rates.ts', 'src/entry-xlsx.ts'],
  // SheetJS is an optional peer: imported at run time by readWorkbook, never bundled.
  external: ['@e965/xlsx'],
  format: ['esm', 'cjs'],
  // tsup's dts step sets `baseUrl`, which TypeScript 6 rejects without this (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // No source maps: dist/ is unminified, readable ESM/CJS, and the maps (with their embedded
  // sources) were two thirds of the tarball (docs/bundle-size.md, "The tarball").
  sourcemap: false,
  // Not `clean: true`: tsup builds both configs at once, and cleaning dist/ here could delete the
  // CLI file the other config has just written. `npm run build` empties dist/ first.
  clean: false,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  tsconfig: 'tsconfig.lib.json',
}

// The `perf-eval` command (package bin): one ESM file for Node with its shebang; the library is
// bundled into it, its dependencies stay imports. tsup makes a file with a shebang executable.
const cli: Options = {
  // The worker of --jobs is its own file, sharing the command's code through a chunk.
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  dts: false,
  sourcemap: false,
  clean: false,
  outDir: 'dist',
  tsconfig: 'tsconfig.json',
}

export default defineConfig([library, cli])
