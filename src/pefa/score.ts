import { Dec, sum } from '../money/decimal'
import { checkBoolean, checkInteger, OptionError, oneOf } from '../options/index'
import { addFractions, compareFraction, type Fraction, fraction, safeDec } from '../rates/fraction'
import {
  checkRateOptions,
  failure,
  fieldsOf,
  fractionOf,
  type RateAmount,
  type RateOptions,
  type RateResult,
  rateOf,
  readInput,
} from '../rates/result'
import {
  PEFA_2016,
  type PefaBand,
  type PefaDimension,
  type PefaDimensionId,
  type PefaGrade,
  type PefaScore,
} from './thresholds'

/**
 * One fiscal year of an aggregate (PI-1: expenditure, PI-3.1: revenue): the originally approved
 * budget and the end-of-year outturn.
 *
 * @example
 * ```ts
 * import type { PefaAggregateYear } from '@lw/perf-eval'
 * const y: PefaAggregateYear = { year: 2021, budget: '6211.89', actual: '5840.18' }
 * ```
 */
export interface PefaAggregateYear {
  /** The fiscal year. */
  readonly year: number
  /** The original approved budget (not a supplementary one). */
  readonly budget: RateAmount | null | undefined
  /** Aggregate outturn: the expenditure actually made in the year. */
  readonly actual: RateAmount | null | undefined
}

/**
 * One budget line of a composition dimension: a function, administrative head, economic or revenue
 * category, with its original budget and outturn.
 *
 * @example
 * ```ts
 * import type { PefaLine } from '@lw/perf-eval'
 * const health: PefaLine = { name: '卫生健康', budget: '50', actual: '60' }
 * ```
 */
export interface PefaLine {
  /** The line's name (a function or head), for the reader. */
  readonly name?: string | undefined
  /** The original approved budget of the line. */
  readonly budget: RateAmount | null | undefined
  /** The outturn of the line. */
  readonly actual: RateAmount | null | undefined
}

/**
 * One fiscal year of a composition dimension (PI-2.1, PI-2.2, PI-3.2): its lines. Leave out
 * contingency lines (and, for PI-2.1, interest on debt), as the framework says.
 *
 * @example
 * ```ts
 * import type { PefaCompositionYear } from '@lw/perf-eval'
 * const y: PefaCompositionYear = { year: 2021, lines: [{ budget: '50', actual: '60' }, { budget: '50', actual: '50' }] }
 * ```
 */
export interface PefaCompositionYear {
  /** The fiscal year. */
  readonly year: number
  /** The budget lines of the year. */
  readonly lines: readonly PefaLine[]
}

/**
 * One fiscal year of PI-2.3: expenditure actually charged to contingency votes and the original
 * total budget.
 *
 * @example
 * ```ts
 * import type { PefaContingencyYear } from '@lw/perf-eval'
 * const y: PefaContingencyYear = { year: 2021, contingencyActual: '2', totalBudget: '100' }
 * ```
 */
export interface PefaContingencyYear {
  /** The fiscal year. */
  readonly year: number
  /** Expenditure actually charged to contingency votes. */
  readonly contingencyActual: RateAmount | null | undefined
  /** The original approved total budget. */
  readonly totalBudget: RateAmount | null | undefined
}

/**
 * Options of the PEFA scorers.
 *
 * @example
 * ```ts
 * import type { PefaOptions } from '@lw/perf-eval'
 * const o: PefaOptions = { lastYear: 2023, missingData: 'when-certain' }
 * ```
 */
export interface PefaOptions extends RateOptions {
  /** The last completed fiscal year assessed. Default: the latest year in the data. */
  readonly lastYear?: number | undefined
  /**
   * `strict` (default): any year of the three without usable data gives D*. `when-certain`: a
   * two-of-three grade is given when the known years settle it whatever the missing year holds
   * (two years within A are A, even with the third unknown); otherwise D*. Averages always need
   * all three years.
   */
  readonly missingData?: 'strict' | 'when-certain' | undefined
  /** Replaces the dimension's bands (A, B, C in that order). */
  readonly bands?: readonly PefaBand[] | undefined
}

const MISSING_DATA = ['strict', 'when-certain'] as const

