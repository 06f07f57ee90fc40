import { isValid } from 'date-fns'
import { type Finding, type FindingPath, makeFinding } from '../findings/index'
import type { Failure, Success } from '../findings/result'
import type { Locale } from '../i18n/index'
import { checkDecimal, type DecimalString } from '../money/decimal'
import { checkInteger, checkOptionalLocale, checkOptions, checkPath, oneOf } from '../options/index'
import { daysInMonth, isLeapYear } from '../targets/calendar'
import { formatPercent } from './format'
import {
  compareFraction,
  Dec,
  fixed,
  fraction,
  roundFraction,
  safeDec,
  subtractFractions,
} from './fraction'
import {
  checkRateOptions,
  failure,
  fieldsOf,
  fractionOf,
  type RateAmount,
  type RateFailure,
  type RateOptions,
  type RateResult,
  type RateValue,
  rateOf,
  readInput,
} from './result'

/**
 * How 序时进度 counts the year: `days` — days elapsed (the given date included) ÷ days in the year,
 * 365 or 366 (the finance-portal convention); `months` — the month ÷ 12 (the FASP2 monitoring rule
 * 标准值 = 年度指标值 × 月份/12).
 *
 * @example
 * ```ts
 * import type { ProgressConvention } from '@lw/perf-eval'
 * const c: ProgressConvention = 'months'
 * ```
 */
export type ProgressConvention = 'days' | 'months'

/**
 * Options of {@link timeProgress}.
 *
 * @example
 * ```ts
 * import type { TimeProgressOptions } from '@lw/perf-eval'
 * const o: TimeProgressOptions = { convention: 'days', fiscalYear: 2021, dateFields: 'utc' }
 * ```
 */
export interface TimeProgressOptions {
  /** Default `days`. */
  readonly convention?: ProgressConvention | undefined
  /**
   * The fiscal (= calendar) year measured. Default: the date's year. A date before it gives 0, a
   * date after it gives 1 (a form evaluated in March 2022 looks back on a finished 2021).
   */
  readonly fiscalYear?: number | undefined
  /**
   * Which calendar fields of a `Date` are read: `local` (default; what `new Date(2021, 11, 31)` and
   * a date picker mean) or `utc` (what `new Date('2021-12-31')` means). A 'YYYY-MM-DD' string is
   * read as written and never touches a time zone.
   */
  readonly dateFields?: 'local' | 'utc' | undefined
}

/**
 * 序时进度 at a date: a {@link RateValue} (numerator = days or months elapsed, denominator = days or
 * months in the year) with the calendar date it was read as, or a failure for an invalid date.
 *
 * @example
 * ```ts
 * import { timeProgress } from '@lw/perf-eval'
 * const t = timeProgress('2024-02-29')
 * t // { success: true, numerator: '60', denominator: '366', date: '2024-02-29' }
 * ```
 */
export type TimeProgressResult =
  | (RateValue & {
      /** The calendar date read, as YYYY-MM-DD. */
      readonly date: string
      /** The fiscal year the progress is measured in. */
      readonly fiscalYear: number
      /** Whether days or months were counted. */
      readonly convention: ProgressConvention
    })
  | RateFailure

interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const CONVENTIONS: readonly ProgressConvention[] = ['days', 'months']
const DATE_FIELDS = ['local', 'utc'] as const

/** Checks the options of {@link timeProgress} (and the time part of {@link spendingProgress}). */
function checkTimeOptions(fn: string, options: TimeProgressOptions | undefined) {
  const o = checkOptions(fn, options)
  return {
    convention: oneOf(fn, 'convention', o.convention, CONVENTIONS, 'days'),
    fiscalYear: checkInteger(fn, 'fiscalYear', o.fiscalYear, 1, 9999),
    dateFields: oneOf(fn, 'dateFields', o.dateFields, DATE_FIELDS, 'local'),
  }
}
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * 序时进度 (time progress): the share of the fiscal year elapsed at a date, as an exact ratio.
 * The fiscal year is the calendar year. The date is a calendar date — a 'YYYY-MM-DD' string
 * (recommended) or a `Date` read by its calendar fields (`dateFields`, local by default) — so
 * 2021-12-31 is the last day of the year wherever the code runs; the given day counts as elapsed.
 * Leap years have 366 days.
 *
 * @param date - 'YYYY-MM-DD' or a Date
 * @param options - convention, fiscal year, which Date fields
 * @returns the progress, or `reason: 'invalid-date'`
 * @example
 * ```ts
 * import { formatPercent, timeProgress } from '@lw/perf-eval'
 * formatPercent(timeProgress('2021-12-31'))                        // '100.00%'
 * formatPercent(timeProgress('2024-02-29'))                        // '16.39%' (60/366)
 * formatPercent(timeProgress('2021-06-15', { convention: 'months' })) // '50.00%'
 * timeProgress('2021-02-29').success                                    // false ('invalid-date')
 * ```
 */
