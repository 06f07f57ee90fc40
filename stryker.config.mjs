// @ts-check
/**
 * Mutation testing (issue 18, "test strength"): `npm run mutation` mutates all of src/,
 * `npm run mutation -- --mutate 'src/money/**\/*.ts'` one folder. Not part of CI; see
 * docs/reliability.md ("Test strength") for the figures and how re-runs stay cheap.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  mutate: ['src/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: one or two test-runner processes, never one per core.
  concurrency: 2,
  // Results of unchanged mutants (same code, same covering tests) are reused from this file.
  // Static mutants (module-level tables and patterns) are re-evaluated only by re-running every
  // test (75% of src/money's mutants, 99% of its time): skipped, and counted as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10000,
  thresholds: { high: 90, low: 85, break: null },
}

export default config
