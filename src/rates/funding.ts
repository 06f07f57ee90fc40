import { type Finding, type FindingPath, makeFinding } from '../findings/index'
import { type Bilingual, type Locale, pick, shownText } from '../i18n/index'
import { checkDecimal, type DecimalString } from '../money/decimal'
import { checkOptionalLocale, checkOptions, checkPath, OptionError } from '../options/index'
import {
  type BudgetAmounts,
  budgetAdjustmentRateResult,
  budgetCompletionRateResult,
  isAbsent,
  outturnRateResult,
  readAdjustedBudget,
} from './budget'
import { formatPercent } from './format'
import { compareFraction, safeDec } from './fraction'
import {
  type CheckReportedRateOptions,
  checkConventions,
  checkReportedRate,
  RATE_CONVENTIONS,
  type RateCheck,
} from './printed'
import {
  checkRateOptions,
  fieldsOf,
  fractionOf,
  type RateOptions,
  type RateResult,
  readInput,
} from './result'

/**
 * Thresholds that decide the flags of {@link fundingRowRates}, as ratios. Defaults in
 * {@link DEFAULT_RATE_THRESHOLDS}; a scoring scheme supplies its own.
 *
 * @example
 * ```ts
 * import type { RateThresholds } from '@lw/perf-eval'
 * const strict: RateThresholds = { completionFloor: '0.95', adjustmentCeiling: '0.2' }
 * ```
 */
export interface RateThresholds {
  /** Completion below this needs an explanation (BUDGET_COMPLETION_LOW). */
  readonly completionFloor: DecimalString
  /** An adjustment whose size (either sign) exceeds this needs an explanation (BUDGET_ADJUSTMENT_HIGH). */
  readonly adjustmentCeiling: DecimalString
}

/**
 * Default thresholds: completion floor 0.9 (执行率 < 90% must be explained — 四川 project
 * self-evaluation form instructions) and adjustment ceiling 0.3 (the FASP2 performance system's
 * "预算调整超30%原因说明" field, 2021). No Guangdong figure was found; see docs/rates.md.
 *
 * @example
 * ```ts
 * import { DEFAULT_RATE_THRESHOLDS } from '@lw/perf-eval'
 * DEFAULT_RATE_THRESHOLDS.completionFloor // '0.9'
 * ```
 */
export const DEFAULT_RATE_THRESHOLDS: RateThresholds = {
  completionFloor: '0.9',
  adjustmentCeiling: '0.3',
}

/**
 * Which denominator the completion rate of a row was computed against:
 * `adjusted-budget` (printed 全年预算数), `initial-plus-adjustment` (年初预算数 + 预算调整数), or
 * `initial-budget` (forms that print neither, whose 执行率 is 全年执行数 / 年初预算数).
 *
 * @example
 * ```ts
 * import { fundingRowRates } from '@lw/perf-eval'
 * fundingRowRates({ initialBudget: '310.2', actual: '154.74' }).completionBasis // 'initial-budget'
 * ```
 */
export type CompletionBasis = 'adjusted-budget' | 'initial-plus-adjustment' | 'initial-budget'

/**
 * A funding row as {@link fundingRowRates} reads it: amounts plus the rates as printed. A parsed
 * `FundingRow` fits as it is.
 *
 * @example
 * ```ts
 * import type { FundingRowLike } from '@lw/perf-eval'
 * const row: FundingRowLike = { adjustedBudget: '32.4', actual: '31.69', printed: { completionRate: '97.80%' } }
 * ```
 */
export interface FundingRowLike extends BudgetAmounts {
  /** The rates as the form prints them. */
  readonly printed?:
    | {
        /** 预算完成率 / 执行率 as printed. */
        readonly completionRate?: string | undefined
        /** 预算调整率 as printed. */
        readonly adjustmentRate?: string | undefined
      }
    | undefined
}

/**
 * Options of {@link fundingRowRates}: the rate options, the thresholds, and the accepted conventions.
 *
 * @example
 * ```ts
 * import type { FundingRowRatesOptions } from '@lw/perf-eval'
 * const o: FundingRowRatesOptions = { thresholds: { completionFloor: '0.85', adjustmentCeiling: '0.3' } }
 * ```
 */
export interface FundingRowRatesOptions extends RateOptions, CheckReportedRateOptions {
  /** The thresholds the flags are judged by; the default scheme's when absent. */
  readonly thresholds?: RateThresholds | undefined
}