export function timeProgress(date: unknown, options?: TimeProgressOptions): TimeProgressResult {
  const o = checkTimeOptions('timeProgress', options)
  const { convention } = o
  const cal = readDate(date, o.dateFields)
  const fiscalYear = o.fiscalYear ?? cal?.year
  if (cal === null || fiscalYear === undefined) return failure('invalid-date', 'date')
  const total = convention === 'days' ? daysInYear(fiscalYear) : 12
  let elapsed: number
  if (cal.year < fiscalYear) elapsed = 0
  else if (cal.year > fiscalYear) elapsed = total
  else elapsed = convention === 'days' ? dayOfYear(cal) : cal.month
  const rate = rateOf(new Dec(elapsed), new Dec(total))
  if (!rate.success) return rate
  return { ...rate, date: formatDate(cal), fiscalYear, convention }
}

/**
 * Input of {@link spendingProgress}: money spent so far, the full-year budget it is measured
 * against (usually the adjusted budget), and the date.
 *
 * @example
 * ```ts
 * import type { SpendingProgressInput } from '@lw/perf-eval'
 * const q3: SpendingProgressInput = { spentToDate: '4000', budget: '6539.06', date: '2021-09-30' }
 * ```
 */
export interface SpendingProgressInput {
  /** Money spent by the date, in the budget's unit. */
  readonly spentToDate: RateAmount | null | undefined
  /** The full-year budget spending is measured against (usually the adjusted budget). */
  readonly budget: RateAmount | null | undefined
  /** The date: 'YYYY-MM-DD' or a Date. */
  readonly date: unknown
}

/**
 * Options of {@link spendingProgress}.
 *
 * @example
 * ```ts
 * import type { SpendingProgressOptions } from '@lw/perf-eval'
 * const o: SpendingProgressOptions = { convention: 'months', lagTolerance: '0.05' }
 * ```
 */
export interface SpendingProgressOptions extends TimeProgressOptions, RateOptions {
  /**
   * How far (as a ratio: 0.05 = 5 percentage points) spending may trail time before it counts as
   * behind. Default '0': any lag is behind.
   */
  readonly lagTolerance?: DecimalString | undefined
}

/**
 * The result of {@link spendingProgress}. `gap` is spending − time as a ratio, so
 * `formatPercent(gap)` reads in percentage points ("-12.50%" = 12.5 points behind).
 *
 * @example
 * ```ts
 * import { formatPercent, spendingProgress } from '@lw/perf-eval'
 * const r = spendingProgress({ spentToDate: '30', budget: '100', date: '2021-06-30' }, { convention: 'months' })
 * r.success && formatPercent(r.data.gap) // '-20.00%'
 * r.success && r.data.behind             // true
 * ```
 */
export type SpendingProgressResult =
  | Success<{
      /** 支出进度: spent ÷ budget. */
      readonly spending: RateValue
      /** 序时进度. */
      readonly time: Extract<TimeProgressResult, { success: true }>
      /** spending − time. */
      readonly gap: RateValue
      /** Spending trails time by more than `lagTolerance`. */
      readonly behind: boolean
    }>
  | (Failure & {
      /** 支出进度, or why it could not be computed. */
      readonly spending: RateResult
      /** 序时进度, or why it could not be computed. */
      readonly time: TimeProgressResult
    })

/**
 * 支出进度 against 序时进度 at a date: spent ÷ budget, the share of the year elapsed, the gap in
 * percentage points and whether spending lags time — what mid-year monitoring (支出进度低于序时进度)
 * asks. Exact throughout; a zero budget gives a failure, not 0.
 *
 * @param input - spent to date, budget, date
 * @param progressOptions - progress convention, fiscal year, lag tolerance, unit
 * @returns the progress figures, or the failures that prevented them
 * @example
 * ```ts
 * import { formatPercent, spendingProgress } from '@lw/perf-eval'
 * const r = spendingProgress({ spentToDate: '3269.53', budget: '6539.06', date: '2021-06-30' })
 * r.success && formatPercent(r.data.spending) // '50.00%'
 * r.success && formatPercent(r.data.time)     // '49.59%' (181 of 365 days)
 * r.success && formatPercent(r.data.gap)      // '0.41%'
 * r.success && r.data.behind                  // false
 * ```
 */
