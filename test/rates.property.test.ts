/**
 * Every rate against an exact rational reference built on BigInt: numerator and denominator as
 * integers, division and rounding by integer arithmetic only. No tolerance: the library's ratio
 * (60 significant digits, half-up) and every formatted percentage must equal the reference's.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  budgetAdjustmentRateResult,
  budgetCompletionRateResult,
  checkReportedRate,
  compositionVariance,
  departmentRate,
  formatPercent,
  outturnRateResult,
  type RateResult,
  type RateRounding,
  spendingProgress,
  timeProgress,
} from '../src/index'

// ---------------------------------------------------------------- the reference

interface Rat {
  readonly n: bigint
  readonly d: bigint
}

const abs = (x: bigint) => (x < 0n ? -x : x)
const pow10 = (k: number) => 10n ** BigInt(k)

function ratOf(s: string): Rat {
  const negative = s.startsWith('-')
  const [whole = '0', frac = ''] = (negative ? s.slice(1) : s).split('.')
  const n = BigInt(whole + frac) * (negative ? -1n : 1n)
  return { n, d: pow10(frac.length) }
}

function norm(n: bigint, d: bigint): Rat | null {
  if (d === 0n) return null
  return d < 0n ? { n: -n, d: -d } : { n, d }
}

const add = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d })
const sub = (a: Rat, b: Rat): Rat => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d })
const div = (a: Rat, b: Rat): Rat | null => norm(a.n * b.d, a.d * b.n)

/** Integer q and remainder r with a = q·d + r, 0 ≤ r < d (a ≥ 0, d > 0). */
function divmod(a: bigint, d: bigint): [bigint, bigint] {
  return [a / d, a % d]
}

