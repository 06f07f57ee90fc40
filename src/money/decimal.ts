/**
 * The one place that touches decimal.js. A private clone keeps our precision and rounding apart from
 * whatever the host application configured on the global `Decimal`; nothing else in `src/` imports
 * decimal.js. Everything crossing a module boundary is a canonical decimal string.
 * @internal
 */
import { Decimal } from 'decimal.js'
import { OptionError } from '../options/index'

/**
 * 60 significant digits: far beyond any budget (10^12 万元 with 2 dp is 14 digits) so that a rate
 * computed here and then rounded once for display is exact to the last printed digit.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
  modulo: Decimal.ROUND_DOWN,
})

/** An instance of our private decimal class. */
export type Dec = InstanceType<typeof Dec>

/**
 * A canonical decimal string: optional '-', digits, optional '.digits', no exponent, no trailing
 * zeros. Every amount and rate crosses the public API in this form, never as a binary float.
 *
 * @example
 * ```ts
 * import { parseAmount, type DecimalString } from '@lw/perf-eval'
 * const r = parseAmount('6,211.890')
 * const b0: DecimalString | null = r.success ? r.data : null
 * b0 // '6211.89'
 * ```
 */
export type DecimalString = string

const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/

/** True when `s` is a canonical decimal string as produced by {@link toDecimalString}. */
export function isDecimalString(s: string): boolean {
  return CANONICAL.test(s)
}

/**
 * Checks an option that is a decimal (a canonical decimal string such as "0.05", or a finite
 * number); returns it as a canonical decimal string, or `undefined` when absent.
 * @internal
 */
export function checkDecimal(
  fn: string,
  option: string,
  value: unknown,
): DecimalString | undefined {
  if (value === undefined) return undefined
  // Through decimal.js, not String(): String(1e-7) is "1e-7", which no canonical reader takes.
  if (typeof value === 'number' && Number.isFinite(value)) return toDecimalString(dec(value))
  if (typeof value === 'string' && CANONICAL.test(value)) return value
  throw new OptionError(fn, option, value, 'a decimal string such as "0.05" or a finite number')
}

/** Makes a decimal from a canonical string (or any string decimal.js accepts). */
export function dec(value: string | number | Dec): Dec {
  return new Dec(value)
}

/** Canonical plain-notation string of a finite decimal; `-0` becomes `0`. */
export function toDecimalString(d: Dec): DecimalString {
  if (d.isZero()) return '0'
  return d.toFixed()
}

/** Rounding modes offered for display. */
export type RoundingMode = 'half-up' | 'half-even' | 'truncate'

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  truncate: Decimal.ROUND_DOWN,
}

/** Rounds to a fixed number of decimals and prints them all ("89.30"). Half-up is away from zero. */
export function toFixedString(d: Dec, decimals: number, mode: RoundingMode = 'half-up'): string {
  const fixed = d.toDecimalPlaces(decimals, MODES[mode])
  const s = fixed.toFixed(decimals)
  // A value that rounds to zero prints without a minus sign.
  return fixed.isZero() ? s.replace(/^-/, '') : s
}

/** Sums canonical decimal strings exactly. */
export function sum(values: readonly (string | Dec)[]): Dec {
  let total = new Dec(0)
  for (const v of values) total = total.plus(v)
  return total
}