/**
 * Everything about one funding row's rates, ready for a validator to turn into findings.
 * Flags are null when the rate they need could not be computed.
 *
 * @example
 * ```ts
 * import { fundingRowRates } from '@lw/perf-eval'
 * const r = fundingRowRates({ adjustedBudget: '329.77', actual: '338.31', printed: { completionRate: '102.59%' } })
 * r.completionCheck?.verdict // 'match'
 * r.overspent               // true
 * ```
 */
export interface FundingRowRates {
  /** 预算完成率 / 执行率 against `completionBasis`. */
  readonly completion: RateResult
  /** Which denominator the completion rate used; null when none could be formed. */
  readonly completionBasis: CompletionBasis | null
  /** The printed completion rate checked; null when none is printed (an empty cell counts as none). */
  readonly completionCheck: RateCheck | null
  /** 预算调整率 ΔB / B₀ (ΔB derived from 全年预算数 − 年初预算数 when not printed). */
  readonly adjustment: RateResult
  /** The printed adjustment rate checked; null when none is printed. */
  readonly adjustmentCheck: RateCheck | null
  /** E / B₀, execution against the original budget (the PEFA view). */
  readonly outturn: RateResult
  /** Actual spending above the completion denominator (also with a zero budget). */
  readonly overspent: boolean | null
  /** Completion below `thresholds.completionFloor`. */
  readonly completionLow: boolean | null
  /** |adjustment rate| above `thresholds.adjustmentCeiling`. */
  readonly adjustmentHigh: boolean | null
  /** Whether 年初预算数 + 预算调整数 equals the printed 全年预算数, when all three are printed. */
  readonly adjustedBudgetConsistent: boolean | null
}

/**
 * Computes and checks every rate of one funding row: completion (against the denominator the
 * form's layout implies), adjustment, execution against the original budget; checks each printed
 * rate with {@link checkReportedRate}; and raises the flags a validator turns into
 * `BUDGET_COMPLETION_LOW`, `BUDGET_OVERSPENT` and `BUDGET_ADJUSTMENT_HIGH` findings. Comparisons
 * with thresholds are exact (89.995% is below 90% even though it prints as "90.00%").
 *
 * @param row - a parsed `FundingRow`, or any object with its amounts and printed rates
 * @param rowOptions - thresholds, accepted conventions, unit, locale, path
 * @returns the rates, the checks and the flags
 * @example
 * ```ts
 * import { fundingRowRates } from '@lw/perf-eval'
 * const liwan = fundingRowRates({
 *   initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18',
 *   printed: { completionRate: '89. 31%', adjustmentRate: '5. 27%' },
 * })
 * liwan.completionCheck?.verdict // 'match'
 * liwan.adjustmentCheck?.verdict // 'match'
 * liwan.completionLow            // true (below 90%)
 * ```
 */
export function fundingRowRates(
  row: FundingRowLike,
  rowOptions?: FundingRowRatesOptions,
): FundingRowRates {
  const fn = 'fundingRowRates'
  const options = checkRateOptions(fn, rowOptions)
  checkConventions(fn, rowOptions)
  const thresholds = checkThresholds(fn, rowOptions?.thresholds) ?? DEFAULT_RATE_THRESHOLDS
  const fields = fieldsOf(row)
  const basis = completionBasisOf(fields)
  const completion =
    basis === 'initial-budget'
      ? outturnRateResult(fields, options)
      : budgetCompletionRateResult(fields, options)
  const adjustment = budgetAdjustmentRateResult(fields, options)
  const printed = fieldsOf(fields.printed)
  // A printed rate that is blank is no claim to check; anything else is read, or found unreadable.
  const check = (text: unknown, rate: RateResult): RateCheck | null =>
    isAbsent(text) || (typeof text === 'string' && text.trim() === '')
      ? null
      : checkReportedRate(text, rate, rowOptions)

  return {
    completion,
    completionBasis: completion.success || completion.reason === 'zero-denominator' ? basis : null,
    completionCheck: check(printed.completionRate, completion),
    adjustment,
    adjustmentCheck: check(printed.adjustmentRate, adjustment),
    outturn: outturnRateResult(fields, options),
    overspent: overspent(fields, basis, options),
    completionLow: beyond(completion, thresholds.completionFloor, -1),
    adjustmentHigh: beyond(adjustment, thresholds.adjustmentCeiling, 1),
    adjustedBudgetConsistent: consistent(fields, options),
  }
}

