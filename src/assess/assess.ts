import { type Finding, type FindingPath, makeFinding } from '../findings/index'
import { pick } from '../i18n/index'
import { readAmount } from '../money/amount'
import { type Dec, dec, toDecimalString } from '../money/decimal'
import { readDeadline } from '../targets/deadline'
import { targetFindings } from '../targets/findings'
import { formatTarget } from '../targets/format'
import { negatedAt, PLACEHOLDERS, phraseAt } from '../targets/lexicon'
import { normalizeTargetText } from '../targets/normalize'
import { findDeniedTrend, findTrend, parseTarget, readQuantity } from '../targets/parse'
import { readUnit } from '../targets/scan'
import type { QuantitativeTarget, Target } from '../targets/types'
import {
  compareDeadline,
  compareQuantity,
  directionOf,
  type Outcome,
  percentText,
  reconcile,
  type Settings,
} from './compare'
import { ZERO_EVENT_WORDS } from './lexicon'
import {
  type Bound,
  differenceBefore,
  figuresIn,
  findWords,
  givesCause,
  isBoundPhrase,
  truncatedEnding,
  type WordMatch,
  type WordsFound,
} from './read'
import { reason, STATUS_TEXT, trendText } from './reasons'
import type {
  ActualSource,
  AssessableIndicator,
  AssessedActual,
  Assessment,
  AssessmentReason,
  AssessmentStatus,
  AssessOptions,
  ReverseRule,
} from './types'

/**
 * The defaults of {@link AssessOptions}, as data: FASP2's reverse rule (linear to zero at twice the
 * target), partially-met from 60% of the target (the 部分达成 band's floor), over-target review
 * from 120% (FASP2 monitoring's blue light), placeholders not reported as missing targets.
 *
 * @example
 * ```ts
 * import { DEFAULT_ASSESS_OPTIONS } from '@lw/perf-eval'
 * DEFAULT_ASSESS_OPTIONS.partialRatio // '0.6'
 * ```
 */
export const DEFAULT_ASSESS_OPTIONS: {
  readonly reverseRule: ReverseRule
  readonly partialRatio: string
  readonly overTargetRatio: string
  readonly placeholderTargetIsMissing: boolean
} = {
  reverseRule: 'linear-to-double',
  partialRatio: '0.6',
  overTargetRatio: '1.2',
  placeholderTargetIsMissing: false,
}

interface Fields {
  readonly name: string
  readonly level2: string | undefined
  readonly target: string | undefined
  readonly actual: string | undefined
  readonly actualValue: string | undefined
  readonly actualUnit: string | undefined
  readonly deviationReason: string | undefined
  readonly status: Exclude<AssessmentStatus, 'unknown'> | undefined
}

interface Reading {
  readonly status: AssessmentStatus
  readonly ratio: Dec | null
  readonly actual: AssessedActual
  readonly source: ActualSource
  readonly reasons: readonly AssessmentReason[]
  readonly unitMismatch?: { readonly actualUnit: string; readonly targetUnit: string }
}

/**
 * Judges an indicator from what the form says: its target (parsed with {@link parseTarget}) against
 * its actual — a structured `actualValue`, a figure or date written as the whole cell, or a
 * narrative read for a figure with a compatible unit ("垃圾分类率100%…", "满意程度≥95%") and for
 * the words that decide ("未开展" → not-carried-out; "延期", "未按计划" → not-met; "完成预期…",
 * "已完成" → met). An explicit `status` in the form always wins. Units must agree (元/万元/亿元 are
 * converted); when they cannot be reconciled the status is `unknown`, with a finding. Every step
 * is a reason, with the words that decided. Never throws; the indicator is not mutated.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '花市安全事故数', target: '0起', actual: '受新冠疫情影响,该项工作未开展。' }).status
 * // 'not-carried-out'
 * const a = assessIndicator({ name: '野生动物收容所', target: '≥200平方米', actual: '204.46平方米' })
 * a.status // 'met'
 * a.ratio  // '1.0223'
 * const cost = { name: '项目总成本', target: '≤90万元', actual: '100' }
 * assessIndicator(cost, { reverseRule: 'target-over-actual' }).ratio // '0.9'
 * ```
 */
