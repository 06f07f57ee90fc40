import { MONEY_MESSAGES } from '../findings/catalogue/money'
import type { Finding, FindingParam } from '../findings/index'
import { findingFromRule } from '../findings/make'
import { type Locale, pick } from '../i18n/index'
import { type DecimalString, dec, toDecimalString } from './decimal'
import { isMoneyUnit, type MoneyUnit, scale } from './units'

/**
 * Why an amount could not be read.
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

/**
 * The result of reading an amount: the canonical decimal string and the unit it is in, or a finding.
 *
 * @example
 * ```ts
 * import { readAmount } from '@lw/perf-eval'
 * const r = readAmount('6211. 89')
 * r.success && r.value // '6211.89'
 * ```
 */
export type AmountResult =
  | {
      /** The text was read as an amount. */
      readonly success: true
      /** Canonical decimal string: no exponent, no grouping, no trailing zeros ("6211.89"). */
      readonly value: DecimalString
      /** The unit `value` is in: the requested unit, else the one written in the text, else null. */
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

const PROBLEM_TEXT: Readonly<Record<AmountProblem, { 'zh-CN': string; en: string }>> = {
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

/**
 * Reads an amount of money the way forms print it, exactly: the canonical decimal string and the
 * unit it is in, or why it cannot be read with its finding. {@link parseAmount} is the same reading
 * with the contract's shape (the string, or the finding).
 *
 * Accepts spaces inside numbers left by OCR ("6211. 89"), thousands separators ("6,211.89"),
 * full-width digits and punctuation ("６２１１．８９"), a leading sign (-, −, +, ＋), a currency sign
 * and a trailing unit (元 / 万元 / 亿元, converted when `unit` is given). Text that merely looks
 * numeric ("IO", "M.8", "O", "1.2.3") is rejected with an `AMOUNT_UNPARSEABLE` finding: OCR damage is
 * never guessed. Numbers are taken by their shortest decimal representation (6211.89 → "6211.89").
 * Never throws.
 *
 * @example
 * ```ts
 * import { readAmount } from '@lw/perf-eval'
 * readAmount('6211. 89')                     // { success: true, value: '6211.89', unit: null }
 * readAmount('25万元', { unit: '元' })        // { success: true, value: '250000', unit: '元' }
 * readAmount('90万元')                        // { success: true, value: '90', unit: '万元' }
 * readAmount('M.8')                          // { success: false, problem: 'not-a-number' }
 * ```
 */
export function readAmount(input: unknown, options: ParseAmountOptions = {}): AmountResult {
  const fail = (problem: AmountProblem, text: string): AmountResult => ({
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

  let value = dec(digits)
  let unit: MoneyUnit | null = written
  if (options.unit !== undefined) {
    if (written !== null) value = scale(value, written, options.unit)
    unit = options.unit
  }
  return { success: true, value: toDecimalString(value), unit }
}

/**
 * Reads an amount of money the way forms print it, exactly, into a canonical decimal string; an
 * amount that cannot be read gives an `AMOUNT_UNPARSEABLE` finding instead — never NaN, never a
 * guess. Tell them apart with `typeof result === 'string'` (or {@link isFinding}).
 *
 * Accepts spaces inside numbers left by OCR ("6211. 89"), thousands separators ("6,211.89"),
 * full-width digits and punctuation ("６２１１．８９"), a leading sign (-, −, +, ＋), a currency sign
 * and a trailing unit (元 / 万元 / 亿元, converted when `unit` is given). Text that merely looks
 * numeric ("IO", "M.8", "O", "1.2.3") is rejected. Numbers are taken by their shortest decimal
 * representation (6211.89 → "6211.89"). Never throws. {@link readAmount} also tells the unit.
 *
 * @example
 * ```ts
 * import { parseAmount } from '@lw/perf-eval'
 * parseAmount('6211. 89')                // '6211.89'
 * parseAmount('6,211.89')                // '6211.89'
 * parseAmount('６２１１．８９')            // '6211.89'
 * parseAmount(6211.89)                   // '6211.89'
 * parseAmount('25万元', { unit: '元' })   // '250000'
 * parseAmount('M.8')                     // { code: 'AMOUNT_UNPARSEABLE', severity: 'error' }
 * ```
 */
export function parseAmount(
  input: unknown,
  options: ParseAmountOptions = {},
): DecimalString | Finding {
  const r = readAmount(input, options)
  return r.success ? r.value : r.finding
}

/**
 * True when a result of {@link parseAmount} or {@link convertAmount} is a finding rather than an
 * amount.
 *
 * @example
 * ```ts
 * import { isFinding, parseAmount } from '@lw/perf-eval'
 * isFinding(parseAmount('IO'))      // true
 * isFinding(parseAmount('327. 17')) // false
 * ```
 */
export function isFinding(value: unknown): value is Finding {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value
}

/**
 * Converts an amount between 元, 万元 and 亿元, exactly (no rounding: 1 元 is "0.0001" 万元). The
 * amount may be anything {@link parseAmount} reads; an unreadable amount or an unknown unit gives
 * its finding instead.
 *
 * @example
 * ```ts
 * import { convertAmount } from '@lw/perf-eval'
 * convertAmount('6211.89', '万元', '元')     // '62118900'
 * convertAmount('1', '元', '万元')           // '0.0001'
 * convertAmount('6539.06', '万元', '亿元')   // '0.653906'
 * convertAmount('IO', '万元', '元')          // { code: 'AMOUNT_UNPARSEABLE' }
 * ```
 */
export function convertAmount(
  amount: unknown,
  from: MoneyUnit,
  to: MoneyUnit,
  options: Omit<ParseAmountOptions, 'unit'> = {},
): DecimalString | Finding {
  if (!isMoneyUnit(from) || !isMoneyUnit(to)) {
    return amountFinding('unit-unknown', `${describe(from)} → ${describe(to)}`, options)
  }
  const parsed = readAmount(amount, { ...options, unit: from })
  if (!parsed.success) return parsed.finding
  return toDecimalString(scale(dec(parsed.value), from, to))
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
  const params: Record<string, FindingParam> = {
    text,
    reason: amountProblemText(problem, options.locale),
    problem,
  }
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
