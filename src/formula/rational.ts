/**
 * Exact rational arithmetic for formula evaluation. Values stay exact through every operation and
 * are rounded once, when converted to a decimal string through the library's decimal context: so a
 * divisor that is exactly zero ("1/3×3−1") is recognised as zero instead of a rounding residue.
 * @internal
 */
import { type DecimalString, dec, toDecimalString } from '../money/decimal'

/** numerator / denominator, denominator > 0, in lowest terms. @internal */
export interface Rational {
  readonly n: bigint
  readonly d: bigint
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a
  let y = b
  while (y !== 0n) {
    const r = x % y
    x = y
    y = r
  }
  return x
}

function make(n: bigint, d: bigint): Rational {
  if (n === 0n) return { n: 0n, d: 1n }
  const sign = d < 0n ? -1n : 1n
  const g = gcd(n, d < 0n ? -d : d)
  return { n: (sign * n) / g, d: (sign * d) / g }
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

/** The value as a canonical decimal string, rounded once to the decimal context's precision. @internal */
export function toDecimal(a: Rational): DecimalString {
  if (a.d === 1n) return toDecimalString(dec(a.n.toString()))
  return toDecimalString(dec(a.n.toString()).div(dec(a.d.toString())))
}
