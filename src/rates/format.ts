import { readAmount } from '../money/amount'
import type { DecimalString } from '../money/decimal'
import { checkInteger, checkOptions, oneOf } from '../options/index'
import {
  exactPercentText,
  exactRatioPercentText,
  type Fraction,
  fixed,
  fraction,
  roundFraction,
  safeDec,
} from './fraction'
import { fractionOf, type RateResult } from './result'

/**
 * How a rate is rounded for display: `half-up` (四舍五入, away from zero; the default, as Oracle
 * `ROUND` in finance systems), `half-even` (四舍六入五成双, GB/T 8170) or `truncate` (toward zero,
 * as some forms print).
 *
 * @example
 * ```ts
 * import type { RateRounding } from '@lw/perf-eval'
 * const mode: RateRounding = 'half-even'
 * ```
 */
export type RateRounding = 'half-up' | 'half-even' | 'truncate'

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * import type { FormatPercentOptions } from '@lw/perf-eval'
 * const whole: FormatPercentOptions = { decimals: 0, rounding: 'half-up' }
 * ```
 */
export interface FormatPercentOptions {
  /** Digits after the decimal point, an integer from 0 to 20. Default 2. */
  readonly decimals?: number | undefined
  /** Default `half-up`. */
  readonly rounding?: RateRounding | undefined
}

/** The most decimals formatPercent shows. @internal */
export const MAX_DECIMALS = 20
/** A decimal readAmount gives back as it is, with no unit (its canonical fast path). */
const CANONICAL_AMOUNT = /^(?:-(?=[1-9]|0\.\d*[1-9]))?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/
const ROUNDINGS: readonly RateRounding[] = ['half-up', 'half-even', 'truncate']

/**
 * Formats a ratio as a percentage, rounding once: 0.893122… → "89.31%". Accepts a rate result
 * (rounded exactly from its numerator and denominator), a ratio as a decimal string, or a number.
 * Returns null for a rate that could not be computed or an unreadable ratio — never "NaN%".
 * Options it cannot honour (`decimals` outside 0–20, an unknown `rounding`) throw `OptionError`.
 *
 * @param ratio - a {@link RateResult}, or a ratio such as "0.8931" (not ×100)
 * @param options - decimals (default 2) and rounding (default half-up)
 * @returns the percentage text, or null
 * @example
 * ```ts
 * import { budgetCompletionRate, formatPercent } from '@lw/perf-eval'
 * formatPercent('0.893122253')                                      // '89.31%'
 * formatPercent('0.978086', { rounding: 'truncate' })               // '97.80%'
 * formatPercent('0.12345', { rounding: 'half-even' })               // '12.34%'
 * formatPercent('0.498839', { decimals: 0 })                        // '50%'
 * formatPercent(budgetCompletionRate({ adjustedBudget: 0, actual: 0 })) // null
 * ```
 */
export function formatPercent(
  ratio: RateResult | DecimalString | number | null | undefined,
  options?: FormatPercentOptions,
): string | null {
  const o = checkOptions('formatPercent', options)
  const decimals = checkInteger('formatPercent', 'decimals', o.decimals, 0, MAX_DECIMALS) ?? 2
  const rounding = oneOf('formatPercent', 'rounding', o.rounding, ROUNDINGS, 'half-up')
  if (ratio === null || ratio === undefined) return null
  if (typeof ratio === 'object' && ratio.success) {
    const exact = exactPercentText(ratio.numerator, ratio.denominator, decimals, rounding)
    if (exact !== undefined) return `${exact}%`
  } else if (typeof ratio === 'string' && CANONICAL_AMOUNT.test(ratio)) {
    // A canonical decimal is read by readAmount as itself, over 1: what evaluate passes (the
    // 60-digit quotient of every rate it shows, and the thresholds).
    const exact = exactRatioPercentText(ratio, decimals, rounding)
    if (exact !== undefined) return `${exact}%`
  }
  return formatPercentGeneral(ratio, decimals, rounding)
}

/**
 * {@link formatPercent} through decimal.js, for every ratio the exact integer path does not take.
 * @internal
 */
export function formatPercentGeneral(
  ratio: RateResult | DecimalString | number,
  decimals: number,
  rounding: RateRounding,
): string | null {
  const f = toFraction(ratio)
  if (f === null) return null
  return `${fixed(roundFraction({ n: f.n.times(100), d: f.d }, decimals, rounding), decimals)}%`
}

/** A ratio of any accepted kind as an exact fraction, or null. @internal */
export function toFraction(ratio: unknown): Fraction | null {
  if (typeof ratio === 'object' && ratio !== null && 'success' in ratio) {
    const r = ratio as RateResult
    if (!r.success) return null
    const n = safeDec(r.numerator)
    const d = safeDec(r.denominator)
    return n === null || d === null || d.isZero() ? null : fraction(n, d)
  }
  const parsed = readAmount(ratio)
  if (!parsed.success || parsed.unit !== null) return null
  return fractionOf({
    success: true,
    data: parsed.value,
    numerator: parsed.value,
    denominator: '1',
  })
}
