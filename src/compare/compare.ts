/**
 * One department's (or project's) forms of two years, set side by side: how the budget, the
 * spending, the completion rate and the score changed, and which indicators appeared, disappeared
 * or changed their target or status. Pure, and tolerant: either evaluation may be `not-a-form`, or
 * JSON read back and edited; what cannot be read is null.
 */

import { ASSESSMENT_STATUSES } from '../assess/statuses'
import type { AssessmentStatus } from '../assess/types'
import type { Evaluation } from '../evaluate/index'
import type { Locale } from '../i18n/index'
import { type Dec, toDecimalString, toFixedString } from '../money/decimal'
import { isMoneyUnit, type MoneyUnit, scale } from '../money/units'
import { checkLocale, checkOptions } from '../options/index'
import type { FormKind } from '../schema/index'
import { indicatorKey, levelKey, normalizeText, targetKey } from './normalize'
import {
  at,
  decimal,
  type Fields,
  field,
  fields,
  integer,
  kind,
  list,
  percent,
  status,
  text,
} from './read'

/**
 * A value of the earlier and of the later form; null where the form does not give it.
 *
 * @example
 * ```ts
 * import type { BeforeAfter } from '@lw/perf-eval'
 * const years: BeforeAfter<number> = { before: 2021, after: 2022 }
 * ```
 */
export interface BeforeAfter<T> {
  /** The value in the earlier form (`before`), or null. */
  readonly before: T | null
  /** The value in the later form (`after`), or null. */
  readonly after: T | null
}

/**
 * An amount in both years and how it changed, every figure an exact decimal string in the
 * comparison's `unit`.
 *
 * @example
 * ```ts
 * import type { AmountChange } from '@lw/perf-eval'
 * const budget: AmountChange = {
 *   before: '6539.06', after: '7000', change: '460.94',
 *   ratio: '0.07049...', display: '7.05%',
 * }
 * ```
 */
export interface AmountChange extends BeforeAfter<string> {
  /** after − before, exact; null when either is missing. */
  readonly change: string | null
  /** (after − before) ÷ before, exact (up to 60 significant digits); null when before is 0 or either is missing. */
  readonly ratio: string | null
  /** The ratio as a signed percent, 2 decimals half-up ("7.05%", "-3.10%"); null with the ratio. */
  readonly display: string | null
}

/**
 * A rate or a score in both years, as displayed, and its change in points: percentage points for a
 * rate (89.31% → 95.00% is `'5.69'`), score points for a score. The change is computed from the
 * unrounded figures when the evaluations carry them, then rounded once to 2 decimals half-up; it
 * is a signed decimal string without a plus sign (`'5.69'` up, `'-5.69'` down, `'0.00'` level).
 *
 * @example
 * ```ts
 * import type { PointChange } from '@lw/perf-eval'
 * const completion: PointChange = { before: '89.31%', after: '95.00%', change: '5.69' }
 * ```
 */
export interface PointChange extends BeforeAfter<string> {
  /** after − before in points (percentage points for a rate), 2 decimals; null when either is missing. */
  readonly change: string | null
}

/**
 * One indicator in a comparison: where it sits (task, 一级/二级), its target and status in each
 * year, and for a changed one, what changed.
 *
 * @example
 * ```ts
 * import type { IndicatorChange } from '@lw/perf-eval'
 * const c: IndicatorChange = {
 *   key: '垃圾分类率', name: '垃圾分类率', task: '任务2', level1: null, level2: null,
 *   target: { before: '100%', after: '≥98%' }, status: { before: 'met', after: 'met' },
 *   changes: ['target'],
 * }
 * ```
 */
export interface IndicatorChange {
  /** The normalised name the indicator was matched by. */
  readonly key: string
  /** The name as printed (in the later form when it is in both). */
  readonly name: string
  /** The task it belongs to (任务1 …), as printed; null for a top-level indicator. */
  readonly task: string | null
  /** Its 一级 heading as printed, else its category code (`output` …); null when neither. */
  readonly level1: string | null
  /** Its 二级 heading as printed; null when none. */
  readonly level2: string | null
  /** The target (预期实现值) as printed in each year. */
  readonly target: BeforeAfter<string>
  /** The assessed status in each year. */
  readonly status: BeforeAfter<AssessmentStatus>
  /** What changed: the target text (after normalisation), the status; empty unless `changed`. */
  readonly changes: readonly ('target' | 'status')[]
}

