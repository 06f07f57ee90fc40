import { MONEY_MESSAGES } from '../findings/catalogue/money'
import type { Finding } from '../findings/index'
import { findingFromRule } from '../findings/make'
import type { Failure, Result, Success } from '../findings/result'
import { type Locale, pick, shownText } from '../i18n/index'
import { checkOptionalLocale, checkOptions, checkPath, OptionError } from '../options/index'
import { type DecimalString, dec, toDecimalString } from './decimal'
import { AMOUNT_LIMITS } from './limits'
import { checkUnit, isMoneyUnit, MONEY_UNITS, type MoneyUnit, scale } from './units'

/**
 * Why an amount could not be read. `too-long`: text over {@link AMOUNT_LIMITS}.maxLength characters,
 * refused before it is read.
 *
 * @example
 * ```ts
 * import type { AmountProblem } from '@lw/perf-eval'
 * const p: AmountProblem = 'not-a-number'
 * ```
 */
export type AmountProblem =
  | 'empty'
  | 'not-a-number'
  | 'not-finite'
  | 'bad-grouping'
  | 'percent'
  | 'wrong-type'
  | 'unit-unknown'
  | 'too-long'

/**
 * The result of {@link parseAmount}: the canonical decimal string in `data` and the unit it is in,
 * or the `AMOUNT_UNPARSEABLE` finding and the problem.
 *
 * @example
 * ```ts
 * import { parseAmount } from '@lw/perf-eval'
 * const r = parseAmount('6211. 89')
 * r.success && r.data // '6211.89'
 * ```
 */
export type AmountResult =
  | (Success<DecimalString> & {
      /** The unit `data` is in: the requested unit, else the one written in the text, else null. */
      readonly unit: MoneyUnit | null
    })
  | (Failure & {
      /** Why the amount could not be read. */
      readonly problem: AmountProblem
    })

/** An amount as the library reads it internally (no options check, one finding). @internal */
export type AmountReading =
  | {
      /** The text was read as an amount. */
      readonly success: true
      readonly value: DecimalString
      readonly unit: MoneyUnit | null
    }
  | {
      /** The text is not an amount. */
      readonly success: false
      /** What is wrong with the text. */
      readonly problem: AmountProblem
      /** The `AMOUNT_UNPARSEABLE` finding to report. */
      readonly finding: Finding
    }

/**
 * Options for {@link parseAmount}.
 *
 * @example
 * ```ts
 * import type { ParseAmountOptions } from '@lw/perf-eval'
 * const o: ParseAmountOptions = { unit: '万元', locale: 'en' }
 * ```
 */
