import type { Dec, DecimalString } from '../money/decimal'
import {
  checkRateOptions,
  fieldsOf,
  type RateAmount,
  type RateOptions,
  type RateResult,
  type ReadAmount,
  rateOf,
  readInput,
} from './result'

/**
 * Amounts of one funding row, as a department form (年初预算数 + 预算调整数) or a project form
 * (全年预算数) prints them. A parsed `FundingRow` fits this shape as it is.
 *
 * @example
 * ```ts
 * import type { BudgetAmounts } from '@lw/perf-eval'
 * const liwan: BudgetAmounts = { initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18' }
 * const lincang: BudgetAmounts = { adjustedBudget: '32.4', actual: '31.69' }
 * ```
 */
export interface BudgetAmounts {
  /** 年初预算数 B₀. */
  readonly initialBudget?: RateAmount | null | undefined
  /** 预算调整数 ΔB, signed (追加 − 追减). */
  readonly adjustment?: RateAmount | null | undefined
  /** 全年预算数 / 调整后预算 B₀ + ΔB, as project forms print it. */
  readonly adjustedBudget?: RateAmount | null | undefined
  /** 实际支出数 / 全年执行数 E. */
  readonly actual?: RateAmount | null | undefined
}

/**
 * Input of {@link budgetAdjustmentRate}: B₀ and either ΔB or B₀ + ΔB, and optionally the part of
 * ΔB that 财预〔2013〕53号 leaves out of 预算调整数 (adjustments for national policy, force majeure or
 * ad-hoc tasks from the superior department or Party committee/government). Default: none excluded,
 * which is what the Liwan form prints.
 *
 * @example
 * ```ts
 * import type { AdjustmentRateInput } from '@lw/perf-eval'
 * const input: AdjustmentRateInput = { initialBudget: '6211.89', adjustment: '327.17', excludedAdjustment: '100' }
 * ```
 */
export interface AdjustmentRateInput extends BudgetAmounts {
  /** Part of ΔB that does not count as 预算调整 (policy, force majeure, 临时交办). Default 0. */
  readonly excludedAdjustment?: RateAmount | null | undefined
}

/** The adjusted budget B₀ + ΔB: printed when given, else summed. @internal */
export function readAdjustedBudget(input: BudgetAmounts, options: RateOptions): ReadAmount {
  if (!isAbsent(input.adjustedBudget))
    return readInput(input.adjustedBudget, 'adjustedBudget', options)
  const b0 = readInput(input.initialBudget, 'initialBudget', options)
  if (!b0.success) return b0
  const delta = readInput(input.adjustment, 'adjustment', options)
  if (!delta.success) return delta
  return { success: true, value: b0.value.plus(delta.value) }
}

/**
 * 预算完成率 (= 预算执行率 of project forms): actual ÷ adjusted budget, E / (B₀ + ΔB), as an exact
 * ratio (not ×100). The denominator is the printed 全年预算数 when `adjustedBudget` is given, else
 * `initialBudget + adjustment`. A zero denominator gives `{ success: false, reason: 'zero-denominator' }`,
 * never NaN, Infinity or 0. Spending above the budget gives a ratio above 1: it is not capped.
 *
 * @param input - the row's amounts; a parsed `FundingRow` can be passed as it is
 * @param rateOptions - unit of bare amounts, locale and path for findings
 * @returns the rate, or why it cannot be computed
 * @example
 * ```ts
 * import { budgetCompletionRateResult, formatPercent } from '@lw/perf-eval'
 * const liwan = budgetCompletionRateResult({ initialBudget: '6211. 89', adjustment: '327. 17', actual: '5840. 18' })
 * formatPercent(liwan)                                                           // '89.31%'
 * liwan.success && liwan.denominator                                                  // '6539.06'
 * budgetCompletionRateResult({ adjustedBudget: '0', actual: '0' }).success            // false
 * budgetCompletionRateResult({ adjustedBudget: '0', actual: '0' })               // { reason: 'zero-denominator' }
 * ```
 */
export function budgetCompletionRateResult(
  input: BudgetAmounts,
  rateOptions?: RateOptions,
): RateResult {
  const options = checkRateOptions('budgetCompletionRateResult', rateOptions)
  const row = fieldsOf(input)
  const budget = readAdjustedBudget(row, options)
  if (!budget.success) return budget
  const actual = readInput(row.actual, 'actual', options)
  if (!actual.success) return actual
  return rateOf(actual.value, budget.value)
}

/**
 * 预算调整率: net in-year adjustment ÷ original budget, (ΔB − excluded) / B₀ — note the denominator
 * is the original 年初预算, not the adjusted budget (the seed's 5.27% proves it). ΔB is taken from
 * `adjustment`, else derived as `adjustedBudget − initialBudget`. Signed: a cut gives a negative rate.
 * `initialBudget` 0 gives `reason: 'zero-denominator'`.
 *
 * @param input - B₀ and ΔB (or B₀ + ΔB), and optionally the excluded part of ΔB
 * @param rateOptions - unit of bare amounts, locale and path for findings
 * @returns the rate, or why it cannot be computed
 * @example
 * ```ts
 * import { budgetAdjustmentRateResult, formatPercent } from '@lw/perf-eval'
 * formatPercent(budgetAdjustmentRateResult({ initialBudget: '6211.89', adjustment: '327.17' }))  // '5.27%'
 * formatPercent(budgetAdjustmentRateResult({ initialBudget: '90', adjustedBudget: '89.974' }))   // '-0.03%'
 * budgetAdjustmentRateResult({ initialBudget: '0', adjustment: '5' }).success                         // false
 * ```
 */