/**
 * How the indicators of two years compare.
 *
 * @example
 * ```ts
 * import { compareEvaluations, evaluate, liwan2021Form } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * const { indicators } = compareEvaluations(e, e)
 * indicators.unchanged // 21
 * indicators.changed.length // 0
 * ```
 */
export interface IndicatorComparison {
  /** Indicators of the later form only (new this year). */
  readonly appeared: readonly IndicatorChange[]
  /** Indicators of the earlier form only (dropped). */
  readonly disappeared: readonly IndicatorChange[]
  /** Indicators of both forms whose target text or status differs. */
  readonly changed: readonly IndicatorChange[]
  /** How many indicators are in both forms with the same target and status. */
  readonly unchanged: number
}

/**
 * Two forms of the same department (or project) in different years, side by side. Amounts are
 * exact decimal strings, rates and scores are shown as `evaluate` shows them with their change in
 * points; every figure that one of the forms does not give is null. Data only: no findings, no
 * judgement of whether a change is good.
 *
 * @example
 * ```ts
 * import { compareEvaluations, evaluate, liwan2021Form } from '@lw/perf-eval'
 * const next = {
 *   ...liwan2021Form,
 *   fiscalYear: 2022,
 *   funding: [{ source: 'total', initialBudget: '6211.89', adjustment: '327.17', actual: '6212.11' }],
 * }
 * const c = compareEvaluations(evaluate(liwan2021Form), evaluate(next))
 * c.fiscalYear // { before: 2021, after: 2022 }
 * c.actual.change // '371.93'
 * c.completionRate // { before: '89.31%', after: '95.00%', change: '5.69' }
 * ```
 */
export interface FormComparison {
  /** A heading for the pair in the requested locale ("某局：2021年度 → 2022年度"). */
  readonly title: string
  /** The locale of `title`. */
  readonly locale: Locale
  /** The fiscal year of each form. */
  readonly fiscalYear: BeforeAfter<number>
  /** The department as printed in each form. */
  readonly department: BeforeAfter<string>
  /** The project name as printed in each form (project forms). */
  readonly projectName: BeforeAfter<string>
  /** The form kind of each form. */
  readonly kind: BeforeAfter<FormKind>
  /** The unit of `budget` and `actual`: the forms' unit, or 万元 when the two forms' units differ. */
  readonly unit: MoneyUnit
  /** 全年预算数 of the total funding row (printed, or 年初预算数 + 预算调整数). */
  readonly budget: AmountChange
  /** 实际支出数 of the total funding row. */
  readonly actual: AmountChange
  /** 预算完成率 of the total funding row, change in percentage points. */
  readonly completionRate: PointChange
  /** 预算调整率 of the total funding row, change in percentage points. */
  readonly adjustmentRate: PointChange
  /** The total score out of 100, change in score points; null on a form that is not scored. */
  readonly score: PointChange
  /** The grade (优 / 良 / 中 / 差) of each form. */
  readonly grade: BeforeAfter<string>
  /** How many indicators have each status, in each form, and the change (after − before). */
  readonly statusCounts: BeforeAfter<Readonly<Record<AssessmentStatus, number>>> & {
    /** after − before for each status; null when either form's counts are missing. */
    readonly change: Readonly<Record<AssessmentStatus, number>> | null
  }
  /** Which indicators appeared, disappeared or changed. */
  readonly indicators: IndicatorComparison
}

/**
 * Options of {@link compareEvaluations}.
 *
 * @example
 * ```ts
 * import type { CompareOptions } from '@lw/perf-eval'
 * const o: CompareOptions = { locale: 'en' }
 * ```
 */
export interface CompareOptions {
  /** Locale of the comparison's `title`. Default zh-CN. */
  readonly locale?: Locale | undefined
}

/** What the comparison reads of one evaluation. */
interface Side {
  readonly summary: Fields | null
  readonly form: Fields | null
  readonly head: Fields | null
  readonly unit: MoneyUnit
}

function sideOf(evaluation: unknown): Side {
  const e = fields(evaluation)
  const funding = list(field(e, 'funding')).map(fields)
  const head = funding.find((f) => field(f, 'source') === 'total') ?? funding[0] ?? null
  const form = fields(field(e, 'form'))
  const unit = field(form, 'unit')
  return {
    summary: fields(field(e, 'summary')),
    form,
    head,
    unit: isMoneyUnit(unit) ? unit : '万元',
  }
}

