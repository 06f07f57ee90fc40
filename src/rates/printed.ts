import type { Failure, Success } from '../findings/result'
import type { Bilingual } from '../i18n/index'
import { type DecimalString, toDecimalString } from '../money/decimal'
import { AMOUNT_LIMITS } from '../money/limits'
import { checkOptions, OptionError } from '../options/index'
import { formatPercent, MAX_DECIMALS, type RateRounding, toFraction } from './format'
import { Dec, type Fraction, roundFraction, safeDec } from './fraction'
import type { RateResult } from './result'

/**
 * Why a printed rate could not be read: `empty` (nothing printed), `placeholder` (a dash, slash or
 * 无 printed in place of a figure), `not-a-number` (OCR damage such as "IO" or "8g.31%", which is
 * never guessed) or `too-long` (text over `AMOUNT_LIMITS.maxLength` characters, not read).
 *
 * @example
 * ```ts
 * import { parsePrintedRate } from '@lw/perf-eval'
 * const r = parsePrintedRate('—')
 * r.success ? r.ratio : r.reason // 'placeholder'
 * ```
 */
export type PrintedRateProblem = 'empty' | 'placeholder' | 'not-a-number' | 'too-long'

/**
 * A rate as the form prints it. `data` is the number as written ("97.80%" → "97.8"); `decimals`
 * counts the digits written after the point, trailing zeros included ("97.80%" → 2), because they
 * say how the figure was rounded; `percent` says whether a % sign was written. A bare number is
 * ambiguous ("1" may be a ratio meaning 100%, "89.31" a percentage without its sign), so `ratio`
 * is only given when the % sign settles it.
 *
 * @example
 * ```ts
 * import { parsePrintedRate } from '@lw/perf-eval'
 * parsePrintedRate('89. 31%') // { success: true, text: '89. 31%', data: '89.31', ratio: '0.8931', percent: true, decimals: 2 }
 * ```
 */
export type PrintedRate =
  | (Success<DecimalString> & {
      /** The text as given. */
      readonly text: string
      /** The ratio ("0.978") when a % sign settles it; null for a bare number. */
      readonly ratio: DecimalString | null
      /** True when a % sign was written. */
      readonly percent: boolean
      /** Digits written after the point, trailing zeros included. */
      readonly decimals: number
    })
  | (Failure & {
      /** The text as given. */
      readonly text: string
      /** Why it is not a rate. */
      readonly reason: PrintedRateProblem
    })

const PLACEHOLDERS = new Set(['-', '--', '—', '——', '–', '/', '\\', '无', '一', 'N/A', 'n/a'])
// Bounded, linear: one optional sign, digits, optional fraction, optional % sign.
const PRINTED = /^([+-]?)(\d{1,30})(?:\.(\d{1,30}))?(%?)$/
const MINUS_LIKE = /^[\u2212\u2013\uFE63]/

/**
 * Checks the options of {@link checkReportedRate}: `conventions`, when given, lists known
 * convention ids. Returns them.
 * @internal
 */
export function checkConventions(
  fn: string,
  options: CheckReportedRateOptions | undefined,
): readonly RateConvention[] | undefined {
  const o = checkOptions(fn, options)
  const list: unknown = o.conventions
  if (list === undefined) return undefined
  const ids = RATE_CONVENTIONS.map((c) => c.id)
  if (!Array.isArray(list))
    throw new OptionError(fn, 'conventions', list, `an array of ${ids.join(', ')}`)
  for (const id of list) {
    // oneOf reads an absent value as its fallback; a hole in the list is no convention.
    if (typeof id !== 'string' || !(ids as readonly string[]).includes(id))
      throw new OptionError(fn, 'conventions[]', id, ids)
  }
  return list as RateConvention[]
}

/**
 * Reads a printed rate the way forms write it: "89.31%", "89. 31%" (OCR spaces), "１００．００％"
 * (full width), "93%", "1", "0.00%", "-0.03%", "−5%". Never throws; anything else is a problem.
 *
 * @param printed - the cell text (a number is taken as its shortest decimal text)
 * @returns the reading, or why there is none
 * @example
 * ```ts
 * import { parsePrintedRate } from '@lw/perf-eval'
 * const r = parsePrintedRate('97.80%')
 * r.success && [r.data, r.decimals, r.ratio] // ['97.8', 2, '0.978']
 * parsePrintedRate('IO').success         // false ('not-a-number')
 * ```
 */