function completionBasisOf(row: BudgetAmounts): CompletionBasis {
  if (!isAbsent(row.adjustedBudget)) return 'adjusted-budget'
  if (isAbsent(row.adjustment)) return 'initial-budget'
  return 'initial-plus-adjustment'
}

/** Below (side -1) or, in size, above (side 1) a threshold; null when either is unusable. */
function beyond(rate: RateResult, threshold: unknown, side: -1 | 1): boolean | null {
  const t = safeDec(threshold)
  if (!rate.success || t === null) return null
  const f = fractionOf(rate)
  return side < 0 ? compareFraction(f, t) < 0 : compareFraction({ n: f.n.abs(), d: f.d }, t) > 0
}

function overspent(
  row: BudgetAmounts,
  basis: CompletionBasis,
  options: RateOptions,
): boolean | null {
  const actual = readInput(row.actual, 'actual', options)
  const budget =
    basis === 'initial-budget'
      ? readInput(row.initialBudget, 'initialBudget', options)
      : readAdjustedBudget(row, options)
  if (!actual.success || !budget.success) return null
  return actual.value.greaterThan(budget.value)
}

function consistent(row: BudgetAmounts, options: RateOptions): boolean | null {
  if (isAbsent(row.initialBudget) || isAbsent(row.adjustment) || isAbsent(row.adjustedBudget)) {
    return null
  }
  const b0 = readInput(row.initialBudget, 'initialBudget', options)
  const delta = readInput(row.adjustment, 'adjustment', options)
  const adjusted = readInput(row.adjustedBudget, 'adjustedBudget', options)
  if (!b0.success || !delta.success || !adjusted.success) return null
  return b0.value.plus(delta.value).eq(adjusted.value)
}

/**
 * Names of the two printed budget rates, for finding messages.
 *
 * @example
 * ```ts
 * import { RATE_NAMES } from '@lw/perf-eval'
 * RATE_NAMES.completion.en // 'budget completion rate'
 * ```
 */
export const RATE_NAMES: Readonly<Record<'completion' | 'adjustment', Bilingual>> = {
  completion: { 'zh-CN': '预算完成率', en: 'budget completion rate' },
  adjustment: { 'zh-CN': '预算调整率', en: 'budget adjustment rate' },
}

/**
 * Options of {@link rateCheckFinding} and {@link rateFailureFinding}.
 *
 * @example
 * ```ts
 * import type { RateFindingOptions } from '@lw/perf-eval'
 * const o: RateFindingOptions = { rate: 'completion', path: ['funding', 0, 'printed', 'completionRate'], locale: 'en' }
 * ```
 */
export interface RateFindingOptions {
  /** Which rate, or its name in both locales. */
  readonly rate: 'completion' | 'adjustment' | Bilingual
  /** Path of the printed rate in the input; findings carry it. */
  readonly path?: FindingPath | undefined
  /** Language of the messages (`zh-CN` default). */
  readonly locale?: Locale | undefined
}

/**
 * Turns a {@link RateCheck} into its finding: `REPORTED_RATE_MISMATCH` (error),
 * `REPORTED_RATE_CONVENTION` (info, naming the convention) or `REPORTED_RATE_UNREADABLE` (warning);
 * null for a match or when nothing could be checked.
 *
 * @param check - the result of {@link checkReportedRate}
 * @param options - which rate, the path of the printed cell, the locale
 * @returns the finding, or null
 * @example
 * ```ts
 * import { checkReportedRate, rateCheckFinding } from '@lw/perf-eval'
 * const f = rateCheckFinding(checkReportedRate('97.80%', '0.97808641975'), { rate: 'completion', locale: 'en' })
 * f?.message // 'budget completion rate is printed as 97.80%; rounded half-up it is 97.81%; it is right as "truncated, not rounded"'
 * ```
 */
