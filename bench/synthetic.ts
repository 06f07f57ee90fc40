/**
 * Synthetic self-evaluation forms for the scale benchmark: the Liwan seed and the six public forms
 * (test/fixtures/public-forms, mapped by test/helpers/public-forms.ts) varied deterministically by a
 * seeded PRNG. Form `i` is always the same form, and forms are made one at a time, so a run over
 * 100,000 forms holds one form in memory, not 100,000.
 */
import { liwan2021Form } from '../src/index'
import { publicForms, toInput } from '../test/helpers/public-forms'

/** A base form the variations start from. */
export interface BaseForm {
  readonly name: string
  readonly form: Readonly<Record<string, unknown>>
}

/** The seed first, then the public forms in file order. */
export function baseForms(): BaseForm[] {
  return [
    { name: 'liwan-2021', form: liwan2021Form },
    ...Object.entries(publicForms).map(([name, f]) => ({ name, form: toInput(f) })),
  ]
}

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG; the same seed gives the same stream. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Json = Record<string, unknown>

const AMOUNT_FIELDS = ['initialBudget', 'adjustment', 'adjustedBudget'] as const

/** Reads a printed amount into integer cents; null when it is not a plain number. */
function cents(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const text = String(value).replace(/[\s,]/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null
  return Math.round(Number(text) * 100)
}

/** Integer cents as a 2-dp decimal string (benchmark data only; the library never sees a float). */
function fromCents(c: number): string {
  const abs = Math.abs(c)
  const frac = String(abs % 100).padStart(2, '0')
  return `${c < 0 ? '-' : ''}${Math.floor(abs / 100)}.${frac}`
}

/** Scales every amount of a funding row by `k`, and the spending by a further `spend`. */
function varyFunding(row: Json, k: number, spend: number, dropPrinted: boolean): Json {
  const out: Json = { ...row }
  for (const field of AMOUNT_FIELDS) {
    const c = cents(row[field])
    if (c !== null) out[field] = fromCents(Math.round(c * k))
  }
  const actual = cents(row.actual)
  if (actual !== null) out.actual = fromCents(Math.round(actual * k * spend))
  if (dropPrinted) delete out.printed
  return out
}

const PERCENT = /^(\d+(?:\.\d+)?)%$/

/** Shuffles, thins and re-words a list of indicators. */
function varyIndicators(list: unknown, rnd: () => number, i: number): unknown {
  if (!Array.isArray(list)) return list
  const items = (list as Json[]).filter((_, n) => n === 0 || rnd() >= 0.1)
  for (let n = items.length - 1; n > 0; n--) {
    const m = Math.floor(rnd() * (n + 1))
    const a = items[n]
    const b = items[m]
    if (a !== undefined && b !== undefined) {
      items[n] = b
      items[m] = a
    }
  }
  return items.map((ind) => {
    const out: Json = { ...ind, name: `${String(ind.name)}（${i % 97}）` }
    const actual = typeof ind.actual === 'string' ? PERCENT.exec(ind.actual.trim()) : null
    if (actual !== null && rnd() < 0.5) out.actual = `${(80 + rnd() * 20).toFixed(1)}%`
    return out
  })
}

/** Appends a sample number to a narrative so no two forms share their texts. */
function tag(text: unknown, i: number): unknown {
  return typeof text === 'string' ? `${text}（样本${i}）` : text
}

/**
 * Form number `i` of the synthetic stream: base `i mod 7`, its amounts scaled by 0.5–2.0 and its
 * spending by a further 0.70–1.05 (so completion rates, overspending and rate findings vary), the
 * printed rates dropped on half the forms (kept on the rest, where they now mismatch), indicators
 * shuffled, one in ten dropped, half the percentage actuals redrawn between 80% and 100%, and the
 * narratives tagged.
 */
export function syntheticForm(i: number, bases: readonly BaseForm[]): Json {
  const base = bases[i % bases.length]
  if (base === undefined) throw new Error('no base forms')
  const rnd = prng(Math.imul(i + 1, 0x9e3779b1))
  const form = base.form
  const k = 0.5 + rnd() * 1.5
  const spend = 0.7 + rnd() * 0.35
  const dropPrinted = rnd() < 0.5
  const funding = Array.isArray(form.funding)
    ? (form.funding as Json[]).map((row) => varyFunding(row, k, spend, dropPrinted))
    : form.funding
  const goal = form.goal as Json | undefined
  const out: Json = {
    ...form,
    funding,
    goal: goal === undefined ? undefined : { ...goal, achieved: tag(goal.achieved, i) },
    indicators: varyIndicators(form.indicators, rnd, i),
  }
  if (Array.isArray(form.tasks)) {
    out.tasks = (form.tasks as Json[]).map((task) => ({
      ...task,
      achievement: tag(task.achievement, i),
      indicators: varyIndicators(task.indicators, rnd, i),
    }))
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined))
}