export function parsePrintedRate(printed: unknown): PrintedRate {
  const text =
    typeof printed === 'number' ? String(printed) : typeof printed === 'string' ? printed : ''
  if (typeof printed !== 'string' && (typeof printed !== 'number' || !Number.isFinite(printed))) {
    return {
      success: false,
      findings: [],
      text,
      reason: printed === undefined || printed === null ? 'empty' : 'not-a-number',
    }
  }
  if (text.length > AMOUNT_LIMITS.maxLength) {
    return { success: false, findings: [], text, reason: 'too-long' }
  }
  const compact = text.normalize('NFKC').replace(/\s+/gu, '').replace(MINUS_LIKE, '-')
  if (compact === '') return { success: false, findings: [], text, reason: 'empty' }
  if (PLACEHOLDERS.has(compact))
    return { success: false, findings: [], text, reason: 'placeholder' }
  const m = PRINTED.exec(compact)
  if (!m) return { success: false, findings: [], text, reason: 'not-a-number' }
  const [, sign = '', whole = '', frac = '', percentSign = ''] = m
  const value = new Dec(`${sign}${whole}${frac === '' ? '' : `.${frac}`}`)
  const percent = percentSign === '%'
  return {
    success: true,
    text,
    data: toDecimalString(value),
    ratio: percent ? toDecimalString(value.dividedBy(100)) : null,
    percent,
    decimals: frac.length,
  }
}

/**
 * A printing convention under which a figure that is not the half-up rounding of the computed rate
 * is still right:
 *
 * - `half-even`: a tie rounded to even, GB/T 8170 (12.345% printed "12.34%");
 * - `truncated`: digits cut, not rounded (97.8086% printed "97.80%");
 * - `fraction`: the ratio printed instead of the percentage ("1" for 100%, "0.9781" for 97.81%),
 *   held to at least whole-percent precision — "1" stands for 100%, not for anything from 50% to 149%;
 * - `percent-sign-omitted`: the percentage without its % sign ("89.31"), as under a "执行率(%)" header;
 * - `zero-for-undefined`: a rate whose denominator is 0 printed as 0 ("0", "0.00%");
 * - `full-for-empty`: nothing spent of a zero budget (0/0) printed as 100%.
 *
 * @example
 * ```ts
 * import { checkReportedRate } from '@lw/perf-eval'
 * checkReportedRate('97.80%', '0.97808641975').convention // 'truncated'
 * ```
 */
export type RateConvention =
  | 'truncated'
  | 'half-even'
  | 'fraction'
  | 'percent-sign-omitted'
  | 'zero-for-undefined'
  | 'full-for-empty'

/**
 * Every {@link RateConvention} with its name in both locales, in the order they are tried.
 *
 * @example
 * ```ts
 * import { RATE_CONVENTIONS } from '@lw/perf-eval'
 * RATE_CONVENTIONS.find((c) => c.id === 'truncated')?.name['zh-CN'] // '截尾（舍去多余位数）'
 * ```
 */
export const RATE_CONVENTIONS: readonly {
  readonly id: RateConvention
  readonly name: Bilingual
}[] = [
  { id: 'half-even', name: { 'zh-CN': '四舍六入五成双', en: 'rounded half to even' } },
  { id: 'truncated', name: { 'zh-CN': '截尾（舍去多余位数）', en: 'truncated, not rounded' } },
  {
    id: 'fraction',
    name: { 'zh-CN': '以小数表示（1 即 100%）', en: 'printed as a ratio (1 = 100%)' },
  },
  {
    id: 'percent-sign-omitted',
    name: { 'zh-CN': '省略百分号', en: 'percent sign omitted' },
  },
  {
    id: 'zero-for-undefined',
    name: { 'zh-CN': '分母为零时填 0', en: '0 printed for an undefined rate' },
  },
  {
    id: 'full-for-empty',
    name: { 'zh-CN': '零预算零支出填 100%', en: '100% printed for nothing spent of a zero budget' },
  },
]

/**
 * The verdict on a printed rate:
 *
 * - `match`: equal to the computed rate rounded half-up at the printed number of decimals ("93%"
 *   for 92.56% is a match at 0 decimals); also a placeholder ("—") printed for a rate that does not
 *   exist or whose amounts are not printed either;
 * - `convention`: right only under the {@link RateConvention} named in `convention`;
 * - `mismatch`: right under no convention — a figure that is merely close is a mismatch;
 * - `unreadable`: the printed text is not a rate ("IO");
 * - `uncheckable`: the printed rate is readable but the amounts to recompute it are missing or
 *   unreadable, so nothing can be said about it;
 * - `absent`: nothing is printed (a blank cell, or a placeholder such as "—" beside a rate that
 *   exists) — blank is not a figure, so it is neither right nor wrong.
 *
 * @example
 * ```ts
 * import type { RateVerdict } from '@lw/perf-eval'
 * const v: RateVerdict = 'convention'
 * ```
 */
