/**
 * Exact quotients. A rate is kept as numerator/denominator of exact decimals so that rounding it
 * for display, comparing it with a threshold or with a printed figure never depends on how many
 * digits a division happened to keep.
 * @internal
 */
import { Dec, dec, type RoundingMode } from '../money/decimal'

/** numerator / denominator with a positive denominator. @internal */
export interface Fraction {
  readonly n: Dec
  readonly d: Dec
}

/** Builds a fraction; the caller guarantees `d` is not zero. @internal */
export function fraction(n: Dec | string, d: Dec | string): Fraction {
  const num = dec(n)
  const den = dec(d)
  return den.isNegative() ? { n: num.negated(), d: den.negated() } : { n: num, d: den }
}

/** The quotient to the decimal context's 60 significant digits. @internal */
export function quotient(f: Fraction): Dec {
  return f.n.dividedBy(f.d)
}

/** f × k, exactly. @internal */
export function scaleFraction(f: Fraction, k: Dec | string): Fraction {
  return { n: f.n.times(k), d: f.d }
}

/** f − g, exactly. @internal */
export function subtractFractions(f: Fraction, g: Fraction): Fraction {
  return { n: f.n.times(g.d).minus(g.n.times(f.d)), d: f.d.times(g.d) }
}

/** f + g, exactly. @internal */
export function addFractions(f: Fraction, g: Fraction): Fraction {
  return { n: f.n.times(g.d).plus(g.n.times(f.d)), d: f.d.times(g.d) }
}

/** Sign of f − x: -1, 0 or 1, exactly. @internal */
export function compareFraction(f: Fraction, x: Dec | string): -1 | 0 | 1 {
  const c = f.n.comparedTo(f.d.times(x))
  return c < 0 ? -1 : c > 0 ? 1 : 0
}

/** Sign of f − g, exactly. @internal */
export function compareFractions(f: Fraction, g: Fraction): -1 | 0 | 1 {
  const c = f.n.times(g.d).comparedTo(g.n.times(f.d))
  return c < 0 ? -1 : c > 0 ? 1 : 0
}

/**
 * Rounds n/d to `decimals` places from the exact remainder, not from a rounded quotient, so that a
 * value just below a tie (0.12344999…) is never pushed over it. Half-up is away from zero and
 * truncate is toward zero, as for {@link toFixedString}.
 * @internal
 */
export function roundFraction(f: Fraction, decimals: number, mode: RoundingMode): Dec {
  const scaledN = f.n.abs().times(dec(10).pow(decimals))
  const q = scaledN.dividedToIntegerBy(f.d)
  const twiceRemainder = scaledN.minus(q.times(f.d)).times(2)
  const tie = twiceRemainder.comparedTo(f.d)
  let up = false
  if (mode === 'half-up') up = tie >= 0
  else if (mode === 'half-even') up = tie > 0 || (tie === 0 && !q.mod(2).isZero())
  const magnitude = (up ? q.plus(1) : q).dividedBy(dec(10).pow(decimals))
  return f.n.isNegative() ? magnitude.negated() : magnitude
}

const PLAIN_DECIMAL = /^-?\d{1,60}(?:\.\d{1,60})?$/

/**
 * A plain decimal string ("0.9", "-12.5") or finite number as a decimal; null for anything else,
 * so a malformed option or a hand-edited result never makes decimal.js throw.
 * @internal
 */
export function safeDec(value: unknown): Dec | null {
  if (typeof value === 'number') return Number.isFinite(value) ? dec(String(value)) : null
  if (typeof value === 'string' && PLAIN_DECIMAL.test(value)) return dec(value)
  return null
}

/** Rounded value printed with exactly `decimals` places and no "-0". @internal */
export function fixed(value: Dec, decimals: number): string {
  const s = value.toFixed(decimals)
  return value.isZero() ? s.replace(/^-/, '') : s
}

export { Dec }