/** Checks the options of a PEFA scorer by the rule of src/options; returns them. */
function checkPefaOptions(fn: string, options: PefaOptions | undefined): PefaOptions {
  const o: PefaOptions = checkRateOptions(fn, options)
  checkInteger(fn, 'lastYear', o.lastYear, 1, 9999)
  oneOf(fn, 'missingData', o.missingData, MISSING_DATA, 'strict')
  const bands: unknown = o.bands
  if (bands !== undefined && !(Array.isArray(bands) && bands.every(isBand))) {
    throw new OptionError(
      fn,
      'bands',
      bands,
      'an array of bands { grade, min, minInclusive, max, maxInclusive }',
    )
  }
  return o
}

function isBand(b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false
  const band = b as Record<string, unknown>
  const bound = (v: unknown) => v === null || (typeof v === 'string' && safeDec(v) !== null)
  return (
    typeof band.grade === 'string' &&
    bound(band.min) &&
    bound(band.max) &&
    typeof band.minInclusive === 'boolean' &&
    typeof band.maxInclusive === 'boolean'
  )
}

/**
 * The measure of one year and the grade whose band holds it (D when none does, null when the
 * measure could not be computed).
 *
 * @example
 * ```ts
 * import { pefaPI1 } from '@lw/perf-eval'
 * const r = pefaPI1([{ year: 2021, budget: '100', actual: '96' }])
 * r.years[2] // { year: 2021, measure: { success: true, data: '0.96', numerator: '96', denominator: '100' }, grade: 'A' }
 * ```
 */
export interface PefaYear {
  /** The fiscal year. */
  readonly year: number
  /** The year's measure (outturn ratio, composition variance or contingency share). */
  readonly measure: RateResult
  /** The grade whose band holds the measure; D when none does; null when not computed. */
  readonly grade: PefaGrade | 'D' | null
}

/**
 * A scored PEFA dimension: the score, the three years it rests on (oldest first), the average for
 * averaging dimensions, and `basis` — how the score was reached:
 * `all-years`, `known-years` (missingData 'when-certain' settled it), `insufficient-data` (D*),
 * or `no-contingency-vote` (PI-2.3 scores A when the budget has no contingency vote).
 *
 * @example
 * ```ts
 * import { pefaPI23 } from '@lw/perf-eval'
 * pefaPI23([], { contingencyVote: false }).basis // 'no-contingency-vote'
 * ```
 */
export interface PefaResult {
  /** The PEFA dimension scored (`PI-1`, `PI-2.1` …). */
  readonly dimension: PefaDimensionId
  /** A, B, C, D or D* (insufficient data). */
  readonly score: PefaScore
  /** How the years combine: two of three, or the average. */
  readonly rule: PefaDimension['rule']
  /** The three years the score rests on, oldest first. */
  readonly years: readonly PefaYear[]
  /** The average of the yearly measures, for averaging dimensions; null otherwise. */
  readonly average: RateResult | null
  /** How the score was reached. */
  readonly basis: 'all-years' | 'known-years' | 'insufficient-data' | 'no-contingency-vote'
}

const WINDOW = 3
const REQUIRED = 2

/**
 * PEFA 2016 PI-1 (dimension 1.1), aggregate expenditure outturn: actual ÷ original budget per year,
 * A when within 95–105% in at least two of the last three years, B 90–110%, C 85–115%, else D.
 *
 * @param years - budget and outturn per fiscal year (more than three: the last three are used)
 * @param pefaOptions - last year, missing-data policy, band override
 * @returns the score with its years
 * @example
 * ```ts
 * import { pefaPI1 } from '@lw/perf-eval'
 * const r = pefaPI1([
 *   { year: 2019, budget: '100', actual: '96' },  // 96%  A
 *   { year: 2020, budget: '100', actual: '112' }, // 112% C
 *   { year: 2021, budget: '100', actual: '104' }, // 104% A
 * ])
 * r.score // 'A'
 * ```
 */
export function pefaPI1(
  years: readonly PefaAggregateYear[],
  pefaOptions?: PefaOptions,
): PefaResult {
  const options = checkPefaOptions('pefaPI1', pefaOptions)
  return scoreYears(PEFA_2016['PI-1'], years, (y) => outturnOf(y, options), options)
}

/**
 * PEFA 2016 PI-3.1, aggregate revenue outturn, with its asymmetric bands: A 97–106%, B 94–112%,
 * C 92–116% in at least two of the last three years.
 *
 * @param years - budgeted and actual revenue per fiscal year
 * @param pefaOptions - last year, missing-data policy, band override
 * @returns the score with its years
 * @example
 * ```ts
 * import { pefaPI31 } from '@lw/perf-eval'
 * const r = pefaPI31([
 *   { year: 2019, budget: '100', actual: '96' },  // B
 *   { year: 2020, budget: '100', actual: '107' }, // B (above 106%)
 *   { year: 2021, budget: '100', actual: '98' },  // A
 * ])
 * r.score // 'B'
 * ```
 */