export function assessIndicator(
  indicator: AssessableIndicator,
  options: AssessOptions = {},
): Assessment {
  const s = settingsOf(options)
  const f = fieldsOf(indicator)
  const target = parseTarget(f.target ?? '', { indicatorName: f.name })
  const r = readActual(f, target, s)
  let status = r.status
  let source = r.source
  let reasons = r.reasons
  if (f.status !== undefined) {
    const stated = pick(STATUS_TEXT[f.status], s.locale)
    const disagree =
      r.status !== 'unknown' && r.status !== f.status
        ? [reason('reading-disagrees', { status: pick(STATUS_TEXT[r.status], s.locale) }, s.locale)]
        : []
    reasons = [reason('explicit-status', { status: stated }, s.locale), ...r.reasons, ...disagree]
    status = f.status
    source = 'status'
  }
  const ratio = r.ratio === null ? null : toDecimalString(r.ratio)
  const assessment = {
    status,
    ratio,
    direction: directionOf(target),
    actual: r.actual,
    actualSource: source,
    reasons,
    target,
  }
  return { ...assessment, findings: findingsOf(f, target, { ...r, status }, options, s) }
}

function settingsOf(o: AssessOptions): Settings {
  const rule = o.reverseRule === 'target-over-actual' ? o.reverseRule : 'linear-to-double'
  return {
    reverseRule: rule,
    partialRatio: ratioOption(o.partialRatio, DEFAULT_ASSESS_OPTIONS.partialRatio),
    overTargetRatio: ratioOption(o.overTargetRatio, DEFAULT_ASSESS_OPTIONS.overTargetRatio),
    fiscalYear: Number.isInteger(o.fiscalYear) ? o.fiscalYear : undefined,
    locale: o.locale === 'en' ? 'en' : 'zh-CN',
  }
}