export type RateVerdict =
  | 'match'
  | 'convention'
  | 'mismatch'
  | 'unreadable'
  | 'uncheckable'
  | 'absent'

/**
 * The result of {@link checkReportedRate}.
 *
 * @example
 * ```ts
 * import { checkReportedRate } from '@lw/perf-eval'
 * const c = checkReportedRate('97.80%', '0.97808641975')
 * c // { verdict: 'convention', convention: 'truncated', rounding: 'truncate', decimals: 2, expected: '97.81%' }
 * ```
 */
export interface RateCheck {
  /** `match`, `convention` (right under another rounding), `mismatch` or why it could not be checked. */
  readonly verdict: RateVerdict
  /** The convention that explains the printed figure, when the verdict is `convention`. */
  readonly convention: RateConvention | null
  /** The rounding that reproduces the printed figure; null when none does. */
  readonly rounding: RateRounding | null
  /** Decimals of the percentage the comparison was made at; null when no figure was read. */
  readonly decimals: number | null
  /** The printed text, as given. */
  readonly printed: string
  /** The computed ratio (not ×100); null when the rate is undefined or could not be computed. */
  readonly computed: DecimalString | null
  /** The computed rate as the form should print it: half-up at `decimals` ("97.81%"); null when undefined. */
  readonly expected: string | null
}

/**
 * Options of {@link checkReportedRate}.
 *
 * @example
 * ```ts
 * import { checkReportedRate } from '@lw/perf-eval'
 * checkReportedRate('97.80%', '0.97808641975', { conventions: [] }).verdict // 'mismatch'
 * ```
 */
export interface CheckReportedRateOptions {
  /** Conventions accepted as explaining a printed figure. Default: all of {@link RATE_CONVENTIONS}. */
  readonly conventions?: readonly RateConvention[] | undefined
}

type Computed =
  | { readonly kind: 'value'; readonly f: Fraction; readonly ratio: DecimalString }
  | { readonly kind: 'undefined'; readonly numerator: Dec | null }
  | { readonly kind: 'unavailable'; readonly missing: boolean }

const MODES: readonly RateRounding[] = ['half-up', 'half-even', 'truncate']

/**
 * Checks a printed rate against the rate recomputed from the amounts, the way an auditor would:
 * exact comparison at the printed number of decimals, then the known printing conventions, and
 * nothing else — no tolerance that would let a wrong figure pass because it is close.
 *
 * `computed` is a {@link RateResult} (best: a zero-denominator failure tells 0/0 from 5/0), a ratio
 * as a decimal string, or null for a rate known to be undefined.
 *
 * @param printed - the figure as printed ("89. 31%", "93%", "1", "0.00%")
 * @param computed - the recomputed rate
 * @param options - which conventions to accept
 * @returns the verdict with the figures behind it
 * @example
 * ```ts
 * import { budgetCompletionRateResult, checkReportedRate } from '@lw/perf-eval'
 * const luan = budgetCompletionRateResult({ adjustedBudget: '329.77', actual: '338.31' })
 * checkReportedRate('102.59%', luan).verdict                                    // 'match'
 * checkReportedRate('50%', budgetCompletionRateResult({ adjustedBudget: '310.2', actual: '154.74' })).decimals // 0
 * checkReportedRate('1', budgetCompletionRateResult({ adjustedBudget: '64.8', actual: '64.8' })).convention   // 'fraction'
 * checkReportedRate('0.00%', budgetCompletionRateResult({ adjustedBudget: '0', actual: '0' })).convention    // 'zero-for-undefined'
 * checkReportedRate('89.13%', '0.893122').verdict                               // 'mismatch'
 * ```
 */