export function pefaPI31(
  years: readonly PefaAggregateYear[],
  pefaOptions?: PefaOptions,
): PefaResult {
  const options = checkPefaOptions('pefaPI31', pefaOptions)
  return scoreYears(PEFA_2016['PI-3.1'], years, (y) => outturnOf(y, options), options)
}

/**
 * Composition variance of one year, as PEFA computes it: each line's budget is scaled by total
 * outturn ÷ total budget, and the absolute deviations from the scaled budget are summed and divided
 * by the total scaled budget (= total outturn): Σ|Aᵢ − Bᵢ·ΣA/ΣB| / ΣA, computed exactly as
 * Σ|Aᵢ·ΣB − Bᵢ·ΣA| / (ΣA·|ΣB|).
 *
 * @param lines - the year's lines
 * @param rateOptions - unit, locale, path
 * @returns the variance as a ratio, or why it cannot be computed
 * @example
 * ```ts
 * import { compositionVariance, formatPercent } from '@lw/perf-eval'
 * formatPercent(compositionVariance([
 *   { budget: '50', actual: '60' }, { budget: '30', actual: '25' }, { budget: '20', actual: '25' },
 * ])) // '14.55%' (16 / 110)
 * ```
 */
export function compositionVariance(
  lines: readonly PefaLine[],
  rateOptions?: RateOptions,
): RateResult {
  const options = checkRateOptions('compositionVariance', rateOptions)
  // A year whose lines are no list has none; a line that is no object has no amounts.
  const list: readonly PefaLine[] = Array.isArray(lines) ? lines : []
  if (list.length === 0) return failure('missing-input', 'lines')
  const budgets: Dec[] = []
  const actuals: Dec[] = []
  for (const [i, entry] of list.entries()) {
    const at: RateOptions = { ...options, path: [...(options.path ?? []), 'lines', i] }
    const line = fieldsOf(entry)
    const b = readInput(line.budget, 'budget', at)
    if (!b.success) return b
    const a = readInput(line.actual, 'actual', at)
    if (!a.success) return a
    budgets.push(b.value)
    actuals.push(a.value)
  }
  const totalB = sum(budgets)
  const totalA = sum(actuals)
  if (totalB.isZero()) return failure('zero-denominator', 'budget', null, totalB)
  const deviations = actuals.map((a, i) =>
    a
      .times(totalB)
      .minus((budgets[i] ?? new Dec(0)).times(totalA))
      .abs(),
  )
  return rateOf(sum(deviations), totalA.times(totalB.abs()))
}

/**
 * PEFA 2016 PI-2.1, expenditure composition outturn by function (or administrative/programme
 * heads): the {@link compositionVariance} of each year, A below 5% in at least two of the last
 * three years, B below 10%, C below 15%. Exclude contingency items and interest on debt.
 *
 * @param years - lines per fiscal year
 * @param pefaOptions - last year, missing-data policy, band override
 * @returns the score with its years
 * @example
 * ```ts
 * import { pefaPI21 } from '@lw/perf-eval'
 * const lines = (a: string[]) => [0, 1, 2].map((i) => ({ budget: ['50', '30', '20'][i], actual: a[i] }))
 * const r = pefaPI21([
 *   { year: 2019, lines: lines(['60', '25', '25']) }, // 14.55% C
 *   { year: 2020, lines: lines(['50', '30', '20']) }, // 0%     A
 *   { year: 2021, lines: lines(['52', '31', '17']) }, // 6%     B
 * ])
 * r.score // 'B'
 * ```
 */
export function pefaPI21(
  years: readonly PefaCompositionYear[],
  pefaOptions?: PefaOptions,
): PefaResult {
  const options = checkPefaOptions('pefaPI21', pefaOptions)
  return scoreYears(
    PEFA_2016['PI-2.1'],
    years,
    (y) => compositionVariance(y.lines, options),
    options,
  )
}