export function rateCheckFinding(check: RateCheck, options: RateFindingOptions): Finding | null {
  checkFindingOptions('rateCheckFinding', options)
  const name = pick(rateName(options.rate), options.locale)
  const path = options.path ?? []
  const params = {
    rate: name,
    reported: shownText(check.printed),
    computed: check.expected,
    exact: check.computed,
    decimals: check.decimals,
  }
  if (check.verdict === 'mismatch') {
    const shown =
      check.computed === null
        ? null
        : formatPercent(check.computed, { decimals: Math.max(2, check.decimals ?? 2) })
    return makeFinding('REPORTED_RATE_MISMATCH', path, { ...params, computed: shown }, options)
  }
  if (check.verdict === 'convention' && check.convention !== null) {
    const convention = RATE_CONVENTIONS.find((c) => c.id === check.convention)
    return makeFinding(
      'REPORTED_RATE_CONVENTION',
      path,
      {
        ...params,
        convention: convention ? pick(convention.name, options.locale) : check.convention,
        conventionId: check.convention,
      },
      options,
    )
  }
  if (check.verdict === 'unreadable') {
    return makeFinding('REPORTED_RATE_UNREADABLE', path, params, options)
  }
  return null
}

/**
 * Turns a failed rate into its finding: `RATE_UNDEFINED` for a zero denominator or a missing
 * amount, the amount's own `AMOUNT_UNPARSEABLE` finding for an unreadable one; null for a rate
 * that was computed.
 *
 * @param result - a rate result
 * @param options - which rate, the path of the row, the locale
 * @returns the finding, or null
 * @example
 * ```ts
 * import { budgetAdjustmentRateResult, rateFailureFinding } from '@lw/perf-eval'
 * const f = rateFailureFinding(budgetAdjustmentRateResult({ initialBudget: '0', adjustment: '0' }), { rate: 'adjustment', locale: 'en' })
 * f?.code // 'RATE_UNDEFINED'
 * ```
 */
export function rateFailureFinding(
  result: RateResult,
  options: RateFindingOptions,
): Finding | null {
  checkFindingOptions('rateFailureFinding', options)
  if (result.success) return null
  const [finding] = result.findings
  if (finding !== undefined) return finding
  const reason = pick(
    REASONS[result.reason === 'zero-denominator' ? 'zero' : 'missing'],
    options.locale,
  )
  return makeFinding(
    'RATE_UNDEFINED',
    options.path ?? [],
    {
      rate: pick(rateName(options.rate), options.locale),
      reason: result.field === null ? reason : `${reason} (${result.field})`,
      problem: result.reason,
      numerator: result.numerator,
      denominator: result.denominator,
    },
    options,
  )
}

/** Its words in both locales; a report reads them to write a finding in another locale. @internal */
export const REASONS: Readonly<Record<'zero' | 'missing', Bilingual>> = {
  zero: { 'zh-CN': '分母为 0', en: 'the denominator is 0' },
  missing: { 'zh-CN': '缺少所需金额', en: 'an amount it needs is missing' },
}

/** Checks the options of the rate finding builders. */
function checkFindingOptions(fn: string, options: RateFindingOptions): void {
  const o = checkOptions(fn, options)
  checkOptionalLocale(fn, o.locale)
  checkPath(fn, o.path)
  const rate: unknown = o.rate
  if (rate === 'completion' || rate === 'adjustment') return
  const named = rate as Partial<Bilingual> | null
  if (
    typeof named === 'object' &&
    named !== null &&
    typeof named['zh-CN'] === 'string' &&
    typeof named.en === 'string'
  )
    return
  throw new OptionError(fn, 'rate', rate, '"completion", "adjustment" or a name { "zh-CN", en }')
}

/** Checks a `thresholds` option: both thresholds as decimals. */
function checkThresholds(fn: string, value: unknown): RateThresholds | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'object' || value === null) {
    throw new OptionError(
      fn,
      'thresholds',
      value,
      'an object { completionFloor, adjustmentCeiling }',
    )
  }
  const t = value as Partial<Record<keyof RateThresholds, unknown>>
  const completionFloor = checkDecimal(fn, 'thresholds.completionFloor', t.completionFloor)
  const adjustmentCeiling = checkDecimal(fn, 'thresholds.adjustmentCeiling', t.adjustmentCeiling)
  return {
    completionFloor: completionFloor ?? DEFAULT_RATE_THRESHOLDS.completionFloor,
    adjustmentCeiling: adjustmentCeiling ?? DEFAULT_RATE_THRESHOLDS.adjustmentCeiling,
  }
}

function rateName(rate: RateFindingOptions['rate']): Bilingual {
  return typeof rate === 'string' ? RATE_NAMES[rate] : rate
}