export function checkReportedRate(
  printed: unknown,
  computed: RateResult | DecimalString | number | null,
  options?: CheckReportedRateOptions,
): RateCheck {
  const conventions = checkConventions('checkReportedRate', options)
  const p = parsePrintedRate(printed)
  const c = readComputed(computed)
  const allowed = new Set(conventions ?? RATE_CONVENTIONS.map((x) => x.id))
  const base = {
    printed: p.text,
    computed: c.kind === 'value' ? c.ratio : null,
  }
  const verdict = (
    v: RateVerdict,
    decimals: number | null,
    convention: RateConvention | null = null,
    rounding: RateRounding | null = null,
  ): RateCheck => ({
    verdict: v,
    convention,
    rounding,
    decimals,
    ...base,
    expected: c.kind === 'value' && decimals !== null ? formatPercentOf(c.f, decimals) : null,
  })

  if (!p.success) {
    if (p.reason === 'not-a-number' || p.reason === 'too-long') return verdict('unreadable', null)
    // No figure printed where no figure can exist is right.
    if (c.kind === 'undefined' || (c.kind === 'unavailable' && c.missing))
      return verdict('match', null)
    if (c.kind === 'unavailable') return verdict('uncheckable', null)
    return verdict('absent', null)
  }
  if (c.kind === 'unavailable') return verdict('uncheckable', p.decimals)

  const value = new Dec(p.data)
  if (c.kind === 'undefined') {
    if (value.isZero() && allowed.has('zero-for-undefined')) {
      return verdict('convention', p.decimals, 'zero-for-undefined')
    }
    const asRatio = p.percent ? value.dividedBy(100) : value.eq(1) ? value : value.dividedBy(100)
    if (c.numerator?.isZero() && asRatio.eq(1) && allowed.has('full-for-empty')) {
      return verdict('convention', p.decimals, 'full-for-empty')
    }
    return verdict('mismatch', p.decimals)
  }

  // Percent readings first: with the sign, the half-up match and its rounding variants.
  const percentDecimals = p.decimals
  const roundsTo = (decimals: number, mode: RateRounding, target: Dec): boolean =>
    roundFraction({ n: c.f.n.times(100), d: c.f.d }, decimals, mode).eq(target)
  if (p.percent) {
    if (roundsTo(percentDecimals, 'half-up', value))
      return verdict('match', percentDecimals, null, 'half-up')
    // A tie both rules explain (12.345% → "12.34%") is credited to the rounding rule.
    if (allowed.has('half-even') && roundsTo(percentDecimals, 'half-even', value)) {
      return verdict('convention', percentDecimals, 'half-even', 'half-even')
    }
    if (allowed.has('truncated') && roundsTo(percentDecimals, 'truncate', value)) {
      return verdict('convention', percentDecimals, 'truncated', 'truncate')
    }
    return verdict('mismatch', percentDecimals)
  }
  if (allowed.has('percent-sign-omitted')) {
    const mode = MODES.find((m) => modeAllowed(m, allowed) && roundsTo(percentDecimals, m, value))
    if (mode) return verdict('convention', percentDecimals, 'percent-sign-omitted', mode)
  }
  if (allowed.has('fraction')) {
    const fractionDecimals = Math.max(0, p.decimals - 2)
    const asPercent = value.times(100)
    const mode = MODES.find(
      (m) => modeAllowed(m, allowed) && roundsTo(fractionDecimals, m, asPercent),
    )
    if (mode) return verdict('convention', fractionDecimals, 'fraction', mode)
  }
  return verdict('mismatch', percentDecimals)
}

/** A bare figure may combine a reading with a rounding convention only if that one is allowed too. */
function modeAllowed(mode: RateRounding, allowed: ReadonlySet<RateConvention>): boolean {
  if (mode === 'truncate') return allowed.has('truncated')
  if (mode === 'half-even') return allowed.has('half-even')
  return true
}

function formatPercentOf(f: Fraction, decimals: number): string | null {
  // A figure printed with more decimals than a percentage is ever shown with (-0.0000010000000000000002,
  // found by the fuzz suite) has no expected text to show; it used to throw formatPercent's OptionError.
  if (decimals > MAX_DECIMALS) return null
  return formatPercent(
    { success: true, data: '0', numerator: f.n.toFixed(), denominator: f.d.toFixed() },
    { decimals },
  )
}

function readComputed(computed: unknown): Computed {
  if (computed === null || computed === undefined) return { kind: 'undefined', numerator: null }
  if (typeof computed === 'object' && 'success' in computed) {
    const r = computed as RateResult
    if (!r.success) {
      if (r.reason !== 'zero-denominator') {
        return { kind: 'unavailable', missing: r.reason === 'missing-input' }
      }
      return { kind: 'undefined', numerator: safeDec(r.numerator) }
    }
  }
  const f = toFraction(computed)
  if (f === null) return { kind: 'unavailable', missing: false }
  return { kind: 'value', f, ratio: toDecimalString(f.n.dividedBy(f.d)) }
}