/**
 * PEFA 2016 PI-2.2, expenditure composition outturn by economic type: as {@link pefaPI21}, with
 * the lines of the economic classification (interest on debt included, contingency excluded).
 *
 * @param years - lines per fiscal year
 * @param pefaOptions - last year, missing-data policy, band override
 * @returns the score with its years
 * @example
 * ```ts
 * import { pefaPI22 } from '@lw/perf-eval'
 * const same = [{ budget: '70', actual: '70' }, { budget: '30', actual: '30' }]
 * pefaPI22([2019, 2020, 2021].map((year) => ({ year, lines: same }))).score // 'A'
 * ```
 */
export function pefaPI22(
  years: readonly PefaCompositionYear[],
  pefaOptions?: PefaOptions,
): PefaResult {
  const options = checkPefaOptions('pefaPI22', pefaOptions)
  return scoreYears(
    PEFA_2016['PI-2.2'],
    years,
    (y) => compositionVariance(y.lines, options),
    options,
  )
}

/**
 * PEFA 2016 PI-3.2, revenue composition outturn: as {@link pefaPI21}, over revenue categories
 * (GFS three-digit level or comparable).
 *
 * @param years - revenue lines per fiscal year
 * @param pefaOptions - last year, missing-data policy, band override
 * @returns the score with its years
 * @example
 * ```ts
 * import { pefaPI32 } from '@lw/perf-eval'
 * const y = (year: number, tax: string) => ({ year, lines: [{ budget: '80', actual: tax }, { budget: '20', actual: '20' }] })
 * pefaPI32([y(2019, '80'), y(2020, '100'), y(2021, '80')]).score // 'A'
 * ```
 */
export function pefaPI32(
  years: readonly PefaCompositionYear[],
  pefaOptions?: PefaOptions,
): PefaResult {
  const options = checkPefaOptions('pefaPI32', pefaOptions)
  return scoreYears(
    PEFA_2016['PI-3.2'],
    years,
    (y) => compositionVariance(y.lines, options),
    options,
  )
}

/**
 * Options of {@link pefaPI23}.
 *
 * @example
 * ```ts
 * import type { PefaContingencyOptions } from '@lw/perf-eval'
 * const o: PefaContingencyOptions = { contingencyVote: true, lastYear: 2021 }
 * ```
 */
export interface PefaContingencyOptions extends PefaOptions {
  /** False when the budget has no contingency vote at all: the framework then scores A. Default true. */
  readonly contingencyVote?: boolean | undefined
}

/**
 * PEFA 2016 PI-2.3, expenditure from contingency reserves: the simple average over the last three
 * years of contingency expenditure ÷ original total budget; A below 3%, B 3%–6% inclusive, C above
 * 6% and below 10%, else D. All three years are needed (else D*); no contingency vote scores A.
 *
 * @param years - contingency expenditure and total original budget per fiscal year
 * @param pefaOptions - contingencyVote, last year, band override
 * @returns the score with its years and average
 * @example
 * ```ts
 * import { formatPercent, pefaPI23 } from '@lw/perf-eval'
 * const r = pefaPI23([
 *   { year: 2019, contingencyActual: '2', totalBudget: '100' },
 *   { year: 2020, contingencyActual: '4', totalBudget: '100' },
 *   { year: 2021, contingencyActual: '6', totalBudget: '100' },
 * ])
 * r.average && formatPercent(r.average) // '4.00%'
 * r.score                                // 'B'
 * ```
 */
export function pefaPI23(
  years: readonly PefaContingencyYear[],
  pefaOptions?: PefaContingencyOptions,
): PefaResult {
  const options = checkPefaOptions('pefaPI23', pefaOptions)
  const vote = checkBoolean('pefaPI23', 'contingencyVote', pefaOptions?.contingencyVote, true)
  const dimension = PEFA_2016['PI-2.3']
  if (!vote) {
    return {
      dimension: dimension.id,
      score: 'A',
      rule: dimension.rule,
      years: [],
      average: null,
      basis: 'no-contingency-vote',
    }
  }
  return scoreYears(
    dimension,
    years,
    (y) => {
      const c = readInput(y.contingencyActual, 'contingencyActual', options)
      if (!c.success) return c
      const t = readInput(y.totalBudget, 'totalBudget', options)
      if (!t.success) return t
      return rateOf(c.value, t.value)
    },
    options,
  )
}

function outturnOf(y: PefaAggregateYear, options: RateOptions): RateResult {
  const b = readInput(y.budget, 'budget', options)
  if (!b.success) return b
  const a = readInput(y.actual, 'actual', options)
  if (!a.success) return a
  return rateOf(a.value, b.value)
}