function both<T>(
  a: Side,
  b: Side,
  read: (side: Side) => T | null,
): { readonly before: T | null; readonly after: T | null } {
  return { before: read(a), after: read(b) }
}

const yearOf = (s: Side) =>
  integer(field(s.summary, 'fiscalYear'), 1000, 9999) ??
  integer(field(s.form, 'fiscalYear'), 1000, 9999)
const departmentOf = (s: Side) =>
  text(field(s.summary, 'department')) ?? text(field(s.form, 'department'))
const kindOf = (s: Side) => kind(field(s.summary, 'kind')) ?? kind(field(s.form, 'kind'))

/** 全年预算数 of the head row: printed (or computed by evaluate), else B₀ + ΔB. */
function budgetOf(s: Side): Dec | null {
  const adjusted = decimal(field(s.head, 'adjustedBudget'))
  if (adjusted !== null) return adjusted
  const initial = decimal(field(s.head, 'initialBudget'))
  const adjustment = decimal(field(s.head, 'adjustment'))
  return initial === null || adjustment === null ? null : initial.plus(adjustment)
}

function amountChange(before: Dec | null, after: Dec | null): AmountChange {
  const change = before === null || after === null ? null : after.minus(before)
  const ratio =
    change === null || before === null || before.isZero() ? null : change.dividedBy(before)
  return {
    before: before === null ? null : toDecimalString(before),
    after: after === null ? null : toDecimalString(after),
    change: change === null ? null : toDecimalString(change),
    ratio: ratio === null ? null : toDecimalString(ratio),
    display: ratio === null ? null : `${toFixedString(ratio.times(100), 2)}%`,
  }
}

/** A rate of one side: its exact ratio and its display, from the head row or the summary. */
function rateOf(
  s: Side,
  rate: 'completionRate' | 'adjustmentRate',
): {
  ratio: Dec | null
  display: string | null
} {
  const row = fields(field(s.head, rate))
  // A display is shown only when it reads as a percent: an edited one never shows "NaN".
  const shown = [field(row, 'display'), field(s.summary, rate)].find((d) => percent(d) !== null)
  const ratio = decimal(field(row, 'ratio')) ?? percent(shown)
  if (ratio === null) return { ratio: null, display: null }
  return { ratio, display: text(shown) ?? `${toFixedString(ratio.times(100), 2)}%` }
}

function pointChange(
  before: { ratio: Dec | null; display: string | null },
  after: { ratio: Dec | null; display: string | null },
  factor: number,
): PointChange {
  const change =
    before.ratio === null || after.ratio === null
      ? null
      : toFixedString(after.ratio.minus(before.ratio).times(factor), 2)
  return { before: before.display, after: after.display, change }
}

/** The total score of one side: exact from `score.total`, shown as the summary shows it. */
function scoreOf(s: Side, evaluation: unknown): { ratio: Dec | null; display: string | null } {
  const score = fields(field(fields(evaluation), 'score'))
  const shown = [field(s.summary, 'score'), field(score, 'display')].find(
    (d) => typeof d === 'string' && decimal(d) !== null,
  )
  const total = decimal(field(score, 'total')) ?? decimal(shown)
  if (total === null) return { ratio: null, display: null }
  return { ratio: total, display: text(shown) ?? toFixedString(total, 2) }
}

function statusCountsOf(s: Side): Readonly<Record<AssessmentStatus, number>> | null {
  const counts = fields(field(s.summary, 'statusCounts'))
  if (counts === null) return null
  const out: Partial<Record<AssessmentStatus, number>> = {}
  for (const st of ASSESSMENT_STATUSES) {
    const n = integer(field(counts, st))
    if (n === null) return null
    out[st] = n
  }
  return out as Record<AssessmentStatus, number>
}

/** One indicator as the comparison sees it. */
interface Row {
  readonly key: string
  readonly context: string
  readonly name: string
  readonly task: string | null
  readonly level1: string | null
  readonly level2: string | null
  readonly target: string | null
  readonly status: AssessmentStatus | null
}