export function spendingProgress(
  input: SpendingProgressInput,
  progressOptions?: SpendingProgressOptions,
): SpendingProgressResult {
  const fn = 'spendingProgress'
  const options = checkRateOptions(fn, progressOptions)
  checkTimeOptions(fn, progressOptions)
  const lag = checkDecimal(fn, 'lagTolerance', progressOptions?.lagTolerance) ?? '0'
  const given = fieldsOf(input)
  const time = timeProgress(given.date, progressOptions)
  const spent = readInput(given.spentToDate, 'spentToDate', options)
  const budget = readInput(given.budget, 'budget', options)
  const spending = !spent.success
    ? spent
    : !budget.success
      ? budget
      : rateOf(spent.value, budget.value)
  if (!spending.success || !time.success) {
    return {
      success: false,
      findings: [
        ...(spending.success ? [] : spending.findings),
        ...(time.success ? [] : time.findings),
      ],
      spending,
      time,
    }
  }
  const diff = subtractFractions(fractionOf(spending), fractionOf(time))
  const gap = rateOf(diff.n, diff.d)
  if (!gap.success) return { success: false, findings: [], spending, time }
  const tolerance = (safeDec(lag) ?? new Dec(0)).abs().negated()
  return {
    success: true,
    data: { spending, time, gap, behind: compareFraction(fraction(diff.n, diff.d), tolerance) < 0 },
  }
}

/**
 * The `SPENDING_BEHIND_SCHEDULE` finding for a spending progress that lags time; null otherwise.
 *
 * @param result - the result of {@link spendingProgress}
 * @param findingOptions - path and locale of the finding
 * @returns the finding, or null
 * @example
 * ```ts
 * import { spendingProgress, spendingProgressFinding } from '@lw/perf-eval'
 * const r = spendingProgress({ spentToDate: '30', budget: '100', date: '2021-06-30' }, { convention: 'months' })
 * spendingProgressFinding(r, { locale: 'en' })?.message
 * // 'At 2021-06-30, spending progress 30.00% trails time progress 50.00% (gap 20.00 percentage points)'
 * ```
 */
export function spendingProgressFinding(
  result: SpendingProgressResult,
  findingOptions?: {
    readonly path?: FindingPath | undefined
    readonly locale?: Locale | undefined
  },
): Finding | null {
  const fn = 'spendingProgressFinding'
  const options = checkOptions(fn, findingOptions)
  checkOptionalLocale(fn, options.locale)
  checkPath(fn, options.path)
  if (!result.success || !result.data.behind) return null
  const { gap, spending, time } = result.data
  const f = fraction(gap.numerator, gap.denominator)
  const points = fixed(roundFraction({ n: f.n.abs().times(100), d: f.d }, 2, 'half-up'), 2)
  const unit = options.locale === 'en' ? ' percentage points' : ' 个百分点'
  return makeFinding(
    'SPENDING_BEHIND_SCHEDULE',
    options.path ?? [],
    {
      date: time.date,
      spending: formatPercent(spending),
      time: formatPercent(time),
      gap: `${points}${unit}`,
      gapRatio: gap.data,
    },
    options,
  )
}

function readDate(date: unknown, fields: 'local' | 'utc'): CalendarDate | null {
  if (typeof date === 'string') {
    const m = ISO_DATE.exec(date.trim())
    if (!m) return null
    const cal = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
    if (cal.month < 1 || cal.month > 12 || cal.day < 1) return null
    if (cal.day > daysInMonth(cal.year, cal.month)) return null
    return cal
  }
  if (date instanceof Date && isValid(date)) {
    return fields === 'utc'
      ? { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
      : { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }
  }
  return null
}

// Calendar arithmetic on calendar dates, never through `Date` (src/targets/calendar.ts says why).
function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365
}

function dayOfYear(cal: CalendarDate): number {
  let day = cal.day
  for (let m = 1; m < cal.month; m++) day += daysInMonth(cal.year, m)
  return day
}

function formatDate(cal: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0')
  return `${pad(cal.year, 4)}-${pad(cal.month, 2)}-${pad(cal.day, 2)}`
}
