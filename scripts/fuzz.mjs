// `npm run fuzz`: the standing fuzz suite (test/fuzz) at full strength — about 10^6 inputs in
// total instead of CI's few thousand — then the count of inputs each export saw. Each property
// runs FUZZ_RUNS times (divided by its cost); INPUTS_PER_RUN says how many inputs one unit of
// FUZZ_RUNS feeds across the suite (measured: 1,670 inputs at FUZZ_RUNS=25, 59 exports), so
// --total picks FUZZ_RUNS.
//
//   node scripts/fuzz.mjs                  about 1,000,000 inputs
//   node scripts/fuzz.mjs --total=100000   a shorter run
//   FC_SEED=123 node scripts/fuzz.mjs      replay one seed
//
// Writes the per-export counts to node_modules/.cache/perf-eval-fuzz/counts.json as well.
import { spawnSync } from 'node:child_process'
import console from 'node:console'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath, URL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const INPUTS_PER_RUN = 67
const totalArg = process.argv.find((a) => a.startsWith('--total='))
const total = totalArg ? Number(totalArg.slice('--total='.length)) : 1_000_000
const runs = Math.max(1, Math.ceil(total / INPUTS_PER_RUN))

const dir = `${root}node_modules/.cache/perf-eval-fuzz`
mkdirSync(dir, { recursive: true })
const countFile = `${dir}/counts.jsonl`
rmSync(countFile, { force: true })

console.log(`fuzz: FUZZ_RUNS=${runs} (aiming at ${total.toLocaleString('en')} inputs)`)
const t0 = Date.now()
const run = spawnSync('npx', ['vitest', 'run', '--project', 'node', 'test/fuzz'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_COUNT_FILE: countFile },
})
const seconds = Math.round((Date.now() - t0) / 1000)

const counts = new Map()
for (const line of readFileSync(countFile, 'utf8').split('\n')) {
  if (line.trim() === '') continue
  const { name, n } = JSON.parse(line)
  counts.set(name, (counts.get(name) ?? 0) + n)
}
const rows = [...counts].sort((a, b) => b[1] - a[1])
const sum = rows.reduce((s, [, n]) => s + n, 0)
console.log(`\ninputs per export (FUZZ_RUNS=${runs}, ${seconds} s):`)
for (const [name, n] of rows)
  console.log(`  ${name.padEnd(28)} ${n.toLocaleString('en').padStart(10)}`)
console.log(`  ${'total'.padEnd(28)} ${sum.toLocaleString('en').padStart(10)}`)
writeFileSync(
  `${dir}/counts.json`,
  `${JSON.stringify({ runs, seconds, total: sum, counts: Object.fromEntries(rows) }, null, 2)}\n`,
)
process.exit(run.status ?? 1)