function rowsOf(evaluation: unknown): Row[] {
  const e = fields(evaluation)
  const tasks = list(field(e, 'tasks'))
  const form = field(e, 'form')
  const rows: Row[] = []
  for (const item of list(field(e, 'indicators'))) {
    const ind = fields(item)
    const name = text(field(ind, 'name'))
    if (name === null) continue
    const taskIndex = integer(field(ind, 'task'), 0, tasks.length - 1)
    const task = taskIndex === null ? null : text(field(fields(tasks[taskIndex]), 'name'))
    const printed = fields(at(form, field(ind, 'path')))
    const category = text(field(ind, 'category'))
    const level1 = text(field(printed, 'level1'))
    const level2 = text(field(printed, 'level2'))
    rows.push({
      key: indicatorKey(name),
      context: [
        task === null ? '' : normalizeText(task),
        category ?? (level1 === null ? '' : levelKey(level1)),
        level2 === null ? '' : levelKey(level2),
      ].join('|'),
      name,
      task,
      level1: level1 ?? category,
      level2,
      target: text(field(fields(field(ind, 'target')), 'raw')),
      status: status(field(ind, 'status')),
    })
  }
  return rows
}

function groupByKey(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const group = groups.get(row.key)
    if (group === undefined) groups.set(row.key, [row])
    else group.push(row)
  }
  return groups
}

/**
 * Pairs the indicators of two years by name. A name found once in each year is the same
 * indicator. When a name repeats (任务完成率 under several tasks), the rows are paired by task and
 * 一级/二级 first; of what is left, one row in each year is still the same indicator (moved to
 * another heading); more than one is not guessed at and counts as appeared and disappeared.
 */
function matchIndicators(before: readonly Row[], after: readonly Row[]): IndicatorComparison {
  const b = groupByKey(before)
  const a = groupByKey(after)
  const pairs: [Row, Row][] = []
  const disappeared: Row[] = []
  const appeared: Row[] = []
  for (const [key, bs] of b) {
    const as = a.get(key) ?? []
    const left = [...as]
    const unpaired: Row[] = []
    for (const row of bs) {
      const i =
        bs.length === 1 && as.length === 1 ? 0 : left.findIndex((x) => x.context === row.context)
      const match = i < 0 ? undefined : left[i]
      if (match === undefined) unpaired.push(row)
      else {
        pairs.push([row, match])
        left.splice(i, 1)
      }
    }
    const [lastBefore] = unpaired
    const [lastAfter] = left
    if (unpaired.length === 1 && left.length === 1 && lastBefore && lastAfter) {
      pairs.push([lastBefore, lastAfter])
    } else {
      for (const item of unpaired) disappeared.push(item)
      for (const item of left) appeared.push(item)
    }
  }
  for (const [key, as] of a) if (!b.has(key)) for (const x of as) appeared.push(x)

  const changed: IndicatorChange[] = []
  let unchanged = 0
  for (const [x, y] of pairs) {
    const changes: ('target' | 'status')[] = []
    const tx = x.target === null ? null : targetKey(x.target)
    const ty = y.target === null ? null : targetKey(y.target)
    if (tx !== ty) changes.push('target')
    if (x.status !== y.status) changes.push('status')
    if (changes.length === 0) unchanged++
    else changed.push(entry(y, x, y, changes))
  }
  return {
    appeared: sortIn(appeared, after).map((r) => entry(r, null, r, [])),
    disappeared: sortIn(disappeared, before).map((r) => entry(r, r, null, [])),
    changed,
    unchanged,
  }
}

/** Rows in the order they have in `all`. */
function sortIn(rows: readonly Row[], all: readonly Row[]): Row[] {
  return [...rows].sort((x, y) => all.indexOf(x) - all.indexOf(y))
}

function entry(
  shown: Row,
  before: Row | null,
  after: Row | null,
  changes: readonly ('target' | 'status')[],
): IndicatorChange {
  return {
    key: shown.key,
    name: shown.name,
    task: shown.task,
    level1: shown.level1,
    level2: shown.level2,
    target: { before: before?.target ?? null, after: after?.target ?? null },
    status: { before: before?.status ?? null, after: after?.status ?? null },
    changes,
  }
}

function titleOf(
  department: BeforeAfter<string>,
  project: BeforeAfter<string>,
  years: BeforeAfter<number>,
  locale: Locale,
): string {
  const dept = department.after ?? department.before
  const proj = project.after ?? project.before
  const name = [dept, proj].filter((x): x is string => x !== null && x !== '').join(' ')
  if (locale === 'en') {
    const y = (n: number | null) => (n === null ? 'FY ?' : `FY ${n}`)
    return `${name === '' ? 'Form' : name}: ${y(years.before)} → ${y(years.after)}`
  }
  const y = (n: number | null) => (n === null ? '?年度' : `${n}年度`)
  return `${name === '' ? '表单' : name}：${y(years.before)} → ${y(years.after)}`
}