function scoreYears<T extends { readonly year: number }>(
  dimension: PefaDimension,
  data: readonly T[],
  measure: (item: T) => RateResult,
  options: PefaOptions,
): PefaResult {
  const bands = options.bands ?? dimension.bands
  const years = windowOf(data, options.lastYear).map(({ year, items }): PefaYear => {
    const only = items.length === 1 ? items[0] : undefined
    const m: RateResult =
      only === undefined
        ? failure(items.length === 0 ? 'missing-input' : 'unreadable-input', 'year')
        : measure(only)
    return { year, measure: m, grade: m.success ? gradeOf(fractionOf(m), bands) : null }
  })
  const base = { dimension: dimension.id, rule: dimension.rule, years }
  if (years.length === 0) return { ...base, score: 'D*', average: null, basis: 'insufficient-data' }
  if (dimension.rule === 'average') return averaged(base, bands)
  return twoOfThree(base, bands, options.missingData ?? 'strict')
}

function windowOf<T extends { readonly year: number }>(
  data: readonly T[],
  lastYear: number | undefined,
): { year: number; items: T[] }[] {
  // A year is a calendar year (1–9999, as lastYear): 2**53 or -1e308 are not, and a loop over
  // years from them would never end (year + 1 === year).
  // A hole in the list (null, a value that is no object) is no year either.
  const valid = data.filter(
    (d) =>
      typeof (d as unknown) === 'object' &&
      (d as unknown) !== null &&
      Number.isInteger(d.year) &&
      d.year >= 1 &&
      d.year <= 9999,
  )
  let last = lastYear
  if (last === undefined)
    for (const d of valid) last = last === undefined ? d.year : Math.max(last, d.year)
  if (last === undefined || !Number.isInteger(last)) return []
  const window: { year: number; items: T[] }[] = []
  for (let k = 0; k < WINDOW; k++) {
    const year = last - WINDOW + 1 + k
    // A year given twice is ambiguous data, not a choice this library makes.
    window.push({ year, items: valid.filter((d) => d.year === year) })
  }
  return window
}

function inBand(f: Fraction, band: PefaBand): boolean {
  const min = safeDec(band.min)
  const max = safeDec(band.max)
  if (min !== null) {
    const c = compareFraction(f, min)
    if (c < 0 || (c === 0 && !band.minInclusive)) return false
  }
  if (max !== null) {
    const c = compareFraction(f, max)
    if (c > 0 || (c === 0 && !band.maxInclusive)) return false
  }
  return true
}

function gradeOf(f: Fraction, bands: readonly PefaBand[]): PefaGrade | 'D' {
  return bands.find((b) => inBand(f, b))?.grade ?? 'D'
}

type Base = Pick<PefaResult, 'dimension' | 'rule' | 'years'>

function twoOfThree(
  base: Base,
  bands: readonly PefaBand[],
  policy: 'strict' | 'when-certain',
): PefaResult {
  const known = base.years.filter((y) => y.measure.success)
  const unknown = base.years.length - known.length
  if (unknown > 0 && policy === 'strict') {
    return { ...base, score: 'D*', average: null, basis: 'insufficient-data' }
  }
  const basis = unknown > 0 ? 'known-years' : 'all-years'
  for (const band of bands) {
    const met = known.filter((y) => y.measure.success && inBand(fractionOf(y.measure), band)).length
    if (met >= REQUIRED) return { ...base, score: band.grade, average: null, basis }
    // A better grade the missing years could still reach leaves the score open.
    if (met + unknown >= REQUIRED)
      return { ...base, score: 'D*', average: null, basis: 'insufficient-data' }
  }
  return { ...base, score: 'D', average: null, basis }
}

function averaged(base: Base, bands: readonly PefaBand[]): PefaResult {
  const fractions: Fraction[] = []
  for (const y of base.years) {
    if (!y.measure.success)
      return { ...base, score: 'D*', average: null, basis: 'insufficient-data' }
    fractions.push(fractionOf(y.measure))
  }
  const total = fractions.reduce(addFractions, fraction('0', '1'))
  const average = rateOf(total.n, total.d.times(fractions.length))
  if (!average.success) return { ...base, score: 'D*', average, basis: 'insufficient-data' }
  return { ...base, score: gradeOf(fractionOf(average), bands), average, basis: 'all-years' }
}