/** A threshold given as a number or decimal string; anything unreadable falls back to the default. */
function ratioOption(value: unknown, fallback: string): Dec {
  if (typeof value !== 'number' && typeof value !== 'string') return dec(fallback)
  const parsed = readAmount(value)
  return parsed.success ? dec(parsed.value) : dec(fallback)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** Reads the indicator defensively: plain JavaScript callers may pass anything. */
function fieldsOf(indicator: unknown): Fields {
  const o: Record<string, unknown> =
    typeof indicator === 'object' && indicator !== null
      ? (indicator as Record<string, unknown>)
      : {}
  const status = o.status
  return {
    name: text(o.name) ?? '',
    level2: text(o.level2),
    target: text(o.target),
    actual: text(o.actual),
    actualValue: text(o.actualValue),
    actualUnit: text(o.actualUnit),
    deviationReason: text(o.deviationReason),
    status:
      status === 'met' ||
      status === 'partially-met' ||
      status === 'not-met' ||
      status === 'not-carried-out'
        ? status
        : undefined,
  }
}

const NO_ACTUAL: Omit<AssessedActual, 'text'> = { value: null, unit: null, bound: null, date: null }

function readActual(f: Fields, target: Target, s: Settings): Reading {
  const actualText = f.actual ?? null
  const n = normalizeTargetText(f.actual ?? '')
  const blank: AssessedActual = { text: actualText, ...NO_ACTUAL }
  const structured = f.actualValue !== undefined ? readAmount(f.actualValue) : null
  if (
    structured?.success === true &&
    target.kind === 'quantitative' &&
    target.suspect === undefined
  ) {
    const unit = f.actualUnit !== undefined ? canonicalUnit(f.actualUnit) : null
    return readFigure(
      target,
      { value: structured.value, unit, bound: null, words: '' },
      'value',
      actualText,
      s,
    )
  }
  if (n === '') return unknown(blank, 'none', [reason('no-actual', {}, s.locale)])
  if (PLACEHOLDERS.has(n)) {
    return unknown(blank, 'none', [reason('actual-placeholder', { words: n }, s.locale, n)])
  }
  const words = findWords(n)
  if (words.notCarriedOut !== undefined) {
    const w = words.notCarriedOut
    return decided('not-carried-out', blank, [wordsReason('words-not-carried-out', w, s)])
  }
  const targetReasons = targetTrouble(target, s)
  if (target.kind === 'quantitative' && targetReasons.length === 0) {
    const byFigure = readQuantitativeActual(target, n, actualText, words, s, f.name)
    if (byFigure !== null) return byFigure
    const none = zeroEvent(target, n)
    if (none !== null) {
      return readFigure(
        target,
        { value: '0', unit: target.unit, bound: null, words: none },
        'text',
        actualText,
        s,
      )
    }
  }
  if (target.kind === 'deadline') {
    const d = readDeadline(n)
    if (d?.ok === true) {
      const out = compareDeadline(target, d.parts, s)
      return { ...out, actual: { ...blank, date: d.parts }, source: 'value', reasons: out.reasons }
    }
  }
  const byWords = decideByWords(target, n, words, actualText, s)
  if (byWords !== null) return { ...byWords, reasons: [...targetReasons, ...byWords.reasons] }
  const cut = truncatedEnding(n)
  const why =
    targetReasons.length > 0
      ? targetReasons
      : [
          cut !== null
            ? reason('truncated', { words: cut }, s.locale, cut)
            : reason('no-deciding-words', {}, s.locale),
        ]
  return unknown(blank, 'text', why)
}

function unknown(
  actual: AssessedActual,
  source: ActualSource,
  reasons: AssessmentReason[],
): Reading {
  return { status: 'unknown', ratio: null, actual, source, reasons }
}

function decided(
  status: AssessmentStatus,
  actual: AssessedActual,
  reasons: AssessmentReason[],
): Reading {
  return { status, ratio: null, actual, source: 'text', reasons }
}

/** Reasons why the target cannot be compared with a figure; empty when it can. */
function targetTrouble(target: Target, s: Settings): AssessmentReason[] {
  if (target.kind === 'none') return [reason('no-target', {}, s.locale)]
  if (target.kind === 'unreadable')
    return [reason('target-unreadable', { target: target.raw }, s.locale)]
  if (target.kind === 'quantitative' && target.suspect !== undefined) {
    return [
      reason('target-suspect', { target: target.raw, reading: target.suspect.reading }, s.locale),
    ]
  }
  return []
}

function wordsReason(
  code:
    | 'words-not-carried-out'
    | 'words-partially-met'
    | 'words-not-met'
    | 'words-met'
    | 'words-overruled',
  w: WordMatch,
  s: Settings,
): AssessmentReason {
  return reason(code, { words: w.word, clause: w.clause, all: w.all }, s.locale, w.word)
}

/** The canonical spelling of a unit given on its own ("平方米" → "m²"), else as written. */
function canonicalUnit(unit: string): string | null {
  const n = normalizeTargetText(unit)
  if (n === '') return null
  const u = readUnit(n, 0)
  return u !== null && u.end === n.length ? u.unit : n
}

interface FigureIn {
  readonly value: string
  readonly unit: string | null
  readonly bound: Bound | null
  readonly words: string
}

/** Compares one figure with the target, reconciling units first. */
function readFigure(
  target: QuantitativeTarget,
  figure: FigureIn,
  source: ActualSource,
  actualText: string | null,
  s: Settings,
): Reading {
  const rec = reconcile(figure.value, figure.unit, target)
  const base: AssessedActual = {
    text: actualText,
    value: null,
    unit: figure.unit,
    bound: figure.bound,
    date: null,
  }
  if (!rec.ok) {
    const params = { actualUnit: rec.actualUnit, targetUnit: rec.targetUnit }
    return {
      ...unknown({ ...base, value: figure.value }, source, [
        reason('unit-mismatch', params, s.locale),
      ]),
      unitMismatch: params,
    }
  }
  const out: Outcome = compareQuantity(target, { value: rec.value, bound: figure.bound }, s)
  const shownActual = `${rec.value}${rec.unit ?? ''}`
  const shownTarget = formatTarget(target, { explicitComparator: true })
  const first =
    source === 'text'
      ? reason(
          'actual-figure',
          { actual: shownActual, target: shownTarget, words: figure.words },
          s.locale,
          figure.words,
        )
      : reason('actual-value', { actual: shownActual, target: shownTarget }, s.locale)
  const converted =
    rec.converted !== undefined
      ? [
          reason(
            'unit-converted',
            {
              fromValue: rec.converted.fromValue,
              fromUnit: rec.converted.fromUnit,
              toValue: rec.value,
              toUnit: rec.unit ?? '',
            },
            s.locale,
          ),
        ]
      : []
  return {
    status: out.status,
    ratio: out.ratio,
    actual: { ...base, value: rec.value, unit: rec.unit },
    source,
    reasons: [first, ...converted, ...out.reasons],
  }
}

/**
 * A quantitative target against an actual: the whole cell as a figure ("204.46平方米", "≥95%"),
 * else the one figure of the narrative whose unit fits. Null when no figure decides.
 */
function readQuantitativeActual(
  target: QuantitativeTarget,
  n: string,
  actualText: string | null,
  words: WordsFound,
  s: Settings,
  name: string,
): Reading | null {
  const whole = readQuantity(n)
  // "超出预算5万元", "同比增长12%": a label that makes the figure a difference, not the actual.
  const difference = whole !== null && differenceBefore(whole.label, whole.label.length, name)
  if (whole !== null && !whole.conflict && whole.upper === undefined && !difference) {
    const bound = boundOf(whole.comparatorTexts, whole.comparators)
    const source: ActualSource = whole.label === '' ? 'value' : 'text'
    const figure = { value: whole.value, unit: whole.unit, bound, words: n }
    return overrule(readFigure(target, figure, source, actualText, s), words, s)
  }
  const fitting = (figuresIn(n, name) ?? []).filter(
    (fig) => reconcile(fig.value, fig.unit, target).ok,
  )
  const distinct = new Map(
    fitting.map((fig) => [`${fig.bound ?? ''}${reconcileKey(fig, target)}`, fig]),
  )
  if (distinct.size === 1) {
    const [fig] = distinct.values()
    if (fig !== undefined) return overrule(readFigure(target, fig, 'text', actualText, s), words, s)
  }
  if (distinct.size > 1) {
    const figures = [...distinct.values()].map((fig) => `${fig.value}${fig.unit ?? ''}`)
    const byWords = decideByWords(target, n, words, actualText, s)
    const ambiguous = reason('ambiguous-figures', { figures }, s.locale)
    if (byWords !== null) return { ...byWords, reasons: [ambiguous, ...byWords.reasons] }
    return unknown({ text: actualText, ...NO_ACTUAL }, 'text', [ambiguous])
  }
  return null
}

function reconcileKey(fig: FigureIn, target: QuantitativeTarget): string {
  const rec = reconcile(fig.value, fig.unit, target)
  return rec.ok ? rec.value : fig.value
}

/** A bound from comparators written with an actual; "达"/"达到" state a value reached, not a bound. */
function boundOf(texts: readonly string[], comparators: readonly string[]): Bound | null {
  for (let i = 0; i < comparators.length; i++) {
    const c = comparators[i]
    const t = texts[i] ?? ''
    if (c !== undefined && c !== '=' && isBoundPhrase(t)) return c as Bound
  }
  return null
}

/** Notes words that say the opposite of the figure, which decides. */
function overrule(r: Reading, words: WordsFound, s: Settings): Reading {
  const against =
    r.status === 'met'
      ? (words.notMet ?? words.partiallyMet)
      : r.status === 'not-met'
        ? words.met
        : undefined
  if (against === undefined) return r
  return { ...r, reasons: [...r.reasons, wordsReason('words-overruled', against, s)] }
}

/**
 * Decides from words: partially met, not met, then (qualitative targets) the target restated or
 * its trend named, then met. Null when no word decides.
 */
function decideByWords(
  target: Target,
  n: string,
  words: WordsFound,
  actualText: string | null,
  s: Settings,
): Reading | null {
  const actual: AssessedActual = { text: actualText, ...NO_ACTUAL }
  if (words.partiallyMet !== undefined) {
    return decided('partially-met', actual, [
      wordsReason('words-partially-met', words.partiallyMet, s),
    ])
  }
  if (words.notMet !== undefined) {
    return decided('not-met', actual, [wordsReason('words-not-met', words.notMet, s)])
  }
  if (target.kind === 'qualitative') {
    const denied = target.trend !== undefined ? findDeniedTrend(n) : undefined
    if (denied !== undefined && denied.trend === target.trend) {
      const w = { words: denied.word, clause: denied.word, all: [denied.word] }
      return decided('not-met', actual, [reason('words-not-met', w, s.locale, denied.word)])
    }
    const exact = restates(target.normalized, n, true)
    const trend = target.trend !== undefined ? findTrend(n) : undefined
    const loose = restates(target.normalized, n, false)
    if (exact === null && target.trend !== undefined && trend !== undefined) {
      const params = { trend: trendText(target.trend, s.locale), words: trend.word }
      return decided(trend.trend === target.trend ? 'met' : 'not-met', actual, [
        reason('trend', params, s.locale, trend.word),
      ])
    }
    const restated = exact ?? loose
    if (restated !== null) {
      return decided('met', actual, [
        reason('restates-target', { words: restated }, s.locale, restated),
      ])
    }
  }
  if (words.met !== undefined)
    return decided('met', actual, [wordsReason('words-met', words.met, s)])
  return null
}

/**
 * The target's words when the actual restates them: the same text ("符合相关文件要求"), or, when
 * `exact` is false, the target's text within a longer actual ("效果明显，…").
 */
function restates(targetText: string, actual: string, exact: boolean): string | null {
  const core = (t: string): string => {
    let end = t.length
    while (end > 0 && '。.,，;；'.includes(t[end - 1] ?? '')) end--
    return t.slice(0, end)
  }
  const t = core(targetText)
  if (t.length === 0) return null
  if (core(actual) === t) return t
  if (exact || t.length < 2) return null
  // "未达到效果明显" names the target only to deny it.
  for (let at = actual.indexOf(t); at >= 0; at = actual.indexOf(t, at + 1)) {
    if (!negatedAt(actual, at)) return t
  }
  return null
}

/**
 * For a zero target ("0起"), an actual that prints no figure but says the event did not happen
 * ("未发生安全事故", "零投诉"): the words, read as an actual of 0; null otherwise.
 */
function zeroEvent(target: QuantitativeTarget, n: string): string | null {
  if (!dec(target.value).isZero()) return null
  for (let i = 0; i < n.length; i++) {
    const w = phraseAt(n, i, ZERO_EVENT_WORDS)
    if (w !== undefined) return w.text
  }
  return null
}

function findingsOf(
  f: Fields,
  target: Target,
  r: Reading,
  options: AssessOptions,
  s: Settings,
): Finding[] {
  const path: FindingPath = options.path ?? []
  const indicator = f.name
  const out: Finding[] = targetFindings(f.target === undefined ? undefined : target, {
    indicatorName: f.name,
    level2: f.level2,
    path: [...path, 'target'],
    locale: s.locale,
    placeholderIsMissing: options.placeholderTargetIsMissing === true,
  })
  const actualN = normalizeTargetText(f.actual ?? '')
  const hasReason = given(f.deviationReason) || givesCause(actualN)
  const noActual = actualN === '' || PLACEHOLDERS.has(actualN)
  if (
    noActual &&
    f.actualValue === undefined &&
    f.status === undefined &&
    !(actualN !== '' && hasReason)
  ) {
    out.push(
      makeFinding(
        'INDICATOR_ACTUAL_MISSING',
        [...path, 'actual'],
        { indicator },
        { locale: s.locale },
      ),
    )
  }
  if (r.unitMismatch !== undefined) {
    const params = {
      indicator,
      actual: f.actual ?? f.actualValue ?? '',
      target: f.target ?? '',
      ...r.unitMismatch,
    }
    out.push(
      makeFinding('INDICATOR_UNIT_MISMATCH', [...path, 'actual'], params, { locale: s.locale }),
    )
  }
  const short =
    r.status === 'not-met' || r.status === 'partially-met' || r.status === 'not-carried-out'
  if (short && !hasReason) {
    const status = pick(STATUS_TEXT[r.status], s.locale)
    out.push(
      makeFinding(
        'INDICATOR_NOT_MET_WITHOUT_REASON',
        [...path, 'deviationReason'],
        { indicator, status },
        { locale: s.locale },
      ),
    )
  }
  const higher =
    target.kind === 'quantitative' &&
    (target.comparator === '>=' || target.comparator === '>' || target.comparator === '=')
  if (
    higher &&
    r.ratio?.greaterThanOrEqualTo(s.overTargetRatio) === true &&
    r.actual.value !== null
  ) {
    out.push(
      makeFinding(
        'INDICATOR_OVER_TARGET',
        path,
        {
          indicator,
          actual: `${r.actual.value}${r.actual.unit ?? ''}`,
          target: formatTarget(target, { explicitComparator: true }),
          ratio: percentText(r.ratio),
          threshold: percentText(s.overTargetRatio),
        },
        { locale: s.locale },
      ),
    )
  }
  return out
}

/** True when a deviation reason says something (not blank, not "无" or "-"). */
function given(text: string | undefined): boolean {
  const n = normalizeTargetText(text ?? '')
  return n !== '' && !PLACEHOLDERS.has(n)
}
