// The batch command on many forms (issue 15): forms per second with --jobs 1 and with --jobs N,
// the speed-up per core, and the peak memory of `validate --summary` as the number of forms
// grows (it should stay flat: entries are summarised as they come and dropped).
//
//   npm run build && node bench/batch.mjs [forms=2000] [memory sizes=2000,8000]
//
// Forms are written to a temporary folder: copies of the seed with their amounts, years and one
// target varied, so that no two are the same file.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'dist', 'cli.js')
const seed = JSON.parse(readFileSync(join(root, 'examples', 'liwan-2021.json'), 'utf8'))
const forms = Number(process.argv[2] ?? 2000)
const memorySizes = (process.argv[3] ?? '2000,8000').split(',').map(Number)
const cores = availableParallelism()

function writeForms(dir, n) {
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < n; i++) {
    const actual = (5000 + (i % 1500)).toFixed(2)
    const funding = seed.funding.map((f) => ({ ...f, actual, printed: undefined }))
    const form = { ...seed, fiscalYear: 2000 + (i % 25), department: `部门${i % 300}`, funding }
    writeFileSync(join(dir, `form-${String(i).padStart(6, '0')}.json`), JSON.stringify(form))
  }
}

/** Runs the command under /usr/bin/time: wall seconds and peak resident memory in MB. */
function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number)
  return { seconds, mb: kb / 1024, status: r.status }
}

const dir = mkdtempSync(join(tmpdir(), 'perf-eval-batch-bench-'))
try {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${cores} cores`,
  )
  const main = join(dir, 'speed')
  writeForms(main, forms)
  const one = timed(['validate', main, '--summary', '--jobs', '1'])
  const all = timed(['validate', main, '--summary', '--jobs', String(cores)])
  const rate = (t) => (forms / t.seconds).toFixed(0)
  console.log(`${forms} forms, validate --summary:`)
  console.log(
    `  --jobs 1: ${one.seconds.toFixed(1)} s, ${rate(one)} forms/s, peak ${one.mb.toFixed(0)} MB`,
  )
  console.log(
    `  --jobs ${cores}: ${all.seconds.toFixed(1)} s, ${rate(all)} forms/s, peak ${all.mb.toFixed(0)} MB`,
  )
  const speedup = one.seconds / all.seconds
  console.log(`  speed-up ${speedup.toFixed(2)}×, ${(speedup / cores).toFixed(2)} per core`)
  for (const n of memorySizes) {
    const d = join(dir, `memory-${n}`)
    writeForms(d, n)
    const t = timed(['validate', d, '--summary', '--jobs', String(cores)])
    console.log(
      `  memory: ${n} forms, --summary --jobs ${cores}: peak ${t.mb.toFixed(0)} MB (${t.seconds.toFixed(1)} s)`,
    )
    rmSync(d, { recursive: true, force: true })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
