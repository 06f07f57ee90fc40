import { shownText } from '../i18n/index'
import { dec, toDecimalString } from '../money/decimal'
import { checkOptions, checkText } from '../options/index'
import { readDeadline } from './deadline'
import { directionWordIn, directionWordInNormalized } from './direction'
import { type NameHints, readNormalizedNameHints } from './hints'
import {
  NEGATIONS,
  NEUTRAL_TAILS,
  negatedAt,
  type Phrase,
  PLACEHOLDERS,
  PREFIX_COMPARATORS,
  phraseAt,
  phraseEndingAt,
  RANGE_SEPARATORS,
  SPACED_COMPARATORS,
  SUFFIX_COMPARATORS,
  TEMPLATE_PROMPTS,
  TREND_WORDS,
} from './lexicon'
import { withinTargetLimits } from './limits'
import { normalizeTargetText } from './normalize'
import {
  findDamagedFigure,
  isDigit,
  isLetter,
  type NumberToken,
  readUnit,
  scanNumbers,
} from './scan'
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
 * const o: ParseTargetOptions = { indicatorName: '花市安全事故数', level2: '质量指标' }
 * ```
 */
export interface ParseTargetOptions {
  /**
   * The indicator's name. When the target writes no comparator or no unit, the name supplies them:
   * a template hint ("(≥**人)", "(<**元/户·年)"), a bound with the same value ("最高5300元"), a unit
   * in brackets ("(个)", "(%)") or a head noun ("培训人数" → 人); else its words decide between ≥
   * (default), ≤ (事故, 投诉, 发生率, 成本, 费用, 调整率 …) and = (补助标准 …), and flag names used
   * both ways (成本控制率).
   */
  readonly indicatorName?: string | undefined
  /** 二级指标 as printed: under 成本指标 a bare figure is an upper bound. */
  readonly level2?: string | undefined
}

/** Checks the options of the target readers: the indicator's name and 二级 as text. @internal */
export function checkTargetOptions(fn: string, options: ParseTargetOptions | undefined): void {
  const o = checkOptions(fn, options)
  checkText(fn, 'indicatorName', o.indicatorName)
  checkText(fn, 'level2', o.level2)
}

/**
 * Reads a target text (预期实现值 / 年度指标值) into a typed target. The text is normalised first
 * ({@link normalizeTargetText}, traditional characters and pinyin glosses included); then, in order:
 * - a placeholder ("", "-", "一", "无", "/") or an unfilled template prompt ("(文字描述)") is `none`;
 * - a figure with letters in it ("M.8万元", "1O0%") is `unreadable` (`ocr-damage`): never guessed;
 * - a date is a `deadline` ("9月前", "2023年12月", "2021年12月完成", "完成时间为2022年12月30日");
 * - one figure, or a range of two ("3—5天", "90%~100%"), with an optional label before it,
 *   comparator symbols or phrases around it (≥, 不低于, 达到, 以上, 不超过, 控制在…以内 …), a unit
 *   (any of the unit table's, a measure word, a composite such as 元/人·月, or an unknown one as
 *   written, flagged) and, when a comparator or a known unit is written, a few words after it
 *   ("全年开展不少于3次培训", "100%覆盖") is `quantitative`; with no comparator written one is
 *   inferred and `inferredFrom` says how (see {@link ComparatorInference});
 * - anything else is `qualitative`, with the trend it asks for when it names one.
 * Text over {@link TARGET_LIMITS}.maxLength characters is `unreadable` (`too-long`) without being
 * read, and a name that long gives no hints. Never throws on the text: any string (or any value) gives a target; options that are not text
 * throw `OptionError`. Linear in the length of the text.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('≥95%')  // { kind: 'quantitative', comparator: '>=', value: '95', unit: '%', comparatorInferred: false, … }
 * parseTarget('0起')   // { kind: 'quantitative', comparator: '=', value: '0', unit: '起', comparatorInferred: true, … }
 * parseTarget('800 m²') // { kind: 'quantitative', comparator: '>=', value: '800', unit: 'm²', … }
 * parseTarget('全年开展不少于3次培训') // { kind: 'quantitative', comparator: '>=', value: '3', unit: '次', … }
 * parseTarget('80', { indicatorName: '受益建档立卡贫困人口数≥**人' })
 * // { kind: 'quantitative', comparator: '>=', value: '80', unit: '人', inferredFrom: 'name-hint', unitFrom: 'name', … }
 * parseTarget('9月前') // { kind: 'deadline', month: 9, … }
 * parseTarget('提升')  // { kind: 'qualitative', trend: 'increase', … }
 * parseTarget('-')     // { kind: 'none', … }
 * ```
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): Target {
  checkTargetOptions('parseTarget', options)
  const raw = asText(text)
  if (!withinTargetLimits(raw)) {
    return {
      kind: 'unreadable',
      raw,
      normalized: raw,
      problem: 'too-long',
      fragment: shownText(raw),
    }
  }
  if (options.indicatorName !== undefined && !withinTargetLimits(options.indicatorName)) {
    return parseTarget(raw, { ...options, indicatorName: undefined })
  }
  const normalized = normalizeTargetText(raw)
  const base: TargetText = { raw, normalized }
  if (PLACEHOLDERS.has(normalized) || isTemplatePrompt(normalized)) {
    return { kind: 'none', ...base }
  }

  // A date written with dots ("2022.12.31") looks like a figure with two decimal points: a date
  // read whole wins over the damage.
  const deadline = readDeadline(normalized)
  const damaged = findDamagedFigure(normalized)
  if (damaged !== null && deadline?.ok !== true) {
    return { kind: 'unreadable', ...base, problem: 'ocr-damage', fragment: damaged }
  }

  if (deadline !== null) {
    if (!deadline.ok) {
      return { kind: 'unreadable', ...base, problem: 'bad-date', fragment: deadline.fragment }
    }
    return { kind: 'deadline', ...base, ...deadline.parts }
  }

  const quantity = readQuantity(normalized, TARGET_READING)
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

function isTemplatePrompt(s: string): boolean {
  return TEMPLATE_PROMPTS.some((p) => s.includes(p))
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
  /** True when the unit is not in the unit table: kept as written. */
  readonly unknownUnit?: boolean
  readonly label: string
  /** Words after the figure ("培训" in "不少于3次培训"), in sentence reading only. */
  readonly trailing?: string
}

/**
 * How {@link readQuantity} reads. The defaults read one clean quantity and nothing else (what an
 * actual cell is compared with). Target cells are read with both on:
 * - `sentence`: a few words may follow the figure when a comparator or a known unit is written
 *   ("全年开展不少于3次培训", "100%覆盖");
 * - `unknownUnits`: letters or one or two characters right after the figure that are not in the
 *   unit table are kept as the unit, flagged ("3幅", "100Mbps").
 * @internal
 */
export interface ReadQuantityOptions {
  readonly sentence?: boolean
  readonly unknownUnits?: boolean
}

const TARGET_READING: ReadQuantityOptions = { sentence: true, unknownUnits: true }

const LABEL_STOPS = new Set(['，', ',', '。', ';', '；', '!', '?', '≥', '≤', '<', '>', '=', '~'])

/** The most words read after a figure in a sentence ("培训", "的群众满意"). */
const TRAILING_LIMIT = 12

/** The unit after a figure, written plain ("5万元") or in brackets as forms print it ("5(万元)"). */
function readUnitAfter(s: string, at: number): ReturnType<typeof readUnit> {
  return readUnit(s, at) ?? bracketedUnit(s, at)
}

/** A bracket holding only a unit ("(万元)", "(百分比)") at `at`, its end after the ")"; or null. */
function bracketedUnit(s: string, at: number): ReturnType<typeof readUnit> {
  if (s[at] !== '(') return null
  const inner = readUnit(s, at + 1)
  return inner !== null && s[inner.end] === ')' ? { ...inner, end: inner.end + 1 } : null
}

/**
 * Reads "label? comparators* number unit? (separator number unit?)? tails* trailing?" from
 * normalised text. Returns null when the text is not one quantity (no figure, several, or other
 * words around it).
 * @internal
 */
export function readQuantity(s: string, options: ReadQuantityOptions = {}): QuantityRead | null {
  const nums = scanNumbers(s, 4)
  const first = nums[0]
  if (first === undefined) return null

  // A figure glued to letters before it is a code ("ISO9001", "GB50300"), not a quantity.
  if (isLetter(s[first.start - 1])) return null
  const lead = readLead(s.slice(0, first.start))
  if (lead === null) return null
  let unit1 = readUnitAfter(s, first.end)
  let unknownUnit = false
  if (unit1 === null && options.unknownUnits === true) {
    const unknown = readUnknownUnit(s, first.end)
    if (unknown !== null) {
      unit1 = { unit: unknown, end: first.end + unknown.length, dimension: 'count' }
      unknownUnit = true
    }
  }
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
    const unit2 = readUnitAfter(s, second.end)
    if (unit !== null && unit2 !== null && unit !== unit2.unit) return null
    if (unit2 !== null) unknownUnit = unit === null ? false : unknownUnit
    unit = unit ?? unit2?.unit ?? null
    pos = unit2?.end ?? second.end
    upper = { digits: second.digits, negative: range.negative }
    if (after.some((n) => n.start >= pos)) return null
  }

  const tail = readTail(s, pos, upper !== undefined)
  const written = lead.comparators.length + tail.found.length > 0
  let trailing: string | undefined
  if (tail.end < s.length) {
    const knownUnit = unit !== null && !unknownUnit
    if (options.sentence !== true || !(written || knownUnit)) return null
    // "2023年培训": a year, not a span of 2023 years.
    if (!written && unit === '年' && first.digits.length === 4) return null
    trailing = readTrailing(s, tail.end)
    if (trailing === undefined) return null
  }
  const comparators = [
    ...lead.comparators.map((p) => p.comparator),
    ...tail.found.map((p) => p.comparator),
  ]
  const comparatorTexts = [...lead.comparators.map((p) => p.text), ...tail.found.map((p) => p.text)]
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
    ...(unknownUnit && unit !== null ? { unknownUnit: true } : {}),
    label: lead.label,
    ...(trailing !== undefined ? { trailing } : {}),
  }
}