function digitsString(q: bigint, scale: number, negative: boolean): string {
  if (q === 0n) return '0'
  let s = q.toString()
  if (scale > 0) {
    s = s.padStart(scale + 1, '0')
    s = `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/0+$/, '').replace(/\.$/, '')
  } else if (scale < 0) {
    s += '0'.repeat(-scale)
  }
  return negative ? `-${s}` : s
}

/** r to 60 significant digits, half away from zero, as a canonical decimal string. */
function sig60(r: Rat): string {
  if (r.n === 0n) return '0'
  const a = abs(r.n)
  const lo = pow10(59)
  const hi = pow10(60)
  const scaled = (k: number): [bigint, bigint, bigint] => {
    const num = k >= 0 ? a * pow10(k) : a
    const den = k >= 0 ? r.d : r.d * pow10(-k)
    const [q, rem] = divmod(num, den)
    return [q, rem, den]
  }
  let k = 60 - (a.toString().length - r.d.toString().length)
  let [q, rem, den] = scaled(k)
  while (q < lo) [q, rem, den] = scaled(++k)
  while (q >= hi) [q, rem, den] = scaled(--k)
  if (2n * rem >= den) q += 1n
  return digitsString(q, k, r.n < 0n)
}

/** r × 100 rounded to `decimals` places under `mode`, printed like formatPercent. */
function percent(r: Rat, decimals: number, mode: RateRounding): string {
  const [q0, rem] = divmod(abs(r.n) * 100n * pow10(decimals), r.d)
  let q = q0
  const twice = 2n * rem
  if (mode === 'half-up' && twice >= r.d) q += 1n
  if (mode === 'half-even' && (twice > r.d || (twice === r.d && q % 2n === 1n))) q += 1n
  const negative = r.n < 0n && q !== 0n
  let s = q.toString().padStart(decimals + 1, '0')
  if (decimals > 0) s = `${s.slice(0, -decimals)}.${s.slice(-decimals)}`
  return `${negative ? '-' : ''}${s}%`
}

// ---------------------------------------------------------------- generators

/** A decimal string of up to 14 significant digits and 0–4 decimals, as 万元 amounts are. */
const amount = (min = -(10n ** 14n), max = 10n ** 14n) =>
  fc
    .tuple(fc.bigInt({ min, max }), fc.integer({ min: 0, max: 4 }))
    .map(([units, scale]) => digitsString(abs(units), scale, units < 0n))

const positive = amount(1n, 10n ** 14n)
const nonNegative = amount(0n, 10n ** 14n)
const modes: readonly RateRounding[] = ['half-up', 'half-even', 'truncate']

/** Asserts a result against the reference: failure exactly when the reference is undefined. */
function agrees(result: RateResult, ref: Rat | null): void {
  if (ref === null) {
    expect(result).toMatchObject({ success: false, reason: 'zero-denominator' })
    expect(formatPercent(result)).toBeNull()
    return
  }
  expect(result.success).toBe(true)
  if (!result.success) return
  expect(result.data).toBe(sig60(ref))
  for (const mode of modes) {
    for (const decimals of [0, 1, 2, 4, 6]) {
      expect(formatPercent(result, { decimals, rounding: mode })).toBe(percent(ref, decimals, mode))
    }
  }
}

const runs = { numRuns: 300 }

describe('rates agree with the exact BigInt reference', () => {
  it('budgetCompletionRate = E / (B₀ + ΔB)', () => {
    fc.assert(
      fc.property(nonNegative, amount(), nonNegative, (b0, delta, e) => {
        const ref = div(ratOf(e), add(ratOf(b0), ratOf(delta)))
        agrees(budgetCompletionRateResult({ initialBudget: b0, adjustment: delta, actual: e }), ref)
      }),
      runs,
    )
  })

  it('budgetCompletionRate with a printed adjusted budget, zero included', () => {
    fc.assert(
      fc.property(fc.oneof(nonNegative, fc.constant('0')), nonNegative, (b, e) => {
        agrees(
          budgetCompletionRateResult({ adjustedBudget: b, actual: e }),
          div(ratOf(e), ratOf(b)),
        )
      }),
      runs,
    )
  })

  it('budgetAdjustmentRate = ΔB / B₀, also from B₀ + ΔB and with exclusions', () => {
    fc.assert(
      fc.property(nonNegative, amount(), amount(), (b0, delta, excluded) => {
        const ref = div(ratOf(delta), ratOf(b0))
        agrees(budgetAdjustmentRateResult({ initialBudget: b0, adjustment: delta }), ref)
        const adjusted = add(ratOf(b0), ratOf(delta))
        const adjustedText = sig60(adjusted) // exact: a sum of two short decimals
        agrees(budgetAdjustmentRateResult({ initialBudget: b0, adjustedBudget: adjustedText }), ref)
        agrees(
          budgetAdjustmentRateResult({
            initialBudget: b0,
            adjustment: delta,
            excludedAdjustment: excluded,
          }),
          div(sub(ratOf(delta), ratOf(excluded)), ratOf(b0)),
        )
      }),
      runs,
    )
  })

  it('outturnRate = E / B₀', () => {
    fc.assert(
      fc.property(nonNegative, nonNegative, (b0, e) => {
        agrees(outturnRateResult({ initialBudget: b0, actual: e }), div(ratOf(e), ratOf(b0)))
      }),
      runs,
    )
  })

  it('department share and change rates', () => {
    fc.assert(
      fc.property(nonNegative, nonNegative, (x, y) => {
        agrees(
          departmentRate('public-expense-control-rate', { numerator: x, denominator: y }).result,
          div(ratOf(x), ratOf(y)),
        )
        agrees(
          departmentRate('three-public-expense-change-rate', { current: x, previous: y }).result,
          div(sub(ratOf(x), ratOf(y)), ratOf(y)),
        )
      }),
      runs,
    )
  })

  it('composition variance Σ|Aᵢ·ΣB − Bᵢ·ΣA| / (ΣA·|ΣB|)', () => {
    const line = fc.record({ budget: nonNegative, actual: nonNegative })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const b = lines.map((l) => ratOf(l.budget))
        const a = lines.map((l) => ratOf(l.actual))
        const zero: Rat = { n: 0n, d: 1n }
        const sb = b.reduce(add, zero)
        const sa = a.reduce(add, zero)
        const deviations = a.map((ai, i) => {
          const dev = sub(
            { n: ai.n * sb.n, d: ai.d * sb.d },
            { n: (b[i]?.n ?? 0n) * sa.n, d: (b[i]?.d ?? 1n) * sa.d },
          )
          return { n: abs(dev.n), d: dev.d }
        })
        const ref =
          sb.n === 0n
            ? null
            : div(deviations.reduce(add, zero), { n: sa.n * abs(sb.n), d: sa.d * sb.d })
        agrees(compositionVariance(lines), ref)
      }),
      { numRuns: 200 },
    )
  })

  it('spending gap = spent/budget − day/days-in-year, and behind exactly when negative', () => {
    fc.assert(
      fc.property(
        nonNegative,
        positive,
        fc.date({
          min: new Date(Date.UTC(1901, 0, 1)),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        }),
        (spent, budget, date) => {
          const iso = date.toISOString().slice(0, 10)
          const r = spendingProgress({ spentToDate: spent, budget, date: iso })
          expect(r.success).toBe(true)
          if (!r.success) return
          const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
          const time: Rat = { n: BigInt(dayOfYear(y, m, d)), d: BigInt(daysInYear(y)) }
          const spending = div(ratOf(spent), ratOf(budget))
          if (spending === null) throw new Error('budget is positive')
          const gap = sub(spending, time)
          agrees(r.data.gap, gap)
          expect(r.data.behind).toBe(gap.n < 0n)
        },
      ),
      { numRuns: 200 },
    )
  })
})

// A calendar by arithmetic alone, to check date-fns' reading of the same dates.
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const daysInYear = (y: number) => (leap(y) ? 366 : 365)
function dayOfYear(y: number, m: number, d: number): number {
  const lengths = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return lengths.slice(0, m - 1).reduce((s, x) => s + x, 0) + d
}

describe('timeProgress agrees with calendar arithmetic', () => {
  it('for every day from 1901 to 2099, in both conventions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const lengths = [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
          const t = timeProgress(iso)
          if (d > (lengths[m - 1] ?? 0)) {
            expect(t).toMatchObject({ success: false, reason: 'invalid-date' })
            return
          }
          expect(t).toMatchObject({
            success: true,
            numerator: String(dayOfYear(y, m, d)),
            denominator: String(daysInYear(y)),
          })
          expect(timeProgress(iso, { convention: 'months' })).toMatchObject({
            numerator: String(m),
            denominator: '12',
          })
        },
      ),
      { numRuns: 500 },
    )
  })
})

describe('formatPercent and checkReportedRate on decimal ratios', () => {
  // Few decimals make exact ties (…5 at the rounding digit) frequent.
  const ratio = fc
    .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 9 }))
    .map(([units, scale]) => digitsString(abs(units), scale, units < 0n))

  it('rounds a ratio string exactly in all three modes', () => {
    fc.assert(
      fc.property(ratio, fc.integer({ min: 0, max: 6 }), (r, decimals) => {
        for (const mode of modes) {
          expect(formatPercent(r, { decimals, rounding: mode })).toBe(
            percent(ratOf(r), decimals, mode),
          )
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('calls its own half-up figure a match, and names a rounding that reproduces any other', () => {
    fc.assert(
      fc.property(nonNegative, positive, fc.integer({ min: 0, max: 4 }), (e, b, decimals) => {
        const rate = budgetCompletionRateResult({ adjustedBudget: b, actual: e })
        const halfUp = formatPercent(rate, { decimals }) ?? ''
        expect(checkReportedRate(halfUp, rate)).toMatchObject({ verdict: 'match', decimals })
        for (const mode of ['half-even', 'truncate'] as const) {
          const printed = formatPercent(rate, { decimals, rounding: mode }) ?? ''
          const check = checkReportedRate(printed, rate)
          expect(['match', 'convention']).toContain(check.verdict)
          expect(formatPercent(rate, { decimals, rounding: check.rounding ?? 'half-up' })).toBe(
            printed,
          )
        }
      }),
      runs,
    )
  })

  it('calls a figure a mismatch when no rounding of the rate gives it', () => {
    fc.assert(
      fc.property(
        nonNegative,
        positive,
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 50 }),
        (e, b, decimals, off) => {
          const rate = budgetCompletionRateResult({ adjustedBudget: b, actual: e })
          const truncated = ratOf(
            (formatPercent(rate, { decimals, rounding: 'truncate' }) ?? '').slice(0, -1),
          )
          // Move the truncated figure down by `off` units in its last place: below every rounding.
          const step: Rat = { n: BigInt(off), d: pow10(decimals) }
          const wrong = sub(truncated, step)
          const printed = percent({ n: wrong.n, d: wrong.d * 100n }, decimals, 'truncate')
          expect(checkReportedRate(printed, rate).verdict).toBe('mismatch')
        },
      ),
      runs,
    )
  })
})
