import { dec, toDecimalString } from '../money/decimal'
import { readDeadline } from './deadline'
import {
  DIRECTION_WORDS,
  NEGATIONS,
  NEUTRAL_TAILS,
  negatedAt,
  type Phrase,
  PLACEHOLDERS,
  PREFIX_COMPARATORS,
  phraseAt,
  phraseEndingAt,
  RANGE_SEPARATORS,
  SUFFIX_COMPARATORS,
  TREND_WORDS,
} from './lexicon'
import { normalizeTargetText } from './normalize'
import { findDamagedFigure, type NumberToken, readUnit, scanNumbers } from './scan'
import type {
  Comparator,
  ComparatorInference,
  QualitativeTarget,
  QuantitativeTarget,
  Target,
  TargetSuspicion,
  TargetText,
} from './types'

/**
 * Options for {@link parseTarget}.
 *
 * @example
 * ```ts
 * import type { ParseTargetOptions } from '@lw/perf-eval'
 * const o: ParseTargetOptions = { indicatorName: '花市安全事故数' }
 * ```
 */
export interface ParseTargetOptions {
  /**
   * The indicator's name. When no comparator is written it decides between ≥ (default) and ≤ (the
   * name names something to keep down: 事故, 投诉, 差错, 成本, 费用, 调整率, 结余率, 发生率 …).
   */
  readonly indicatorName?: string | undefined
}

/**
 * Reads a target text (预期实现值 / 年度指标值) into a typed target. The text is normalised first
 * ({@link normalizeTargetText}); then, in order:
 * - a placeholder ("", "-", "一", "无", "/") is `none`;
 * - a figure with letters in it ("M.8万元", "1O0%") is `unreadable` (`ocr-damage`): never guessed;
 * - a date is a `deadline` ("9月前", "2023年12月", "2021年12月完成", "12月底之前", "1-12月");
 * - one figure, or a range of two, with an optional label before it, comparator symbols or phrases
 *   around it (≥, 不低于, 达到, 以上, 不超过, 控制在…以内 …) and a unit, is `quantitative`; with no
 *   comparator written one is inferred (≥; = for a zero target; ≤ for a lower-is-better name);
 * - anything else is `qualitative`, with the trend it asks for when it names one.
 * Never throws: any string (or any value) gives a target. Linear in the length of the text.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('≥95%')  // { kind: 'quantitative', comparator: '>=', value: '95', unit: '%', comparatorInferred: false, … }
 * parseTarget('0起')   // { kind: 'quantitative', comparator: '=', value: '0', unit: '起', comparatorInferred: true, … }
 * parseTarget('800 m²') // { kind: 'quantitative', comparator: '>=', value: '800', unit: 'm²', … }
 * parseTarget('9月前') // { kind: 'deadline', month: 9, … }
 * parseTarget('提升')  // { kind: 'qualitative', trend: 'increase', … }
 * parseTarget('-')     // { kind: 'none', … }
 * ```
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): Target {
  const raw = asText(text)
  const normalized = normalizeTargetText(raw)
  const base: TargetText = { raw, normalized }
  if (PLACEHOLDERS.has(normalized)) return { kind: 'none', ...base }

  const damaged = findDamagedFigure(normalized)
  if (damaged !== null) {
    return { kind: 'unreadable', ...base, problem: 'ocr-damage', fragment: damaged }
  }

  const deadline = readDeadline(normalized)
  if (deadline !== null) {
    if (!deadline.ok) {
      return { kind: 'unreadable', ...base, problem: 'bad-date', fragment: deadline.fragment }
    }
    return { kind: 'deadline', ...base, ...deadline.parts }
  }

  const quantity = readQuantity(normalized)
  if (quantity !== null) {
    if (quantity.conflict) {
      return {
        kind: 'unreadable',
        ...base,
        problem: 'conflicting-comparators',
        fragment: normalized,
      }
    }
    return quantitative(base, quantity, options)
  }
  return qualitative(base)
}

function asText(text: unknown): string {
  if (typeof text === 'string') return text
  if (typeof text === 'number' && Number.isFinite(text)) return String(text)
  return ''
}

/** A figure read from text, before a comparator is inferred. @internal */
export interface QuantityRead {
  readonly comparators: readonly Exclude<Comparator, 'between'>[]
  /** The comparators as written (symbol or phrase), in the order of `comparators`. */
  readonly comparatorTexts: readonly string[]
  readonly conflict: boolean
  readonly value: string
  readonly upper?: string
  readonly unit: string | null
  readonly label: string
}

const LABEL_STOPS = new Set(['，', ',', '。', ';', '；', '!', '?', '≥', '≤', '<', '>', '=', '~'])