/**
 * Words after a figure that belong to its sentence: Chinese words or Latin letters only, perhaps
 * one note in brackets (no figure, sign, clause break or other symbol), at most
 * {@link TRAILING_LIMIT} characters. Undefined when the rest is anything else.
 */
function readTrailing(s: string, at: number): string | undefined {
  let end = s.length
  while (end > at && SENTENCE_ENDS.has(s[end - 1] ?? '')) end--
  if (end - at > TRAILING_LIMIT) return undefined
  let depth = 0
  for (let i = at; i < end; i++) {
    const ch = s[i]
    // A note in brackets ("95%(满意度)") belongs to the sentence too.
    if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (!isIdeographAt(s, i) && !isLetter(ch)) return undefined
    if (depth < 0 || depth > 1) return undefined
  }
  return depth === 0 ? s.slice(at, end) : undefined
}

/** Punctuation that may close the sentence after its trailing words ("100%覆盖。"). */
const SENTENCE_ENDS = new Set(['。', '.', ';', '；', '!', '！'])

/**
 * A unit the table does not know, kept as written: a run of ASCII letters ("Mbps"), or one or two
 * CJK characters, that ends the text or is followed by a comparator phrase or a neutral tail ("3幅",
 * "5樘以上"). Words that start a comparator phrase or a filler ("以上", "之内", "左右") are not units.
 */