export interface ParseAmountOptions {
  /**
   * The unit the caller wants. A unit written in the text ("25万元") is converted to it exactly;
   * a bare number is taken to be in it already.
   */
  readonly unit?: MoneyUnit | undefined
  /** Locale of the finding's message. Default zh-CN. */
  readonly locale?: Locale | undefined
  /** Path of the amount inside a larger input, for the finding. */
  readonly path?: readonly (string | number)[] | undefined
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const PROBLEM_TEXT: Readonly<Record<AmountProblem, { 'zh-CN': string; en: string }>> = {
  empty: { 'zh-CN': '内容为空', en: 'it is empty' },
  'not-a-number': { 'zh-CN': '不是数字', en: 'it is not a number' },
  'not-finite': { 'zh-CN': '不是有限数', en: 'it is not a finite number' },
  'bad-grouping': {
    'zh-CN': '千分位分隔符位置不对',
    en: 'its thousands separators are misplaced',
  },
  percent: { 'zh-CN': '这是百分比，不是金额', en: 'it is a percentage, not an amount' },
  'wrong-type': { 'zh-CN': '既不是文本也不是数字', en: 'it is neither text nor a number' },
  'unit-unknown': { 'zh-CN': '单位无法识别', en: 'its unit is not a money unit' },
  'too-long': { 'zh-CN': '文字过长，不是金额', en: 'it is too long to be an amount' },
}

// Dashes that mean "minus" when they stand before a digit: minus sign, en dash, small hyphen-minus.
const MINUS_LIKE = /^[\u2212\u2013\uFE63]/
// 万 and 亿 alone, and the traditional 萬, are written for 万元 / 亿元 in cells ('5.8万', '236.25萬元').
const TRAILING_UNIT = /(亿元|万元|萬元|元|亿|万|萬)$/
const UNIT_SPELLINGS: Readonly<Record<string, MoneyUnit>> = {
  万: '万元',
  萬: '万元',
  萬元: '万元',
  亿: '亿元',
}
const LEADING_CURRENCY = /^([+-]?)¥/
const PLAIN = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/
/** A decimal as `toDecimalString` writes it: no sign but a minus, no leading or trailing zeros, never "-0". */
const CANONICAL = /^(?:-(?=[1-9]|0\.\d*[1-9]))?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/

/**
 * Reads an amount the way {@link parseAmount} does, without checking the options (the library's
 * own callers pass them right), in the internal shape.
 * @internal
 */
export function readAmount(input: unknown, options: ParseAmountOptions = {}): AmountReading {
  const fail = (problem: AmountProblem, text: string): AmountReading => ({
    success: false,
    problem,
    finding: amountFinding(problem, text, options),
  })

  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('not-finite', String(input))
    return { success: true, value: toDecimalString(dec(String(input))), unit: options.unit ?? null }
  }
  if (typeof input === 'bigint') {
    return { success: true, value: input.toString(), unit: options.unit ?? null }
  }
  if (typeof input !== 'string') return fail('wrong-type', describe(input))
  if (input.length > AMOUNT_LIMITS.maxLength) return fail('too-long', shownText(input))

  let text = input.normalize('NFKC').replace(/\s+/gu, '')
  if (text === '') return fail('empty', input)
  if (text.endsWith('%')) return fail('percent', input)

  let written: MoneyUnit | null = null
  const unitMatch = TRAILING_UNIT.exec(text)
  if (unitMatch) {
    const u = unitMatch[1] ?? ''
    const spelled = UNIT_SPELLINGS[u] ?? u
    if (isMoneyUnit(spelled)) written = spelled
    text = text.slice(0, -unitMatch[0].length)
  }
  text = text.replace(MINUS_LIKE, '-').replace(LEADING_CURRENCY, '$1')

  let digits: string
  if (PLAIN.test(text)) digits = text
  else if (GROUPED.test(text)) digits = text.replaceAll(',', '')
  else
    return fail(
      text.includes(',') && /^[+-]?[\d,]+(\.\d+)?$/.test(text) ? 'bad-grouping' : 'not-a-number',
      input,
    )

  const convert = options.unit !== undefined && written !== null
  // Most printed amounts are already canonical ("6211.89"): decimal.js would give them back as is.
  if (!convert && CANONICAL.test(digits)) {
    return { success: true, value: digits, unit: options.unit ?? written }
  }
  let value = dec(digits)
  let unit: MoneyUnit | null = written
  if (options.unit !== undefined) {
    if (written !== null) value = scale(value, written, options.unit)
    unit = options.unit
  }
  return { success: true, value: toDecimalString(value), unit }
}

/**
 * Reads an amount of money the way forms print it, exactly, into a canonical decimal string:
 * `{ success: true, data, unit }`, or `{ success: false, findings, problem }` with the
 * `AMOUNT_UNPARSEABLE` finding — never NaN, never a guess. `unit` is the unit `data` is in: the
 * requested `unit`, else the one written in the text ("90万元"), else null.
 *
 * Accepts spaces inside numbers left by OCR ("6211. 89"), thousands separators ("6,211.89"),
 * full-width digits and punctuation ("６２１１．８９"), a leading sign (-, −, +, ＋), a currency sign
 * and a trailing unit (元 / 万元 / 亿元, converted when `unit` is given). Text that merely looks
 * numeric ("IO", "M.8", "O", "1.2.3") is rejected. Numbers are taken by their shortest decimal
 * representation (6211.89 → "6211.89"). Never throws on the amount; throws `OptionError` for an
 * option it cannot honour (a unit that is not a money unit, an unknown locale, a path that is not
 * an array of keys).
 *
 * @example
 * ```ts
 * import { parseAmount } from '@lw/perf-eval'
 * parseAmount('6211. 89')                // { success: true, data: '6211.89', unit: null }
 * parseAmount('６２１１．８９')            // { success: true, data: '6211.89' }
 * parseAmount(6211.89)                   // { success: true, data: '6211.89' }
 * parseAmount('25万元', { unit: '元' })   // { success: true, data: '250000', unit: '元' }
 * parseAmount('90万元')                   // { success: true, data: '90', unit: '万元' }
 * parseAmount('M.8')                     // { success: false, problem: 'not-a-number' }
 * const r = parseAmount('6,211.89')
 * r.success ? r.data : r.findings[0]?.message // '6211.89'
 * ```
 */
