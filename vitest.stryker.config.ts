import { defineConfig } from 'vitest/config'

/**
 * The vitest config that Stryker (stryker.config.mjs) runs for every mutant: the node project's
 * tests only. Left out: the browser project (Stryker cannot drive vitest browser mode), tests that
 * read dist/ or spawn the CLI (a mutant lives in the sandbox's src/, not in a built bundle, so they
 * could never kill one and would only cost minutes per mutant), and the repository-wide scans whose
 * subject is files, not behaviour.
 */
// MUTATION_TESTS narrows the run to some test files (comma-separated globs), e.g. a folder's own
// tests: `MUTATION_TESTS='test/score*.test.ts' npm run mutation -- --mutate 'src/score/**/*.ts'`.
// Its score is a lower bound of the whole suite's, at a fraction of the cost (docs/reliability.md ("Test strength")).
const narrowed = process.env.MUTATION_TESTS?.split(',').filter((glob) => glob !== '')

export default defineConfig({
  test: {
    name: 'node',
    environment: 'node',
    include: narrowed?.length ? narrowed : ['test/**/*.test.ts'],
    exclude: [
      'test/cli*.test.ts',
      'test/size.node.test.ts',
      'test/package.node.test.ts',
      'test/xlsx.public-forms.node.test.ts',
      'test/*golden*.test.ts',
      'test/docs.node.test.ts',
      'test/doc-examples.node.test.ts',
      'test/form-doc.node.test.ts',
      'test/form-types.node.test.ts',
      'test/rules-doc.node.test.ts',
      'test/json-schema.node.test.ts',
      'test/layers.node.test.ts',
      'test/no-unbounded-spread.node.test.ts',
      'test/report-browser.test.ts',
      // Stryker runs vitest in worker threads, where assigning process.env.TZ does not switch the
      // zone; this test checks that it does, so it fails there before any mutant is applied.
      'test/rates.progress.node.test.ts',
      'test/reliability.tz.node.test.ts',
    ],
    setupFiles: ['test/setup/fast-check.ts'],
    // Instrumented code runs several times slower, and the machine is shared: a property test that
    // takes 2 s in the suite timed out at vitest's 5 s in Stryker's initial run (src/targets), and
    // formula.parse.test.ts's 1 MB input did too. MUTATION_TEST_TIMEOUT (ms) overrides; Stryker's
    // own timeout still ends a mutant that loops.
    testTimeout: Number(process.env.MUTATION_TEST_TIMEOUT ?? 30_000),
    // A fixed fast-check seed: a mutant must be killed or survive the same way on every run, or
    // incremental mode would reuse a result that depended on luck.
    provide: { fcSeed: Number(process.env.FC_SEED ?? 20211231) },
  },
})