function readUnknownUnit(s: string, at: number): string | null {
  let end = at
  if (isLetter(s[at])) {
    while (isLetter(s[end]) && end - at < 6) end++
    if (isLetter(s[end])) return null
    // "1I", "1O": letters that stand for digits are damage, not a unit (findDamagedFigure).
    if (Array.from(s.slice(at, end)).every((c) => 'OoIl'.includes(c))) return null
  } else {
    while (end - at < 2 && isIdeographAt(s, end) && !startsTail(s, end)) end++
  }
  if (end === at) return null
  if (end < s.length && !startsTail(s, end)) return null
  return s.slice(at, end)
}

function isIdeographAt(s: string, at: number): boolean {
  const cp = s.codePointAt(at) ?? 0
  return cp >= 0x4e00 && cp <= 0x9fff
}

function startsTail(s: string, at: number): boolean {
  return (
    phraseAt(s, at, SUFFIX_COMPARATORS) !== undefined ||
    NEUTRAL_TAILS.some((t) => s.startsWith(t, at)) ||
    s[at] === '('
  )
}

/**
 * A number token as a canonical decimal string, with its sign. A token already written canonically
 * ("100", "95.5": most of them) is its own value, without the round trip through decimal.js
 * (issue 17; test/targets.signed-fast.test.ts checks it against the round trip). @internal
 */
export function signed(digits: string, negative: boolean): string {
  if (CANONICAL_UNSIGNED.test(digits)) return negative && digits !== '0' ? `-${digits}` : digits
  const d = dec(digits)
  return toDecimalString(negative ? d.negated() : d)
}

