/**
 * `evaluate` over N synthetic forms (bench/synthetic.ts), made one at a time. Prints the time per
 * form (evaluate alone, and the whole loop with form generation) and the heap: the baseline after a
 * full GC, the peak of `heapUsed` sampled every 100 forms (garbage not yet collected included), the
 * largest heap left after the full GC forced every 1,000 forms (what is really kept), what is left
 * after a final GC, and the peak RSS.
 * Run with `node --expose-gc` (bench/run.mjs does) so the baseline and the final figure are
 * measured after a full collection; the last line is JSON for bench/run.mjs.
 *
 * Usage: node --expose-gc scale.mjs <forms>
 */
import { evaluate } from '../src/index'
import { baseForms, syntheticForm } from './synthetic'

const SAMPLE_EVERY = 100
const GC_EVERY = 1000
const WARMUP_FORMS = 700

const gc = (globalThis as { gc?: () => void }).gc

function heapUsed(): number {
  return process.memoryUsage().heapUsed
}

function main(): void {
  const n = Number(process.argv[2] ?? '1000')
  if (!Number.isInteger(n) || n <= 0) throw new Error(`bad form count: ${process.argv[2] ?? ''}`)
  const bases = baseForms()

  // Warm-up on forms the measured run does not use, so the JIT has settled before timing.
  for (let i = 0; i < WARMUP_FORMS; i++) evaluate(syntheticForm(n + 1_000_000 + i, bases))
  gc?.()
  const baseline = heapUsed()

  let peak = baseline
  let retained = baseline
  let rssPeak = process.memoryUsage().rss
  let evaluateMs = 0
  let findings = 0
  let indicators = 0
  let invalid = 0
  let gcMs = 0
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const form = syntheticForm(i, bases)
    const t0 = performance.now()
    const e = evaluate(form)
    evaluateMs += performance.now() - t0
    findings += e.findings.length
    indicators += e.indicators.length
    if (e.outcome !== 'evaluated') invalid++
    if (i % SAMPLE_EVERY === 0) {
      const m = process.memoryUsage()
      peak = Math.max(peak, m.heapUsed)
      rssPeak = Math.max(rssPeak, m.rss)
    }
    // A full collection now and then shows what is really kept; garbage between them is not.
    if (gc !== undefined && i % GC_EVERY === GC_EVERY - 1) {
      const t = performance.now()
      gc()
      retained = Math.max(retained, heapUsed())
      gcMs += performance.now() - t
    }
  }
  const wallMs = performance.now() - start - gcMs
  peak = Math.max(peak, heapUsed())
  gc?.()
  const after = heapUsed()

  const result = {
    forms: n,
    indicators,
    findings,
    invalid,
    evaluateMs,
    wallMs,
    usPerForm: (evaluateMs * 1000) / n,
    wallUsPerForm: (wallMs * 1000) / n,
    baselineMB: baseline / 2 ** 20,
    peakMB: peak / 2 ** 20,
    retainedMaxMB: retained / 2 ** 20,
    afterGcMB: after / 2 ** 20,
    rssPeakMB: rssPeak / 2 ** 20,
    exactGc: gc !== undefined,
  }
  console.log(JSON.stringify(result))
}

main()