/**
 * Reads "label? comparators* number unit? (separator number unit?)? tails*" from normalised text.
 * Returns null when the text is not one clean quantity (no figure, several, or other words around).
 * @internal
 */
export function readQuantity(s: string): QuantityRead | null {
  const nums = scanNumbers(s, 4)
  const first = nums[0]
  if (first === undefined) return null

  const lead = readLead(s.slice(0, first.start))
  if (lead === null) return null
  const unit1 = readUnit(s, first.end)
  let pos = unit1?.end ?? first.end
  let unit = unit1?.unit ?? null
  let upper: { digits: string; negative: boolean } | undefined

  // Digits inside a unit ("m2") are not figures.
  const after = nums.filter((n) => n.start >= pos)
  const second = after[0]
  if (after.length > 2) return null
  if (second !== undefined) {
    const range = readRangeEnd(s, pos, second)
    if (range === null) return null
    const unit2 = readUnit(s, second.end)
    if (unit !== null && unit2 !== null && unit !== unit2.unit) return null
    unit = unit ?? unit2?.unit ?? null
    pos = unit2?.end ?? second.end
    upper = { digits: second.digits, negative: range.negative }
    if (after.some((n) => n.start >= pos)) return null
  }

  const tail = readTail(s, pos, upper !== undefined)
  if (tail === null) return null
  const comparators = [
    ...lead.comparators.map((p) => p.comparator),
    ...tail.map((p) => p.comparator),
  ]
  const comparatorTexts = [...lead.comparators.map((p) => p.text), ...tail.map((p) => p.text)]
  const distinct = new Set(comparators)
  const conflict = distinct.size > 1 || (upper !== undefined && distinct.size > 0)
  let value = signed(first.digits, lead.negative)
  let upperValue = upper === undefined ? undefined : signed(upper.digits, upper.negative)
  if (upperValue !== undefined && dec(upperValue).lessThan(value)) {
    ;[value, upperValue] = [upperValue, value]
  }
  return {
    comparators,
    comparatorTexts,
    conflict,
    value,
    ...(upperValue !== undefined ? { upper: upperValue } : {}),
    unit,
    label: lead.label,
  }
}

function signed(digits: string, negative: boolean): string {
  const d = dec(digits)
  return toDecimalString(negative ? d.negated() : d)
}

interface Lead {
  readonly comparators: Phrase[]
  readonly negative: boolean
  readonly label: string
}

/** The longest label kept before a figure ("满意度", "完成率"); longer text is a sentence. */
const LABEL_LIMIT = 20

/** Reads what stands before the first number: a label, then comparators, then a minus sign. */
function readLead(pre: string): Lead | null {
  // Walk back from the number with an index: no copies of a long prefix.
  let end = pre.length
  const negative = pre.endsWith('-')
  if (negative) end--
  const comparators: Phrase[] = []
  for (let p = phraseEndingAt(pre, end, PREFIX_COMPARATORS); p !== undefined; ) {
    comparators.push(p)
    end -= p.text.length
    p = phraseEndingAt(pre, end, PREFIX_COMPARATORS)
  }
  if (end > LABEL_LIMIT) return null
  const label = pre.slice(0, end)
  for (const ch of label) if (LABEL_STOPS.has(ch)) return null
  return { comparators, negative, label }
}

/** Reads the separator between the two numbers of a range ("-", "~", "至", "到"). */
function readRangeEnd(s: string, pos: number, second: NumberToken): { negative: boolean } | null {
  const sep = phraseAt(
    s,
    pos,
    RANGE_SEPARATORS.map((text) => ({ text })),
  )
  if (sep === undefined) return null
  const after = pos + sep.text.length
  if (after === second.start) return { negative: false }
  if (after + 1 === second.start && s[after] === '-') return { negative: true }
  return null
}

/** Reads what follows the figure: comparator phrases and neutral words only. */
function readTail(s: string, at: number, isRange: boolean): Phrase[] | null {
  const found: Phrase[] = []
  let i = at
  while (i < s.length) {
    const cmp = phraseAt(s, i, SUFFIX_COMPARATORS)
    if (cmp !== undefined) {
      found.push(cmp)
      i += cmp.text.length
      continue
    }
    const neutral = NEUTRAL_TAILS.find((t) => s.startsWith(t, i))
    if (neutral !== undefined) {
      i += neutral.length
      continue
    }
    if (isRange && s.startsWith('之间', i)) {
      i += 2
      continue
    }
    return null
  }
  return found
}