const CANONICAL_UNSIGNED = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/

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
  if (comparators.length === 0 && !negative) {
    const spaced = spacedComparator(label)
    if (spaced !== undefined) comparators.push(spaced)
  }
  return { comparators, negative, label }
}

/** The most characters (a verb: 组织, 开展, 安排) between a spaced comparator and its number. */
const SPACED_GAP = 3

/** "至少组织2次": an at-least / at-most phrase a short verb before the number. */
function spacedComparator(label: string): Phrase | undefined {
  for (let gap = 1; gap <= SPACED_GAP && gap < label.length; gap++) {
    const end = label.length - gap
    if (!isIdeographAt(label, end)) return undefined
    const p = phraseEndingAt(label, end, PREFIX_COMPARATORS)
    if (p !== undefined && SPACED_COMPARATORS.has(p.text)) return p
  }
  return undefined
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

/**
 * Reads what follows the figure: comparator phrases, neutral words and a bracketed note that names
 * a unit ("%(百分比)", "个(次)"); stops at the first other word.
 */
function readTail(s: string, at: number, isRange: boolean): { found: Phrase[]; end: number } {
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
    const note = unitNoteAt(s, i)
    if (note > 0) {
      i += note
      continue
    }
    // "100(以上)": the comparator word in brackets, as forms print it.
    const bracketed = s[i] === '(' ? phraseAt(s, i + 1, SUFFIX_COMPARATORS) : undefined
    if (bracketed !== undefined && s[i + 1 + bracketed.text.length] === ')') {
      found.push(bracketed)
      i += bracketed.text.length + 2
      continue
    }
    break
  }
  return { found, end: i }
}

/** The length of a bracket holding only a unit ("(百分比)", "(次)") at `at`, or 0. */
function unitNoteAt(s: string, at: number): number {
  const u = bracketedUnit(s, at)
  return u === null ? 0 : u.end - at
}

function quantitative(
  base: TargetText,
  q: QuantityRead,
  options: ParseTargetOptions,
): QuantitativeTarget {
  const name =
    typeof options.indicatorName === 'string'
      ? normalizeTargetText(options.indicatorName)
      : undefined
  const written = q.upper !== undefined ? 'between' : q.comparators[0]
  // The name is read only for what the cell leaves out.
  const hints: NameHints =
    name !== undefined && (q.unit === null || written === undefined)
      ? readNormalizedNameHints(name)
      : {}
  const boundUnit =
    hints.bound !== undefined && dec(hints.bound.value).equals(q.value)
      ? (hints.bound.unit ?? undefined)
      : undefined
  const hintUnit =
    q.unit === null ? (hints.template?.unit ?? boundUnit ?? hints.unit?.unit) : undefined
  const unit = q.unit ?? hintUnit ?? null
  const inferred =
    written === undefined ? inferComparator(q.value, unit, name, options.level2, hints) : null
  const comparator: Comparator = written ?? inferred?.comparator ?? '>='
  const suspect = inferred !== null ? suspectComparatorDigit(q, name) : undefined
  const hintText =
    inferred?.from === 'name-hint'
      ? hints.template?.text
      : inferred?.from === 'name-bound'
        ? hints.bound?.text
        : hintUnit === undefined
          ? undefined
          : hints.template?.unit !== undefined
            ? hints.template.text
            : boundUnit !== undefined
              ? hints.bound?.text
              : hints.unit?.text
  return {
    kind: 'quantitative',
    ...base,
    comparator,
    value: q.value,
    ...(q.upper !== undefined ? { upper: q.upper } : {}),
    unit,
    comparatorInferred: inferred !== null,
    ...(inferred !== null ? { inferredFrom: inferred.from } : {}),
    ...(q.label !== '' ? { label: q.label } : {}),
    ...(q.unknownUnit === true ? { unknownUnit: true as const } : {}),
    ...(hintUnit !== undefined ? { unitFrom: 'name' as const } : {}),
    ...(hintText !== undefined ? { nameHint: hintText } : {}),
    ...(suspect !== undefined ? { suspect } : {}),
  }
}

/** Units of money: a bare amount under a name that names no direction may be a cost or an output. */
const MONEY_UNITS = new Set(['元', '千元', '万元', '百万元', '亿元', '万'])