const PLAIN_PARTS = /^(-?)(\d{1,60})(?:\.(\d{1,60}))?$/
// Beyond this many characters in numerator, denominator and places together, decimal.js's 60
// significant digits could round an intermediate of roundFraction; the fast path then steps aside
// so that both give the same text on every input.
const EXACT_BUDGET = 56

/**
 * Over a denominator of 1 (a ratio given as a decimal string) every step of roundFraction is exact
 * as long as the numerator has at most 60 significant digits — the quotients evaluate formats have
 * exactly 60 — but for one: twice a remainder of 60 digits may take a 61st, which decimal.js
 * rounds, and only the half-even tie test can see that. So: up to 59 digits, or 60 unless half-even.
 */
function exactOverOne(n: string, mode: RoundingMode): boolean {
  let significant = 0
  let leading = true
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i)
    if (c < 0x30 || c > 0x39) continue
    if (leading && c === 0x30) continue
    leading = false
    significant++
  }
  return significant <= (mode === 'half-even' ? 59 : 60)
}

/**
 * n/d × 100 rounded to `decimals` places and printed as {@link fixed} prints roundFraction's result,
 * in BigInt integers instead of decimal.js (issue 17: the display of every rate built a dozen
 * decimals). `undefined` when the fast path does not apply — a numerator or denominator that is not
 * a plain decimal string, a zero denominator, or more digits than 60-digit decimals keep exact —
 * and the caller takes the general path. test/rates.percent-fast.test.ts checks it against it.
 * @internal
 */
export function exactPercentText(
  n: unknown,
  d: unknown,
  decimals: number,
  mode: RoundingMode,
): string | undefined {
  if (typeof n !== 'string' || typeof d !== 'string') return undefined
  if (d === '1' ? !exactOverOne(n, mode) : n.length + d.length + decimals > EXACT_BUDGET) {
    return undefined
  }
  return percentOfParts(PLAIN_PARTS.exec(n), PLAIN_PARTS.exec(d), decimals, mode)
}

/**
 * {@link exactPercentText} of a ratio given as a canonical decimal string, which readAmount reads
 * as itself whatever its length (a quotient of 60 significant digits below 0.1 has more than 60
 * places). @internal
 */
export function exactRatioPercentText(
  ratio: string,
  decimals: number,
  mode: RoundingMode,
): string | undefined {
  // The length cap keeps a hostile run of zeros from costing a huge power of ten.
  if (ratio.length > 200 || !exactOverOne(ratio, mode)) return undefined
  return percentOfParts(ANY_PARTS.exec(ratio), ANY_PARTS.exec('1'), decimals, mode)
}

const ANY_PARTS = /^(-?)(\d+)(?:\.(\d+))?$/

function percentOfParts(
  pn: RegExpExecArray | null,
  pd: RegExpExecArray | null,
  decimals: number,
  mode: RoundingMode,
): string | undefined {
  if (pn === null || pd === null) return undefined
  const nFrac = pn[3] ?? ''
  const dFrac = pd[3] ?? ''
  const a = BigInt(`${pn[2]}${nFrac}`)
  const b = BigInt(`${pd[2]}${dFrac}`)
  if (b === 0n) return undefined
  // |n|·100·10^decimals / |d| as X / Y over the common scale 10^(k+m).
  const x = a * 10n ** BigInt(2 + decimals + dFrac.length)
  const y = b * 10n ** BigInt(nFrac.length)
  const q = x / y
  const twice = (x - q * y) * 2n
  let up = false
  if (mode === 'half-up') up = twice >= y
  else if (mode === 'half-even') up = twice > y || (twice === y && q % 2n === 1n)
  const magnitude = up ? q + 1n : q
  if (magnitude === 0n) return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`
  const negative = (pn[1] === '-') !== (pd[1] === '-')
  const digits = magnitude.toString().padStart(decimals + 1, '0')
  const cut = digits.length - decimals
  const text = decimals === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`
  return negative ? `-${text}` : text
}