function quantitative(
  base: TargetText,
  q: QuantityRead,
  options: ParseTargetOptions,
): QuantitativeTarget {
  const written = q.upper !== undefined ? 'between' : q.comparators[0]
  const inferred = written === undefined ? inferComparator(q.value, options.indicatorName) : null
  const comparator: Comparator = written ?? inferred?.comparator ?? '>='
  const suspect = inferred !== null ? suspectComparatorDigit(q, options.indicatorName) : undefined
  return {
    kind: 'quantitative',
    ...base,
    comparator,
    value: q.value,
    ...(q.upper !== undefined ? { upper: q.upper } : {}),
    unit: q.unit,
    comparatorInferred: inferred !== null,
    ...(inferred !== null ? { inferredFrom: inferred.from } : {}),
    ...(q.label !== '' ? { label: q.label } : {}),
    ...(suspect !== undefined ? { suspect } : {}),
  }
}

function inferComparator(
  value: string,
  indicatorName: string | undefined,
): { comparator: Comparator; from: ComparatorInference } {
  if (dec(value).isZero()) return { comparator: '=', from: 'zero-target' }
  if (indicatorName !== undefined && lowerIsBetter(indicatorName)) {
    return { comparator: '<=', from: 'lower-is-better-name' }
  }
  return { comparator: '>=', from: 'default' }
}

/**
 * True when an indicator name says lower values are better (事故, 投诉, 成本, 调整率 …). The word
 * that ends last decides, the longer on a tie: 利息费用保障率 is higher-is-better, 事故发生率 lower.
 * @internal
 */
export function lowerIsBetter(name: string): boolean {
  const n = normalizeTargetText(typeof name === 'string' ? name : '')
  let bestEnd = -1
  let bestLen = 0
  let lower = false
  for (const w of DIRECTION_WORDS) {
    const at = n.lastIndexOf(w.text)
    if (at < 0) continue
    const end = at + w.text.length
    if (end > bestEnd || (end === bestEnd && w.text.length > bestLen)) {
      bestEnd = end
      bestLen = w.text.length
      lower = w.lower
    }
  }
  return lower
}

/** Words in a name that make a percent above 100 plausible. */
const GROWTH_WORDS = ['增长', '增幅', '增速', '提高', '倍', '执行率', '增加']

/**
 * "290%" where "≥90%" was printed: OCR reads ≥ as 2. Flagged, never corrected, when no comparator
 * was written, the figure is a percent above 100 that starts with 2, and the rest is a percent in
 * [1, 100].
 */
function suspectComparatorDigit(
  q: QuantityRead,
  indicatorName: string | undefined,
): TargetSuspicion | undefined {
  if (q.unit !== '%' || q.upper !== undefined || !q.value.startsWith('2')) return undefined
  if (indicatorName !== undefined && GROWTH_WORDS.some((w) => indicatorName.includes(w))) {
    return undefined
  }
  const rest = q.value.slice(1)
  if (rest === '' || rest.startsWith('0') || rest.startsWith('.')) return undefined
  const v = dec(q.value)
  const r = dec(rest)
  if (v.lessThanOrEqualTo(100) || r.lessThan(1) || r.greaterThan(100)) return undefined
  return { problem: 'comparator-read-as-digit', reading: `≥${rest}%` }
}

function qualitative(base: TargetText): QualitativeTarget {
  const trend = readTrend(base.normalized)
  return { kind: 'qualitative', ...base, ...(trend !== undefined ? { trend } : {}) }
}

/**
 * The trend a text asks for: increase (提升, 提高, 增加, 改善 …) or decrease (降低, 减少 …), when
 * exactly one direction is named and not negated ("不降低" names none).
 * @internal
 */
export function readTrend(s: string): 'increase' | 'decrease' | undefined {
  const found = findTrend(s)
  return found?.trend
}

/**
 * A trend word the text denies ("未提升", "没有提高"): the trend it names and the words with their
 * negation; undefined when there is none.
 * @internal
 */
export function findDeniedTrend(
  s: string,
): { trend: 'increase' | 'decrease'; word: string; at: number } | undefined {
  for (let i = 0; i < s.length; i++) {
    const w = phraseAt(s, i, TREND_WORDS)
    if (w === undefined) continue
    const negation = NEGATIONS.find((n) => i >= n.length && s.startsWith(n, i - n.length))
    if (negation === undefined) continue
    const at = i - negation.length
    return { trend: w.trend, word: s.slice(at, i + w.text.length), at }
  }
  return undefined
}

/** The trend named in `s` and the word that names it. @internal */
export function findTrend(
  s: string,
): { trend: 'increase' | 'decrease'; word: string; at: number } | undefined {
  let first: { trend: 'increase' | 'decrease'; word: string; at: number } | undefined
  for (let i = 0; i < s.length; i++) {
    const w = phraseAt(s, i, TREND_WORDS)
    if (w === undefined || negatedAt(s, i)) continue
    if (first === undefined) first = { trend: w.trend, word: w.text, at: i }
    else if (first.trend !== w.trend) return undefined
  }
  return first
}