function inferComparator(
  value: string,
  unit: string | null,
  name: string | undefined,
  level2: string | undefined,
  hints: NameHints,
): { comparator: Comparator; from: ComparatorInference } {
  if (dec(value).isZero()) return { comparator: '=', from: 'zero-target' }
  const bound = hints.bound
  if (bound !== undefined && dec(bound.value).equals(value)) {
    return { comparator: bound.comparator, from: 'name-bound' }
  }
  const hinted = hints.template?.comparator
  if (hinted !== undefined) return { comparator: hinted, from: 'name-hint' }
  if (name !== undefined) {
    const w = directionWordInNormalized(name)
    if (w?.direction === 'lower') return { comparator: '<=', from: 'lower-is-better-name' }
    if (w?.direction === 'equal') return { comparator: '=', from: 'equal-name' }
    if (w?.direction === 'unclear') return { comparator: '>=', from: 'direction-unclear' }
    if (
      w === undefined &&
      typeof level2 === 'string' &&
      normalizeTargetText(level2).includes('成本')
    ) {
      return { comparator: '<=', from: 'cost-level' }
    }
    if (w === undefined && unit !== null && MONEY_UNITS.has(unit) && !isOutputLevel(level2)) {
      return { comparator: '>=', from: 'direction-unclear' }
    }
  }
  return { comparator: '>=', from: 'default' }
}

function isOutputLevel(level2: string | undefined): boolean {
  const l = typeof level2 === 'string' ? normalizeTargetText(level2) : ''
  return l.includes('数量') || l.includes('质量') || l.includes('效益')
}

/**
 * True when an indicator name says lower values are better (事故, 投诉, 成本, 调整率 …). The word
 * that ends last decides, the longer on a tie: 利息费用保障率 is higher-is-better, 事故发生率 lower.
 * @internal
 */
export function lowerIsBetter(name: string): boolean {
  return directionWordIn(name)?.direction === 'lower'
}

/** Ordinal prefixes of a name: "指标1:", "指标2.", "1、", "(一)", stars. */
function stripOrdinal(n: string): string {
  let i = 0
  while (n[i] === '★' || n[i] === '☆' || n[i] === '*') i++
  if (n.startsWith('指标', i)) {
    i += 2
    let j = i
    while (isDigit(n[j])) j++
    // "指标12021年11月30日前…": the ordinal is glued to a year; keep the year's four digits.
    if (j - i > 4 && n[j] === '年') j -= 4
    else if (j - i > 2) j = i + 1
    i = j
  } else {
    let j = i
    while (isDigit(n[j]) && j - i < 2) j++
    if (j > i && ORDINAL_MARKS.has(n[j] ?? '')) i = j
  }
  while (ORDINAL_MARKS.has(n[i] ?? '')) i++
  return n.slice(i)
}

const ORDINAL_MARKS = new Set([':', '.', '、', ')', '-'])

/**
 * The target written in an indicator's name, for a row whose target cell is blank: a figure
 * ("年度资金支付完成率100%", "≥360天服务读者") or a deadline ("2020年12月完成",
 * "指标12021年11月30日前完成资金支付": an ordinal glued to the year is split off). Null for a name over
 * {@link TARGET_LIMITS}.maxLength characters (not read), and when the name
 * holds neither: a name that is a statement ("工程质量合格") is not read as a criterion here, because
 * a rubric item ("决策依据") or an effect ("促进文化经济发展") under a blank cell reads the same way
 * and holds no target; whether a form puts its criteria in the names is for the caller to judge
 * from the whole form. Ordinals and stars before the name ("指标1:", "★") are dropped. A cell that
 * prints a target always wins over this.
 *
 * @example
 * ```ts
 * import { readTargetInName } from '@lw/perf-eval'
 * readTargetInName('指标1:年度资金支付完成率100%')
 * // { kind: 'quantitative', comparator: '>=', value: '100', unit: '%', label: '年度资金支付完成率', … }
 * readTargetInName('指标12021年11月30日前完成资金支付') // { kind: 'deadline', year: 2021, month: 11, day: 30, … }
 * readTargetInName('指标1:工程质量合格')         // null
 * readTargetInName('指标4.不合格产品处置率')     // null
 * ```
 */
export function readTargetInName(name: string, options: ParseTargetOptions = {}): Target | null {
  checkTargetOptions('readTargetInName', options)
  if (!withinTargetLimits(name)) return null
  const n = normalizeTargetText(typeof name === 'string' ? name : '')
  const body = stripOrdinal(n)
  if (body.length < 2 || isTemplatePrompt(body)) return null
  const t = parseTarget(body, { ...options, indicatorName: body })
  return t.kind === 'quantitative' || t.kind === 'deadline' ? t : null
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
