// `npm run bench`: bundles the TypeScript benchmarks with esbuild (Node 20 cannot run .ts) and runs
// them in fresh processes: bench/compare.ts (evaluate against the bare parse, side by side in one
// process), then bench/scale.ts once per form count under --expose-gc (a fresh heap for each).
//
//   node bench/run.mjs                 compare + 1,000 / 10,000 / 100,000 forms
//   node bench/run.mjs --quick         short rounds + 1,000 forms (what .ci/run does)
//   node bench/run.mjs --sizes=1000,5000
//   node bench/run.mjs --profile       CPU profile of an evaluate loop, summarised
import { spawnSync } from 'node:child_process'
import console from 'node:console'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
// Build output goes where neither git nor the linters look.
const out = `${root}node_modules/.cache/perf-eval-bench`
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const sizesArg = args.find((a) => a.startsWith('--sizes='))
const sizes = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').filter(Boolean).map(Number)
  : quick
    ? [1_000]
    : [1_000, 10_000, 100_000]

mkdirSync(out, { recursive: true })
await build({
  entryPoints: ['compare', 'scale', 'profile'].map((n) => `${root}bench/${n}.ts`),
  outdir: out,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})

function node(nodeArgs, options = {}) {
  const run = spawnSync(process.execPath, nodeArgs, { cwd: root, encoding: 'utf8', ...options })
  if (run.status !== 0) {
    console.error(run.stdout ?? '', run.stderr ?? '')
    process.exit(run.status ?? 1)
  }
  return run.stdout ?? ''
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `machine: ${availableParallelism()} cores, ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${process.platform}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
)

if (args.includes('--profile')) {
  const dir = `${out}/profile`
  rmSync(dir, { recursive: true, force: true })
  node(
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100', `${out}/profile.mjs`, '8'],
    {
      stdio: 'inherit',
    },
  )
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  node([`${root}bench/profile-summary.mjs`, `${dir}/${file}`, '30'], { stdio: 'inherit' })
  process.exit(0)
}

node([`${out}/compare.mjs`, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' })

console.log('\n# evaluate over synthetic forms (bench/synthetic.ts), one fresh process per row')
console.log(
  `${'forms'.padStart(8)} ${'indicators'.padStart(10)} ${'findings'.padStart(9)} ${'µs/form'.padStart(8)} ${'total s'.padStart(8)} ${'loop µs/form'.padStart(13)} ${'heap base MB'.padStart(12)} ${'peak MB'.padStart(8)} ${'kept MB'.padStart(8)} ${'end MB'.padStart(7)} ${'RSS MB'.padStart(7)}`,
)
for (const n of sizes) {
  const stdout = node(['--expose-gc', `${out}/scale.mjs`, String(n)])
  const r = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
  console.log(
    `${r.forms.toLocaleString('en-US').padStart(8)} ${String(r.indicators).padStart(10)} ${String(r.findings).padStart(9)} ${r.usPerForm.toFixed(0).padStart(8)} ${(r.evaluateMs / 1000).toFixed(2).padStart(8)} ${r.wallUsPerForm.toFixed(0).padStart(13)} ${r.baselineMB.toFixed(1).padStart(12)} ${r.peakMB.toFixed(1).padStart(8)} ${r.retainedMaxMB.toFixed(1).padStart(8)} ${r.afterGcMB.toFixed(1).padStart(7)} ${r.rssPeakMB.toFixed(0).padStart(7)}`,
  )
  if (r.invalid > 0) console.log(`  (${r.invalid} synthetic forms were not valid forms)`)
}