/**
 * Compares two forms of the same department (or project) in different years: identity (year,
 * department, project, kind), the total row's budget and actual spending with their absolute and
 * relative change, completion and adjustment rates and the score with their change in points, the
 * grade, indicators by status, and which indicators appeared, disappeared or changed target or
 * status.
 *
 * Indicators are matched by a normalised name: trimmed, whitespace collapsed (and dropped next to
 * Chinese characters), full-width digits and punctuation made half-width, leading numbering
 * ("指标1：", "1.", "（一）", "一、", "①") stripped; names that repeat are told apart by task
 * and 一级/二级 heading. Targets are compared the same way, so "≥ 95%" and "≥95％" are one target.
 *
 * Budget and actual are read from the `total` funding row (else the first row), as the review
 * tables read them; when the two forms are in different units both are converted to 万元.
 *
 * Pure and total: neither argument is modified, and any value — a `not-a-form` evaluation, an
 * evaluation stored as JSON and edited, `null` — gives a comparison whose unknown parts are null.
 * Only an invalid option throws an {@link OptionError}.
 *
 * @param before - the evaluation of the earlier form
 * @param after - the evaluation of the later form
 * @param options - `locale` of the title
 * @example
 * ```ts
 * import { compareEvaluations, evaluate, liwan2021Form } from '@lw/perf-eval'
 * const before = evaluate(liwan2021Form)
 * const after = evaluate({
 *   ...liwan2021Form,
 *   fiscalYear: 2022,
 *   funding: [{ source: 'total', initialBudget: '6211.89', adjustment: '327.17', actual: '6212.11' }],
 * })
 * const c = compareEvaluations(before, after, { locale: 'en' })
 * c.title // '广州市荔湾区机关事务管理局(部门): FY 2021 → FY 2022'
 * c.budget.change // '0'
 * c.actual // { before: '5840.18', after: '6212.11', change: '371.93', display: '6.37%' }
 * c.completionRate.change // '5.69'
 * ```
 */
export function compareEvaluations(
  before: Evaluation,
  after: Evaluation,
  options?: CompareOptions,
): FormComparison {
  const fn = 'compareEvaluations'
  const o = checkOptions(fn, options)
  const locale = checkLocale(fn, o.locale)
  const x = sideOf(before)
  const y = sideOf(after)
  const unit: MoneyUnit = x.unit === y.unit ? x.unit : '万元'
  const inUnit = (s: Side, d: Dec | null) => (d === null ? null : scale(d, s.unit, unit))

  const fiscalYear = both(x, y, yearOf)
  const department = both(x, y, departmentOf)
  const projectName = both(x, y, (s) => text(field(s.form, 'projectName')))
  const counts = both(x, y, statusCountsOf)
  const countChange =
    counts.before === null || counts.after === null
      ? null
      : (Object.fromEntries(
          ASSESSMENT_STATUSES.map((st) => [
            st,
            (counts.after?.[st] ?? 0) - (counts.before?.[st] ?? 0),
          ]),
        ) as Record<AssessmentStatus, number>)

  return {
    title: titleOf(department, projectName, fiscalYear, locale),
    locale,
    fiscalYear,
    department,
    projectName,
    kind: both(x, y, kindOf),
    unit,
    budget: amountChange(inUnit(x, budgetOf(x)), inUnit(y, budgetOf(y))),
    actual: amountChange(
      inUnit(x, decimal(field(x.head, 'actual'))),
      inUnit(y, decimal(field(y.head, 'actual'))),
    ),
    completionRate: pointChange(rateOf(x, 'completionRate'), rateOf(y, 'completionRate'), 100),
    adjustmentRate: pointChange(rateOf(x, 'adjustmentRate'), rateOf(y, 'adjustmentRate'), 100),
    score: pointChange(scoreOf(x, before), scoreOf(y, after), 1),
    grade: both(x, y, (s) => text(field(s.summary, 'grade'))),
    statusCounts: { ...counts, change: countChange },
    indicators: matchIndicators(rowsOf(before), rowsOf(after)),
  }
}
