// Runs the Node test suite against the LOWEST versions package.json's dependency ranges allow
// (the floor of each caret range: `^4.0.5` → 4.0.5), so a floor that no longer works fails CI
// instead of a user's install. `.ci/run` runs it after README's test command.
//
// How: a copy of the repository in a temporary folder whose node_modules links every installed
// package of this repository except the runtime dependencies, which are installed there at their
// floors. The copy is built (the CLI tests run dist/cli.js) and tested with the Node project.
// Left out: the tarball test (it checks packaging, not behaviour), the bundle-size budgets and the
// golden output of evaluate (they measure the versions package-lock.json pins) and the check that the committed JSON Schema is
// current (older zod words the same schema differently).
//
//   node scripts/test-lowest.mjs                       the floors of package.json
//   node scripts/test-lowest.mjs zod@4.0.0 date-fns@4.0.0   other versions (used to find the floors)
//
// Ends with "N passed, N failed" like scripts/test.mjs; exits non-zero when anything failed.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

/** `^4.0.5` → `4.0.5`: the lowest version a caret (or exact) range admits. */
function floor(range) {
  const m = /^\^?(\d+\.\d+\.\d+)$/.exec(range)
  if (m === null) throw new Error(`cannot take the floor of range "${range}"`)
  return m[1]
}

const wanted = Object.fromEntries(
  Object.entries(pkg.dependencies).map(([name, range]) => [name, floor(range)]),
)
for (const arg of process.argv.slice(2)) {
  const at = arg.lastIndexOf('@')
  wanted[arg.slice(0, at)] = arg.slice(at + 1)
}

const work = mkdtempSync(join(tmpdir(), 'perf-eval-lowest-'))
const copy = join(work, 'repo')
const deps = join(work, 'deps')
let status
try {
  // The runtime dependencies at their floors, in a folder of their own.
  mkdirSync(deps)
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--prefix',
      deps,
      ...Object.entries(wanted).map(([name, version]) => `${name}@${version}`),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )

  // Everything but what is installed, built or written by a run.
  const skip = new Set([
    'node_modules',
    'dist',
    '.git',
    'test-output',
    'coverage',
    '.tmp',
    'docs/api',
  ])
  cpSync(root, copy, {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(root.length)
      return !skip.has(rel.split('/')[0] ?? '') && !skip.has(rel)
    },
  })
  const modules = join(copy, 'node_modules')
  mkdirSync(modules)
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry in wanted) continue
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry))
  }
  for (const name of Object.keys(wanted)) {
    symlinkSync(join(deps, 'node_modules', name), join(modules, name))
  }
  const installed = Object.keys(wanted).map((name) => {
    const file = join(modules, name, 'package.json')
    return `${name}@${existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : '?'}`
  })
  console.log(`lowest supported dependencies: ${installed.join(', ')}`)

  execFileSync('npx', ['tsup', '--silent'], { cwd: copy, stdio: 'inherit' })
  const report = join(work, 'report.json')
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'node',
      '--exclude',
      'test/package.node.test.ts',
      '--exclude',
      'test/size.node.test.ts',
      // The golden output pins what the locked versions give, as the size budgets do.
      '--exclude',
      'test/evaluate.golden.node.test.ts',
      // The review page is a consumer built with Vite; the floors are the library's concern.
      '--exclude',
      'test/site.node.test.ts',
      // The committed JSON Schema is generated with the locked zod; older zod writes the same
      // schema in other words ({ anyOf: [string, number] } for { type: [string, number] }).
      '--testNamePattern',
      '^(?!.*is the current schema \\(npm run build)',
      // Correctness, not speed, is what this run checks: the property tests' 5 s limits are for
      // the main run; a loaded CI machine must not fail the floors by a timeout.
      '--testTimeout=60000',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: copy, stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } },
  )
  status = run.status ?? 1
  let passed = 0
  let failed = status === 0 ? 0 : 1
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'))
    passed = r.numPassedTests
    failed = Math.max(r.numFailedTests, r.numFailedTestSuites > 0 ? 1 : 0, failed)
  }
  console.log(`${passed} passed, ${failed} failed (lowest dependencies: ${installed.join(', ')})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
process.exit(status)