export function parseAmount(input: unknown, options?: ParseAmountOptions): AmountResult {
  const fn = 'parseAmount'
  const o = checkOptions(fn, options)
  const checked: ParseAmountOptions = {
    unit: checkUnit(fn, 'unit', o.unit),
    locale: checkOptionalLocale(fn, o.locale),
    path: checkPath(fn, o.path),
  }
  const r = readAmount(input, checked)
  return r.success
    ? { success: true, data: r.value, unit: r.unit }
    : { success: false, findings: [r.finding], problem: r.problem }
}

/**
 * Converts an amount between 元, 万元 and 亿元, exactly (no rounding: 1 元 is "0.0001" 万元). The
 * amount may be anything {@link parseAmount} reads; an unreadable amount gives its finding. `from`
 * is the unit of a bare number: an amount that prints its own unit ("12万元") is read in that unit.
 * The units are the caller's choice, not data: one that is not a money unit throws `OptionError`.
 *
 * @example
 * ```ts
 * import { convertAmount } from '@lw/perf-eval'
 * convertAmount('6211.89', '万元', '元')     // { success: true, data: '62118900' }
 * convertAmount('1', '元', '万元')           // { success: true, data: '0.0001' }
 * convertAmount('6539.06', '万元', '亿元')   // { success: true, data: '0.653906' }
 * convertAmount('12万元', '元', '元')        // { success: true, data: '120000' }
 * convertAmount('IO', '万元', '元').success  // false
 * ```
 */
export function convertAmount(
  amount: unknown,
  from: MoneyUnit,
  to: MoneyUnit,
  options?: Omit<ParseAmountOptions, 'unit'>,
): Result<DecimalString> {
  const fn = 'convertAmount'
  const o = checkOptions(fn, options)
  const source = requiredUnit(fn, 'from', from)
  const target = requiredUnit(fn, 'to', to)
  const parsed = readAmount(amount, {
    unit: source,
    locale: checkOptionalLocale(fn, o.locale),
    path: checkPath(fn, o.path),
  })
  if (!parsed.success) return { success: false, findings: [parsed.finding] }
  return { success: true, data: toDecimalString(scale(dec(parsed.value), source, target)) }
}

function requiredUnit(fn: string, option: string, value: unknown): MoneyUnit {
  if (isMoneyUnit(value)) return value
  throw new OptionError(fn, option, value, MONEY_UNITS)
}

/** True when `s` names an {@link AmountProblem}. @internal */
export function isAmountProblem(s: string): s is AmountProblem {
  return Object.hasOwn(PROBLEM_TEXT, s)
}

/** The reason an amount could not be read, in words. @internal */
export function amountProblemText(problem: AmountProblem, locale: Locale | undefined): string {
  return pick(PROBLEM_TEXT[problem], locale)
}

function amountFinding(problem: AmountProblem, text: string, options: ParseAmountOptions): Finding {
  const params = { text, reason: amountProblemText(problem, options.locale), problem }
  // Only the money rules, not the whole catalogue: keeps the `./rates` entry small (docs/bundle-size.md).
  const rule = MONEY_MESSAGES.find((r) => r.code === 'AMOUNT_UNPARSEABLE')
  return findingFromRule('AMOUNT_UNPARSEABLE', rule, options.path ?? [], params, {
    locale: options.locale,
  })
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return typeof value
}
