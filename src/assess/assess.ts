import { type Finding, type FindingPath, makeFinding } from '../findings/index'
import { fieldName } from '../findings/labels'
import { pick, shownText } from '../i18n/index'
import { readAmount } from '../money/amount'
import { checkDecimal, type Dec, dec, toDecimalString } from '../money/decimal'
import {
  checkBoolean,
  checkInteger,
  checkOptionalLocale,
  checkOptions,
  checkPath,
  oneOf,
} from '../options/index'
import { readDeadline } from '../targets/deadline'
import { targetFindings } from '../targets/findings'
import { formatTarget } from '../targets/format'
import { negatedAt, PLACEHOLDERS, phraseAt, TREND_WORDS } from '../targets/lexicon'
import { TARGET_LIMITS, withinTargetLimits } from '../targets/limits'
import { normalizeTargetText } from '../targets/normalize'
import { findDeniedTrend, findTrend, parseTarget, readQuantity } from '../targets/parse'
import { readUnit } from '../targets/scan'
import type { QualitativeTarget, QuantitativeTarget, Target } from '../targets/types'
import {
  compareDeadline,
  compareQuantity,
  directionOf,
  type Outcome,
  percentText,
  reconcile,
  type Settings,
} from './compare'
import {
  CLAUSE_SEPARATORS,
  MOVEMENT_WORDS,
  ZERO_EVENT_FRAME_WINDOW,
  ZERO_EVENT_FRAMES,
  ZERO_EVENT_WORDS,
} from './lexicon'
import {
  type Claims,
  claimsIn,
  judgeMeaning,
  type MeaningVerdict,
  restatingClause,
} from './meaning'
import {
  type OcrContext,
  type OcrSuspicion,
  type OtherSide,
  suspectCell,
  suspectFigure,
} from './ocr'
import { inProgressWords, leastProgress, type ProgressFigure, progressFigures } from './progress'
import {
  type Bound,
  clauseAround,
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
 * target); a figure short of its target is not met, however narrowly (`partialRatio` 1: the
 * auditor's reading — 部分达成 comes from the actual's own words, 基本达到; pass "0.6" to read
 * shortfalls by the 部分达成 band's floor instead); over-target review from 120% (FASP2
 * monitoring's blue light); placeholders not reported as missing targets.
 *
 * @example
 * ```ts
 * import { DEFAULT_ASSESS_OPTIONS } from '@lw/perf-eval'
 * DEFAULT_ASSESS_OPTIONS.partialRatio // '1'
 * ```
 */
export const DEFAULT_ASSESS_OPTIONS: {
  readonly reverseRule: ReverseRule
  readonly partialRatio: string
  readonly overTargetRatio: string
  readonly placeholderTargetIsMissing: boolean
} = {
  reverseRule: 'linear-to-double',
  partialRatio: '1',
  overTargetRatio: '1.2',
  placeholderTargetIsMissing: false,
}

interface Fields {
  readonly name: string
  readonly level1: string | undefined
  readonly level2: string | undefined
  readonly formula: string | undefined
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
  /** Suspected OCR damage, in the target (when the assessment found it) and in the actual. */
  readonly suspect?: Suspicions
  /** The progress statement the status came from, when it did. */
  readonly progress?: ProgressFigure
}

/** Suspected OCR damage of both cells; `fromParser` when the target grammar flagged the target. */
interface Suspicions {
  readonly target?: OcrSuspicion & { readonly fromParser: boolean }
  readonly actual?: OcrSuspicion
}

/**
 * Judges an indicator from what the form says: its target (parsed with {@link parseTarget}) against
 * its actual — a structured `actualValue`, a figure or date written as the whole cell, or a
 * narrative read for a figure with a compatible unit ("垃圾分类率100%…", "满意程度≥95%") and for
 * the words that decide ("未开展" → not-carried-out; "延期", "未按计划" → not-met; "完成预期…",
 * "已完成" → met). An explicit `status` in the form always wins. Units must agree (元/万元/亿元 are
 * converted); when they cannot be reconciled the status is `unknown`, with a finding. Every step
 * is a reason, with the words that decided. Never throws on the indicator (an option it cannot
 * honour throws `OptionError`); the indicator is not mutated.
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
  assessOptions?: AssessOptions,
): Assessment {
  const options = checkAssessOptions(assessOptions)
  return assessWith(indicator, options, settingsOf(options))
}

/**
 * Options of {@link assessIndicator} checked and read once, for a caller that judges every
 * indicator of a form under the same ones (evaluate: issue 17 had them checked and their ratios
 * read as decimals once per indicator). @internal
 */
export interface PreparedAssessOptions {
  readonly options: AssessOptions
  readonly settings: Settings
}

/** Checks and reads options once; throws `OptionError` as {@link assessIndicator} would. @internal */
export function prepareAssessOptions(options: AssessOptions): PreparedAssessOptions {
  const checked = checkAssessOptions(options)
  return { options: checked, settings: settingsOf(checked) }
}

/**
 * {@link assessIndicator} under prepared options, at `path` (a path evaluate built, not checked
 * again). @internal
 */
export function assessPrepared(
  indicator: AssessableIndicator,
  prepared: PreparedAssessOptions,
  path: readonly (string | number)[],
): Assessment {
  return assessWith(indicator, { ...prepared.options, path }, prepared.settings)
}

function assessWith(
  indicator: AssessableIndicator,
  options: AssessOptions,
  s: Settings,
): Assessment {
  const f = fieldsOf(indicator)
  const long = READ_CELLS.filter((k) => !withinTargetLimits(f[k] ?? ''))
  if (long.length > 0) return notRead(f, long, options, s)
  const target = parseTarget(f.target ?? '', { indicatorName: f.name, level2: f.level2 })
  const r = unclearDirection(readActual(f, target, s), target, s)
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
  const findings = findingsOf(f, target, { ...r, status }, options, s)
  if (r.reasons.some((x) => x.code === 'direction-unclear')) {
    findings.push(
      makeFinding(
        'DIRECTION_UNCLEAR',
        [...(options.path ?? [])],
        { indicator: f.name, target: f.target ?? '', actual: f.actual ?? '' },
        { locale: s.locale },
      ),
    )
  }
  return { ...assessment, findings }
}

/** The cells the target grammar reads. */
const READ_CELLS = ['name', 'target', 'actual'] as const

/**
 * An indicator with a cell over TARGET_LIMITS: nothing of it is read (a hostile cell costs no more
 * than a real one), so it is not judged — status unknown, unless the form states one. Each long
 * cell gets one finding: the target its TARGET_UNPARSEABLE, a name or an actual
 * INDICATOR_TEXT_TOO_LONG.
 */
function notRead(
  f: Fields,
  long: readonly (typeof READ_CELLS)[number][],
  options: AssessOptions,
  s: Settings,
): Assessment {
  const target = parseTarget(f.target ?? '', { indicatorName: f.name, level2: f.level2 })
  const path = options.path ?? []
  const indicator = withinTargetLimits(f.name) ? f.name : shownText(f.name)
  const maxLength = TARGET_LIMITS.maxLength
  const nameOf = (k: string) => fieldName(s.locale ?? 'zh-CN', k) ?? k
  const fields = long.map(nameOf).join(s.locale === 'en' ? ', ' : '、')
  const reasons = [reason('text-too-long', { fields, maxLength }, s.locale)]
  if (f.status !== undefined) {
    reasons.unshift(
      reason('explicit-status', { status: pick(STATUS_TEXT[f.status], s.locale) }, s.locale),
    )
  }
  const findings = long.flatMap((k): Finding[] => {
    if (k === 'target') {
      return targetFindings(target, { indicatorName: f.name, path: [...path, k], locale: s.locale })
    }
    const params = {
      indicator,
      field: k,
      fieldName: nameOf(k),
      length: (f[k] ?? '').length,
      maxLength,
    }
    return [makeFinding('INDICATOR_TEXT_TOO_LONG', [...path, k], params, { locale: s.locale })]
  })
  return {
    status: f.status ?? 'unknown',
    ratio: null,
    direction: directionOf(target),
    actual: { text: f.actual ?? null, ...NO_ACTUAL },
    actualSource: f.status !== undefined ? 'status' : 'none',
    reasons,
    target,
    findings,
  }
}

/**
 * A bare figure under a name used both ways (成本控制率, a money figure outside 产出) has no sure
 * direction: an actual on either side of it is not judged — status unknown, the reason saying so,
 * and DIRECTION_UNCLEAR asks a person — rather than a confident status from a guessed ≥. An actual
 * equal to the figure is met either way.
 */
function unclearDirection(r: Reading, target: Target, s: Settings): Reading {
  if (target.kind !== 'quantitative' || target.inferredFrom !== 'direction-unclear') return r
  if (r.actual.value === null || r.status === 'unknown' || r.status === 'not-carried-out') return r
  if (dec(r.actual.value).equals(target.value)) return r
  return {
    ...r,
    status: 'unknown',
    reasons: [
      ...r.reasons,
      reason('direction-unclear', { value: target.value, unit: target.unit ?? '' }, s.locale),
    ],
  }
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

const REVERSE_RULES = ['linear-to-double', 'target-over-actual'] as const

/** Checks the options of {@link assessIndicator} by the rule of src/options; returns them. */
function checkAssessOptions(options: AssessOptions | undefined): AssessOptions {
  const fn = 'assessIndicator'
  const o = checkOptions(fn, options)
  oneOf(fn, 'reverseRule', o.reverseRule, REVERSE_RULES, 'linear-to-double')
  checkDecimal(fn, 'partialRatio', o.partialRatio)
  checkDecimal(fn, 'overTargetRatio', o.overTargetRatio)
  checkInteger(fn, 'fiscalYear', o.fiscalYear, 1, 9999)
  checkOptionalLocale(fn, o.locale)
  checkPath(fn, o.path)
  checkBoolean(fn, 'placeholderTargetIsMissing', o.placeholderTargetIsMissing, false)
  return o
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
    level1: text(o.level1),
    level2: text(o.level2),
    formula: text(o.formula),
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
  const ctx: OcrContext = {
    name: f.name,
    formula: f.formula,
    level1: f.level1,
    level2: f.level2,
  }
  const structured = f.actualValue !== undefined ? readAmount(f.actualValue) : null
  if (structured?.success === true && target.kind === 'quantitative') {
    const unit = f.actualUnit !== undefined ? canonicalUnit(f.actualUnit) : null
    const shownUnit = unit ?? target.unit
    // A target suspected of OCR damage ("290%"; "25次" beside 5) is judged on neither reading,
    // whichever cell holds the actual.
    const valueCell = { comparator: null, value: structured.value, unit: shownUnit }
    const onTarget = suspicionsOf(target, n, ctx, valueCell)
    if (onTarget.target !== undefined) {
      return suspected(blank, onTarget, findWords(n, target.normalized), s)
    }
    const damaged = suspectFigure(
      structured.value,
      shownUnit,
      ctx,
      otherSideOf(target),
      `${structured.value}${shownUnit ?? ''}`,
    )
    if (damaged !== null) return suspected(blank, { actual: damaged }, {}, s)
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
  const words = findWords(n, target.normalized)
  if (words.notCarriedOut !== undefined) {
    const w = words.notCarriedOut
    return decided('not-carried-out', blank, [wordsReason('words-not-carried-out', w, s)])
  }
  const damage = suspicionsOf(target, n, ctx)
  if (damage.target !== undefined || damage.actual !== undefined) {
    return suspected(blank, damage, words, s)
  }
  const targetReasons = targetTrouble(target, s)
  if (target.kind === 'quantitative' && targetReasons.length === 0) {
    const byFigure = readQuantitativeActual(target, n, actualText, words, s, ctx)
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
  const progress =
    targetReasons.length === 0 && target.kind !== 'quantitative'
      ? progressFigures(n, f.name, target)
      : []
  const byWords = decideByWords(target, n, words, actualText, s, progress)
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

/** The target's figure as the other side of an actual: its written comparator, value and unit. */
function otherSideOf(target: Target): OtherSide | null {
  if (target.kind !== 'quantitative' || target.comparator === 'between') return null
  return {
    comparator: target.comparatorInferred ? null : target.comparator,
    value: target.value,
    unit: target.unit,
  }
}

/**
 * Suspected OCR damage in the target (the grammar's own suspicion, else the assessment's: "工5%",
 * "290$", "25次" beside an actual of 5次) and in the actual cell as a whole ("290%", "5=50%", "^80%").
 */
function suspicionsOf(
  target: Target,
  n: string,
  ctx: OcrContext,
  valueCell: OtherSide | null = null,
): Suspicions {
  let t: Suspicions['target']
  if (target.kind === 'quantitative' && target.suspect !== undefined) {
    t = {
      problem: 'comparator-read-as-digit',
      printed: target.raw,
      reading: target.suspect.reading,
      fromParser: true,
    }
  } else if (target.kind === 'quantitative' || target.kind === 'qualitative') {
    const whole = readQuantity(n)
    const other: OtherSide | null =
      valueCell ??
      (whole !== null && !whole.conflict && whole.upper === undefined
        ? { comparator: null, value: whole.value, unit: whole.unit }
        : null)
    const own = suspectCell(target.normalized, ctx, other, true)
    if (own !== null) t = { ...own, printed: target.raw, fromParser: false }
  }
  const a = suspectCell(n, ctx, otherSideOf(target), false)
  return { ...(t !== undefined ? { target: t } : {}), ...(a !== null ? { actual: a } : {}) }
}

/**
 * An indicator whose target or actual is suspected OCR damage: judged on neither reading. Words
 * that decide on their own ("基本达到", "延期", "已完成") still decide; figures never do.
 */
function suspected(
  actual: AssessedActual,
  damage: Suspicions,
  words: WordsFound,
  s: Settings,
): Reading {
  const reasons: AssessmentReason[] = []
  if (damage.target !== undefined) {
    const reading = damage.target.reading ?? noReading(s)
    reasons.push(reason('target-suspect', { target: damage.target.printed, reading }, s.locale))
  }
  if (damage.actual !== undefined) {
    const params = {
      actual: damage.actual.printed,
      reading: damage.actual.reading,
      hint: hintText(damage.actual.reading, s),
    }
    reasons.push(reason('actual-suspect', params, s.locale))
  }
  const base = { ratio: null, actual, source: 'text' as const, suspect: damage }
  if (words.partiallyMet !== undefined) {
    const w = wordsReason('words-partially-met', words.partiallyMet, s)
    return { ...base, status: 'partially-met', reasons: [...reasons, w] }
  }
  if (words.notMet !== undefined) {
    const w = wordsReason('words-not-met', words.notMet, s)
    return { ...base, status: 'not-met', reasons: [...reasons, w] }
  }
  if (words.met !== undefined && damage.actual === undefined) {
    return { ...base, status: 'met', reasons: [...reasons, wordsReason('words-met', words.met, s)] }
  }
  return { ...base, status: 'unknown', reasons }
}

function noReading(s: Settings): string {
  return pick({ 'zh-CN': '无法推断', en: 'no probable reading' }, s.locale)
}

function hintText(reading: string | null, s: Settings): string {
  if (reading === null) {
    return pick(
      {
        'zh-CN': '该指标不可能取此值，原值无法推断',
        en: 'a value this indicator cannot take, with no probable reading',
      },
      s.locale,
    )
  }
  return pick({ 'zh-CN': `可能是“${reading}”`, en: `probably "${reading}"` }, s.locale)
}

/** The status given by a progress statement, when nothing else measures the indicator. */
function fromProgress(
  figures: readonly ProgressFigure[],
  actualText: string | null,
  s: Settings,
): Reading | null {
  const least = leastProgress(figures)
  if (least === null) return null
  const share = dec(least.value).dividedBy(100)
  // Work stated as partly done is partly met (some parts fail), whatever the shortfall rule for
  // figures; nothing done is not met.
  const status: AssessmentStatus = share.greaterThanOrEqualTo(1)
    ? 'met'
    : share.greaterThan(0)
      ? 'partially-met'
      : 'not-met'
  const params = {
    words: least.words,
    progress: least.value,
    status: pick(STATUS_TEXT[status], s.locale),
  }
  return {
    status,
    ratio: null,
    actual: { text: actualText, ...NO_ACTUAL },
    source: 'text',
    reasons: [reason('progress', params, s.locale, least.words)],
    progress: least,
  }
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
  ctx: OcrContext,
): Reading | null {
  const name = ctx.name
  const progress = progressFigures(n, name, target)
  const isProgress = (start: number | undefined): boolean =>
    start !== undefined && progress.some((p) => p.start === start)
  const whole = readQuantity(n)
  // "超出预算5万元", "同比增长12%": a label that makes the figure a difference, not the actual.
  const difference = whole !== null && differenceBefore(whole.label, whole.label.length, name)
  if (whole !== null && !whole.conflict && whole.upper === undefined && !difference) {
    // "已完成100%" under a satisfaction: progress, never the satisfaction.
    if (progress.length > 0) return fromProgress(progress, actualText, s)
    const bound = boundOf(whole.comparatorTexts, whole.comparators)
    const source: ActualSource = whole.label === '' ? 'value' : 'text'
    const figure = { value: whole.value, unit: whole.unit, bound, words: n }
    return overrule(readFigure(target, figure, source, actualText, s), words, s)
  }
  const fitting = (figuresIn(n, name) ?? []).filter(
    (fig) => reconcile(fig.value, fig.unit, target).ok && !isProgress(fig.start),
  )
  const distinct = new Map(
    fitting.map((fig) => [`${fig.bound ?? ''}${reconcileKey(fig, target)}`, fig]),
  )
  if (distinct.size === 1) {
    const [fig] = distinct.values()
    if (fig !== undefined) {
      const damaged =
        fig.bound === null ? suspectFigure(fig.value, fig.unit, ctx, null, fig.words) : null
      if (damaged !== null) {
        return suspected({ text: actualText, ...NO_ACTUAL }, { actual: damaged }, words, s)
      }
      return overrule(readFigure(target, fig, 'text', actualText, s), words, s)
    }
  }
  if (distinct.size > 1) {
    const figures = [...distinct.values()].map((fig) => `${fig.value}${fig.unit ?? ''}`)
    const byWords = decideByWords(target, n, words, actualText, s, [])
    const ambiguous = reason('ambiguous-figures', { figures }, s.locale)
    if (byWords !== null) return { ...byWords, reasons: [ambiguous, ...byWords.reasons] }
    return unknown({ text: actualText, ...NO_ACTUAL }, 'text', [ambiguous])
  }
  return progress.length > 0 ? fromProgress(progress, actualText, s) : null
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
 * Decides from words, in order: explicit shortfall words ("基本完成", "延期"); for a qualitative
 * target, a verbatim restatement; achievement words denied ("未明显改善", "改善不明显") or hedged
 * ("初步改善"); work still under way ("建设中"); for a qualitative target, its meaning (a yes/no
 * answer, a grade, a restatement in other words — {@link judgeMeaning}), its trend, or its words
 * within the actual; then progress ("完成进度80%"); then plain met words ("已完成"). Null when no
 * word decides.
 */
function decideByWords(
  target: Target,
  n: string,
  words: WordsFound,
  actualText: string | null,
  s: Settings,
  progress: readonly ProgressFigure[],
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
  const qualitative = target.kind === 'qualitative'
  const targetText = target.normalized
  if (qualitative) {
    const exact = restates(targetText, n, true)
    if (exact !== null) {
      return decided('met', actual, [reason('restates-target', { words: exact }, s.locale, exact)])
    }
  }
  const claims = claimsIn(n)
  const trend = target.kind === 'qualitative' ? target.trend : undefined
  const byClaims = fromClaims(claims, { text: targetText, trend }, n, actual, s)
  if (byClaims !== null) return byClaims
  const underway = inProgressWords(n, targetText)
  if (underway !== null) {
    const partly = qualitative || words.met !== undefined || claims.plain.length > 0
    const status: AssessmentStatus = partly ? 'partially-met' : 'not-met'
    const params = { words: underway, status: pick(STATUS_TEXT[status], s.locale) }
    return decided(status, actual, [reason('in-progress', params, s.locale, underway)])
  }
  if (target.kind === 'qualitative') {
    const denied = target.trend !== undefined ? findDeniedTrend(n) : undefined
    if (denied !== undefined && denied.trend === target.trend) {
      const w = { words: denied.word, clause: denied.word, all: [denied.word] }
      return decided('not-met', actual, [reason('words-not-met', w, s.locale, denied.word)])
    }
    const meaning = judgeMeaning(targetText, n, claims)
    if (meaning !== null) {
      return decided(meaning.status, actual, [meaningReason(meaning, target, n, s)])
    }
    const trend = target.trend !== undefined ? findTrend(n) : undefined
    if (target.trend !== undefined && trend !== undefined) {
      const params = { trend: trendText(target.trend, s.locale), words: trend.word }
      return decided(trend.trend === target.trend ? 'met' : 'not-met', actual, [
        reason('trend', params, s.locale, trend.word),
      ])
    }
    const restated = restates(targetText, n, false)
    if (restated !== null) {
      return decided('met', actual, [
        reason('restates-target', { words: restated }, s.locale, restated),
      ])
    }
  }
  const byProgress = fromProgress(progress, actualText, s)
  if (byProgress !== null) return byProgress
  if (words.met !== undefined)
    return decided('met', actual, [wordsReason('words-met', words.met, s)])
  return null
}

/**
 * Achievement words denied ("未明显改善": not met; beside a plain claim, partly) or hedged
 * ("初步改善": partly). Words the target itself uses are not read as the actual's, nor a denial
 * of a word the target denies too ("没有下降" against "不下降").
 */
function fromClaims(
  claims: Claims,
  target: { readonly text: string; readonly trend: QualitativeTarget['trend'] },
  n: string,
  actual: AssessedActual,
  s: Settings,
): Reading | null {
  const targetText = target.text
  const ownWords = claims.negated.filter((c) => !targetText.includes(c.phrase))
  // The target may deny the same word ("不下降"): the actual's denial ("没有下降") then agrees.
  // The target's claims are read only when the actual denies something.
  const deniedByTarget = new Set(
    ownWords.length === 0 ? [] : claimsIn(targetText).negated.map((c) => c.word),
  )
  // A denied movement says nothing of the target when the target wants the other way ("没有下降"
  // for "逐步提高") or names no way at all ("水质未下降": whether falling was wanted depends on the
  // measure). A denied improvement ("没有改善") is a shortfall whatever the target says.
  const agreeing = ownWords.find((c) => deniedByTarget.has(c.word))
  const negated = ownWords.filter(
    (c) => !deniedByTarget.has(c.word) && !deniedMovementAside(c.word, target.trend),
  )
  const hedged = claims.hedged.filter((c) => !targetText.includes(c.phrase))
  const first = negated[0]
  if (first !== undefined) {
    const plain = claims.plain[0]
    if (plain !== undefined) {
      const params = { met: plain.phrase, notMet: first.phrase }
      return decided('partially-met', actual, [
        reason('words-mixed', params, s.locale, first.phrase),
      ])
    }
    const match = claimMatch(negated, n)
    return decided('not-met', actual, [wordsReason('words-not-met', match, s)])
  }
  const hedge = hedged[0]
  if (hedge !== undefined) {
    return decided('partially-met', actual, [
      wordsReason('words-partially-met', claimMatch(hedged, n), s),
    ])
  }
  if (agreeing !== undefined) {
    const words = agreeing.phrase
    return decided('met', actual, [reason('restates-target', { words }, s.locale, words)])
  }
  return null
}

function deniedMovementAside(word: string, wanted: QualitativeTarget['trend']): boolean {
  const own = TREND_WORDS.find((w) => w.text === word)
  if (own === undefined) return false
  return wanted === undefined ? MOVEMENT_WORDS.includes(word) : own.trend !== wanted
}

function claimMatch(list: readonly { phrase: string; at: number }[], n: string): WordMatch {
  const first = list[0] ?? { phrase: '', at: 0 }
  return {
    word: first.phrase,
    at: first.at,
    clause: clauseAround(n, first.at, first.at + first.phrase.length),
    all: list.map((c) => c.phrase),
  }
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const GRADE_NAMES = {
  4: { 'zh-CN': '优', en: 'excellent' },
  3: { 'zh-CN': '良', en: 'good' },
  2: { 'zh-CN': '中', en: 'fair' },
  1: { 'zh-CN': '差', en: 'poor' },
} as const

/** The reason for a judgement by meaning, with the words that decided. */
function meaningReason(
  m: MeaningVerdict,
  target: Target,
  n: string,
  s: Settings,
): AssessmentReason {
  const status = pick(STATUS_TEXT[m.status], s.locale)
  if (m.basis === 'yes-no') {
    const params = { answer: m.answer, target: target.raw.trim(), status }
    return reason('yes-no', params, s.locale, n.includes(m.answer) ? m.answer : undefined)
  }
  if (m.basis === 'grade') {
    const wordsText = m.grade.words.join('、')
    const level = pick(GRADE_NAMES[m.grade.level], s.locale)
    const against =
      m.target === null || m.target.scale
        ? pick(
            {
              'zh-CN': '良及以上为达成、中为部分达成、差为未达成',
              en: 'good or better meets it, fair partly, poor not',
            },
            s.locale,
          )
        : pick(
            {
              'zh-CN': `预期为“${m.target.words.join('、')}”（${pick(GRADE_NAMES[m.target.level], 'zh-CN')}）`,
              en: `the target asks for "${m.target.words.join(', ')}" (${pick(GRADE_NAMES[m.target.level], 'en')})`,
            },
            s.locale,
          )
    const first = m.grade.words[0]
    const params = { words: wordsText, level, against, status }
    return reason(
      'grade',
      params,
      s.locale,
      first !== undefined && n.includes(first) ? first : undefined,
    )
  }
  const shared = m.overlap.shared.join('、')
  const coverage = `${Math.round(m.overlap.coverage * 100)}%`
  const said = m.claims.join('、')
  const claims =
    said === '' ? '' : pick({ 'zh-CN': `，并写明“${said}”`, en: `, and says "${said}"` }, s.locale)
  // The words shown are the actual's own: the clause that restates most of the target.
  const decisive = restatingClause(target.normalized, n)
  return reason(
    'similar-meaning',
    { shared, terms: m.overlap.shared, coverage, claims, achievement: m.claims },
    s.locale,
    decisive,
  )
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
  for (const [open, close] of ZERO_EVENT_FRAMES) {
    const framed = frameAt(n, open, close)
    if (framed !== null) return framed
  }
  return null
}

/** "无安全事故发生": `open`, then `close` within the window and the clause; the words, or null. */
function frameAt(n: string, open: string, close: string): string | null {
  for (let at = n.indexOf(open); at >= 0; at = n.indexOf(open, at + 1)) {
    const from = at + open.length
    const limit = Math.min(n.length, from + ZERO_EVENT_FRAME_WINDOW)
    // The event's name stands between the two words: at least one character.
    for (let j = from; j < limit; j++) {
      if (CLAUSE_SEPARATORS.has(n[j] ?? '')) break
      if (j > from && n.startsWith(close, j)) return n.slice(at, j + close.length)
    }
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
  // A row marked not applicable in both cells ("/ /", "- -") claims nothing to be missing.
  const targetN = target.normalized
  const notApplicable =
    actualN !== '' && targetN !== '' && PLACEHOLDERS.has(actualN) && PLACEHOLDERS.has(targetN)
  if (
    noActual &&
    !notApplicable &&
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
  for (const item of suspicionFindings(f, target, r, out, path, s)) out.push(item)
  if (r.progress !== undefined) {
    const params = { indicator, words: r.progress.words, progress: `${r.progress.value}%` }
    out.push(makeFinding('ACTUAL_IS_PROGRESS', [...path, 'actual'], params, { locale: s.locale }))
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

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const PROBLEM_TEXT = {
  'comparator-read-as-digit': {
    'zh-CN': '比较符疑被识别为数字',
    en: 'a comparator read as a digit',
  },
  'comparator-read-as-letter': {
    'zh-CN': '比较符疑被识别为字母或汉字',
    en: 'a comparator read as a letter',
  },
  'percent-read-as-symbol': {
    'zh-CN': '百分号疑被识别为其他符号',
    en: 'the percent sign read as another symbol',
  },
  'decimal-point-lost': { 'zh-CN': '小数点疑已丢失', en: 'a decimal point lost' },
  'impossible-value': { 'zh-CN': '该指标不可能取此值', en: 'a value the indicator cannot take' },
} as const

/**
 * ACTUAL_OCR_SUSPECT for a damaged actual; TARGET_OCR_SUSPECT for a damaged target the target
 * grammar did not flag itself (read beside the actual, or a look-alike it does not know).
 */
function suspicionFindings(
  f: Fields,
  target: Target,
  r: Reading,
  already: readonly Finding[],
  path: FindingPath,
  s: Settings,
): Finding[] {
  const out: Finding[] = []
  const indicator = f.name
  const t = r.suspect?.target
  const flagged = already.some(
    (x) => x.code === 'TARGET_OCR_SUSPECT' || x.code === 'TARGET_UNPARSEABLE',
  )
  if (t !== undefined && !t.fromParser && !flagged) {
    const params = { indicator, text: target.raw, reading: t.reading ?? noReading(s) }
    out.push(makeFinding('TARGET_OCR_SUSPECT', [...path, 'target'], params, { locale: s.locale }))
  }
  const a = r.suspect?.actual
  if (a !== undefined) {
    const params = {
      indicator,
      text: f.actual ?? f.actualValue ?? a.printed,
      reading: a.reading,
      problem: a.problem,
      why: pick(PROBLEM_TEXT[a.problem], s.locale),
      hint: hintText(a.reading, s),
    }
    out.push(makeFinding('ACTUAL_OCR_SUSPECT', [...path, 'actual'], params, { locale: s.locale }))
  }
  return out
}

/** True when a deviation reason says something (not blank, not "无" or "-"). */
function given(text: string | undefined): boolean {
  const n = normalizeTargetText(text ?? '')
  return n !== '' && !PLACEHOLDERS.has(n)
}
