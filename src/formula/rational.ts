/**
 * Exact rational arithmetic for formula evaluation. Values stay exact through every operation and
 * are rounded once, when converted to a decimal string through the library's decimal context: so a
 * divisor that is exactly zero ("1/3×3−1") is recognised as zero instead of a rounding residue.
 * @internal
 */
import { type DecimalString, dec, toDecimalString } from '../money/decimal'

/**
 * numerator / denominator, denominator > 0. Not reduced: a gcd at every step costs quadratic time
 * on long products, while the sizes stay bounded by the digits written in the formula and its values.
 * @internal
 */
export interface Rational {
  readonly n: bigint
  readonly d: bigint
}

function make(n: bigint, d: bigint): Rational {
  if (n === 0n) return { n: 0n, d: 1n }
  return d < 0n ? { n: -n, d: -d } : { n, d }
}

/** A canonical decimal string as a rational. @internal */
export function fromDecimal(value: DecimalString): Rational {
  const negative = value.startsWith('-')
  const body = negative ? value.slice(1) : value
  const point = body.indexOf('.')
  const digits = point < 0 ? body : body.slice(0, point) + body.slice(point + 1)
  const scale = point < 0 ? 0 : body.length - point - 1
  const n = BigInt(digits === '' ? '0' : digits)
  return make(negative ? -n : n, 10n ** BigInt(scale))
}

/**
 * True when the numerator or the denominator has more than `maxDigits` decimal digits: the bound
 * that keeps exact arithmetic on hostile values from growing without limit.
 * @internal
 */
export function tooPrecise(a: Rational, maxDigits: number): boolean {
  const bound = boundOf(maxDigits)
  return a.d >= bound || a.n >= bound || -a.n >= bound
}

let cachedDigits = -1
let cachedBound = 0n
function boundOf(maxDigits: number): bigint {
  if (maxDigits !== cachedDigits) {
    cachedDigits = maxDigits
    cachedBound = 10n ** BigInt(maxDigits)
  }
  return cachedBound
}

/** @internal */
export function fromBigInt(n: bigint): Rational {
  return { n, d: 1n }
}

/** @internal */
export function add(a: Rational, b: Rational): Rational {
  return make(a.n * b.d + b.n * a.d, a.d * b.d)
}

/** @internal */
export function subtract(a: Rational, b: Rational): Rational {
  return make(a.n * b.d - b.n * a.d, a.d * b.d)
}

/** @internal */
export function multiply(a: Rational, b: Rational): Rational {
  return make(a.n * b.n, a.d * b.d)
}

/** The quotient, or null when `b` is zero. @internal */
export function divide(a: Rational, b: Rational): Rational | null {
  if (b.n === 0n) return null
  return make(a.n * b.d, a.d * b.n)
}

/** @internal */
export function negate(a: Rational): Rational {
  return { n: -a.n, d: a.d }
}

/** True when a > b. @internal */
export function greaterThan(a: Rational, b: Rational): boolean {
  return a.n * b.d > b.n * a.d
}

/**
 * The value as a canonical decimal string: an integer exactly, anything else rounded once to the
 * decimal context's precision.
 * @internal
 */
export function toDecimal(a: Rational): DecimalString {
  if (a.n % a.d === 0n) return toDecimalString(dec((a.n / a.d).toString()))
  return toDecimalString(dec(a.n.toString()).div(dec(a.d.toString())))
}