export function budgetAdjustmentRateResult(
  input: AdjustmentRateInput,
  rateOptions?: RateOptions,
): RateResult {
  const options = checkRateOptions('budgetAdjustmentRateResult', rateOptions)
  const row = fieldsOf(input)
  const b0 = readInput(row.initialBudget, 'initialBudget', options)
  if (!b0.success) return b0
  let delta: Dec
  if (isAbsent(row.adjustment) && !isAbsent(row.adjustedBudget)) {
    const adjusted = readInput(row.adjustedBudget, 'adjustedBudget', options)
    if (!adjusted.success) return adjusted
    delta = adjusted.value.minus(b0.value)
  } else {
    const read = readInput(row.adjustment, 'adjustment', options)
    if (!read.success) return read
    delta = read.value
  }
  if (!isAbsent(row.excludedAdjustment)) {
    const excluded = readInput(row.excludedAdjustment, 'excludedAdjustment', options)
    if (!excluded.success) return excluded
    delta = delta.minus(excluded.value)
  }
  return rateOf(delta, b0.value)
}

/**
 * Execution against the original budget, E / B₀ — the PEFA "aggregate expenditure outturn" view,
 * and the 执行率 of forms that print no adjusted budget (年初预算数(A) / 全年执行数(B)). For Liwan
 * it is 94.02%, not the 89.31% the form prints: the two rates answer different questions.
 *
 * @param input - B₀ and E
 * @param rateOptions - unit of bare amounts, locale and path for findings
 * @returns the rate, or why it cannot be computed
 * @example
 * ```ts
 * import { outturnRateResult, formatPercent } from '@lw/perf-eval'
 * formatPercent(outturnRateResult({ initialBudget: '6211.89', actual: '5840.18' })) // '94.02%'
 * ```
 */
export function outturnRateResult(
  input: Pick<BudgetAmounts, 'initialBudget' | 'actual'>,
  rateOptions?: RateOptions,
): RateResult {
  const options = checkRateOptions('outturnRateResult', rateOptions)
  const row = fieldsOf(input)
  const b0 = readInput(row.initialBudget, 'initialBudget', options)
  if (!b0.success) return b0
  const actual = readInput(row.actual, 'actual', options)
  if (!actual.success) return actual
  return rateOf(actual.value, b0.value)
}

/**
 * 预算完成率 E / (B₀ + ΔB) as an exact decimal string ratio (not ×100), or `null` when it is
 * undefined (a zero denominator, a missing or unreadable amount). The denominator is the printed
 * 全年预算数 when `adjustedBudget` is given. {@link budgetCompletionRateResult} gives the same rate
 * with its numerator, denominator, and the reason and finding when it is undefined.
 *
 * @param input - the row's amounts; a parsed `FundingRow` can be passed as it is
 * @param options - unit of bare amounts
 * @returns the exact ratio, or null
 * @example
 * ```ts
 * import { budgetCompletionRate, formatPercent } from '@lw/perf-eval'
 * const r = budgetCompletionRate({ initialBudget: '6211. 89', adjustment: '327. 17', actual: '5840. 18' })
 * r?.slice(0, 12)                                                               // '0.8931222530'
 * formatPercent(r)                                                              // '89.31%'
 * formatPercent(budgetCompletionRate({ adjustedBudget: '329.77', actual: '338.31' })) // '102.59%'
 * budgetCompletionRate({ initialBudget: '0', adjustment: '0', actual: '0' })    // null
 * ```
 */
export function budgetCompletionRate(
  input: BudgetAmounts,
  options?: RateOptions,
): DecimalString | null {
  const r = budgetCompletionRateResult(input, checkRateOptions('budgetCompletionRate', options))
  return r.success ? r.data : null
}

/**
 * 预算调整率 ΔB / B₀ as an exact decimal string ratio, signed, or `null` when B₀ is 0 or an amount
 * is missing. Note the denominator is the original budget, unlike the completion rate's.
 * {@link budgetAdjustmentRateResult} gives the reason too.
 *
 * @param input - B₀ and ΔB (or B₀ + ΔB)
 * @param options - unit of bare amounts
 * @returns the exact ratio, or null
 * @example
 * ```ts
 * import { budgetAdjustmentRate, formatPercent } from '@lw/perf-eval'
 * formatPercent(budgetAdjustmentRate({ initialBudget: '6211.89', adjustment: '327.17' })) // '5.27%'
 * budgetAdjustmentRate({ initialBudget: '0', adjustment: '12' })                          // null
 * ```
 */
export function budgetAdjustmentRate(
  input: AdjustmentRateInput,
  options?: RateOptions,
): DecimalString | null {
  const r = budgetAdjustmentRateResult(input, checkRateOptions('budgetAdjustmentRate', options))
  return r.success ? r.data : null
}

/**
 * Execution against the original budget E / B₀ as an exact decimal string, or `null` when B₀ is 0
 * or an amount is missing. {@link outturnRateResult} gives the reason too.
 *
 * @param input - B₀ and E
 * @param options - unit of bare amounts
 * @returns the exact ratio, or null
 * @example
 * ```ts
 * import { formatPercent, outturnRate } from '@lw/perf-eval'
 * formatPercent(outturnRate({ initialBudget: '6211.89', actual: '5840.18' })) // '94.02%'
 * ```
 */
export function outturnRate(
  input: Pick<BudgetAmounts, 'initialBudget' | 'actual'>,
  options?: RateOptions,
): DecimalString | null {
  const r = outturnRateResult(input, checkRateOptions('outturnRate', options))
  return r.success ? r.data : null
}

/** Absent means not given at all; "" counts as absent too. @internal */
export function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}
