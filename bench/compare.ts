/**
 * Side by side, in one process, on the Liwan 2021 form: zod's own `SelfEvaluationSchema.safeParse`
 * (the floor: nothing that parses the form can beat it), `parseSelfEvaluation`, `validate` and
 * `evaluate`. Rounds interleave the four so that a slow phase of the machine hits all of them
 * alike; the median round is reported. Then the ratio evaluate / bare parse on every base form.
 *
 * Run through bench/run.mjs (`npm run bench`); `--quick` shortens the rounds.
 */
import {
  evaluate,
  liwan2021Form,
  parseSelfEvaluation,
  SelfEvaluationSchema,
  validate,
} from '../src/index'
import budget from './budget.json'
import { baseForms } from './synthetic'

const quick = process.argv.includes('--quick')
const ROUNDS = quick ? 3 : 9
const ROUND_MS = quick ? 150 : 400
const WARMUP_MS = quick ? 800 : 2000

// Results flow into this so the optimiser cannot drop the calls.
let sink = 0

/** Calls `fn` for about `ms` milliseconds; returns operations per second. */
function opsPerSecond(fn: () => unknown, ms: number): number {
  let n = 0
  const start = performance.now()
  let now = start
  while (now - start < ms) {
    // Batches of 8 keep the clock reads out of the measurement.
    for (let k = 0; k < 8; k++) if (fn() !== undefined) sink++
    n += 8
    now = performance.now()
  }
  return (n * 1000) / (now - start)
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

interface Case {
  readonly name: string
  readonly fn: () => unknown
}

function cases(form: unknown): Case[] {
  return [
    { name: 'SelfEvaluationSchema.safeParse', fn: () => SelfEvaluationSchema.safeParse(form) },
    { name: 'parseSelfEvaluation', fn: () => parseSelfEvaluation(form) },
    { name: 'validate', fn: () => validate(form) },
    { name: 'evaluate', fn: () => evaluate(form) },
  ]
}

/** Median ops/s of each case over interleaved rounds, with the spread. */
function measure(list: readonly Case[], rounds: number, roundMs: number, warmupMs: number) {
  for (const c of list) opsPerSecond(c.fn, warmupMs / list.length)
  const samples = list.map(() => [] as number[])
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < list.length; k++) {
      // Rotate the order every round.
      const idx = (k + r) % list.length
      const c = list[idx]
      if (c !== undefined) samples[idx]?.push(opsPerSecond(c.fn, roundMs))
    }
  }
  return list.map((c, i) => {
    const s = samples[i] ?? []
    return { name: c.name, ops: median(s), min: Math.min(...s), max: Math.max(...s) }
  })
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

function checkInputs(): void {
  if (!SelfEvaluationSchema.safeParse(liwan2021Form).success) throw new Error('seed does not parse')
  const e = evaluate(liwan2021Form)
  if (e.outcome !== 'evaluated' || e.summary.completionRate !== '89.31%')
    throw new Error('seed does not evaluate')
}

/**
 * The CI guard of issue 17: fails the run (exit status 1) when evaluate takes more than the
 * budget's multiple of the bare parse on the Liwan form. The budget is bench/budget.json;
 * BENCH_MAX_RATIO overrides its ratio and enforces it.
 */
function guard(ratio: number): void {
  const fromEnv = process.env.BENCH_MAX_RATIO
  const max =
    fromEnv === undefined || fromEnv === '' ? budget.maxEvaluateOverParse : Number(fromEnv)
  if (!Number.isFinite(max) || max <= 0) {
    console.error(`BENCH_MAX_RATIO must be a positive number, not "${fromEnv}"`)
    process.exitCode = 1
    return
  }
  const enforced = budget.enforce || (fromEnv !== undefined && fromEnv !== '')
  const verdict = ratio <= max ? 'within' : 'OVER'
  console.log(
    `speed budget: evaluate / bare parse ${fmt(ratio, 1)}× is ${verdict} ${fmt(max, 1)}× (${enforced ? 'enforced' : 'not enforced: bench/budget.json enforce is false; set BENCH_MAX_RATIO to enforce'})`,
  )
  if (enforced && ratio > max) process.exitCode = 1
}

function main(): void {
  checkInputs()
  console.log(
    `# evaluate against the bare parse, Liwan 2021 form (${ROUNDS} rounds × ${ROUND_MS} ms)`,
  )
  const rows = measure(cases(liwan2021Form), ROUNDS, ROUND_MS, WARMUP_MS)
  const floor = rows[0]?.ops ?? 1
  console.log(
    `${'function'.padEnd(32)} ${'ops/s'.padStart(9)} ${'µs/op'.padStart(8)} ${'min–max ops/s'.padStart(17)} ${'× parse'.padStart(8)}`,
  )
  for (const r of rows) {
    const spread = `${fmt(r.min)}–${fmt(r.max)}`
    console.log(
      `${r.name.padEnd(32)} ${fmt(r.ops).padStart(9)} ${fmt(1e6 / r.ops, 1).padStart(8)} ${spread.padStart(17)} ${fmt(floor / r.ops, 2).padStart(8)}`,
    )
  }
  const evaluateRow = rows.find((r) => r.name === 'evaluate')
  if (evaluateRow) {
    const ratio = floor / evaluateRow.ops
    console.log(`ratio evaluate / bare parse: ${fmt(ratio, 1)}× (target ≤ 3×)`)
    guard(ratio)
  }

  console.log('\n# evaluate / bare parse on every base form')
  console.log(
    `${'form'.padEnd(26)} ${'indicators'.padStart(10)} ${'parse µs'.padStart(9)} ${'evaluate µs'.padStart(12)} ${'ratio'.padStart(7)}`,
  )
  for (const base of baseForms()) {
    const list = cases(base.form)
    const parse = list[0]
    const evaluateCase = list[3]
    if (parse === undefined || evaluateCase === undefined) continue
    const [p, e] = measure([parse, evaluateCase], quick ? 1 : 3, ROUND_MS / 2, WARMUP_MS / 2)
    if (p === undefined || e === undefined) continue
    const indicators = evaluate(base.form).indicators.length
    console.log(
      `${base.name.padEnd(26)} ${String(indicators).padStart(10)} ${fmt(1e6 / p.ops, 1).padStart(9)} ${fmt(1e6 / e.ops, 1).padStart(12)} ${fmt(p.ops / e.ops, 1).padStart(6)}×`,
    )
  }
  if (sink < 0) console.log(sink)
}

main()
