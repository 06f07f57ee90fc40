// Runs the whole vitest suite (Node, and Chromium when present) and ends with the line CI reads:
// "N passed, N failed". Extra arguments go to vitest. Exits with vitest's status.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const report = '.vitest-report.json'
rmSync(report, { force: true })
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]
const run = spawnSync('npx', args, { stdio: 'inherit' })
let passed = 0
let failed = 0
let skipped = 0
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  passed = r.numPassedTests
  failed = r.numFailedTests
  skipped = r.numPendingTests + r.numTodoTests
  // A suite that failed to load has no failed tests but must still count as a failure.
  if (failed === 0 && r.numFailedTestSuites > 0) failed = r.numFailedTestSuites
} else if (run.status !== 0) {
  failed = 1
}
const status = run.status ?? 1
if (status !== 0 && failed === 0) failed = 1
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`)
process.exit(status)
