import type { FindingPath } from '../findings/index'
import type { Failure, Success } from '../findings/result'
import type { Locale } from '../i18n/index'
import { readAmount } from '../money/amount'
import { type DecimalString, toDecimalString } from '../money/decimal'
import { checkUnit, type MoneyUnit } from '../money/units'
import { checkOptionalLocale, checkOptions, checkPath } from '../options/index'
import { Dec, type Fraction, fraction, quotient } from './fraction'

/**
 * An amount given to a rate function: a decimal string as forms print it ("6211. 89", "6,211.89",
 * "６２１１．８９") or a number. It is read with `readAmount`; `undefined`, `null` and "" count as
 * missing.
 *
 * @example
 * ```ts
 * import type { RateAmount } from '@lw/perf-eval'
 * const b0: RateAmount = '6211. 89'
 * const e: RateAmount = 5840.18
 * ```
 */
export type RateAmount = string | number

/**
 * Why a rate could not be computed.
 *
 * - `zero-denominator`: the denominator is 0, so the rate does not exist (it is never taken as 0).
 * - `missing-input`: an amount the formula needs was not given.
 * - `unreadable-input`: an amount was given but is not a number ("IO", "M.8"); `finding` says why.
 * - `invalid-date`: a date that is not a real calendar date (progress functions).
 *
 * @example
 * ```ts
 * import { budgetAdjustmentRateResult } from '@lw/perf-eval'
 * const r = budgetAdjustmentRateResult({ initialBudget: '0', adjustment: '5' })
 * r.success ? r.data : r.reason // 'zero-denominator'
 * ```
 */
export type RateProblem = 'zero-denominator' | 'missing-input' | 'unreadable-input' | 'invalid-date'

/**
 * A computed rate: the exact quotient as a ratio in `data` (not ×100: 0.8931… for 89.31%), with the
 * exact numerator and denominator it came from. `data` carries 60 significant digits, which is exact for
 * every quotient that terminates within them (0.5, 1.0259…) and correctly rounded otherwise;
 * {@link formatPercent} and {@link checkReportedRate} round from `numerator`/`denominator`, so the
 * displayed digits are exact in every case.
 *
 * @example
 * ```ts
 * import { budgetCompletionRateResult } from '@lw/perf-eval'
 * const r = budgetCompletionRateResult({ initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18' })
 * r.success && r.denominator // '6539.06'
 * ```
 */
export interface RateValue extends Success<DecimalString> {
  /** numerator / denominator, the ratio, as a canonical decimal string, 60 significant digits. */
  readonly data: DecimalString
  /** The exact numerator, in the amounts' unit. */
  readonly numerator: DecimalString
  /** The exact denominator, in the amounts' unit; never "0". */
  readonly denominator: DecimalString
}

/**
 * A rate that could not be computed, with the reason. `numerator`/`denominator` are given when they
 * could be read (a 0/0 rate and a 5/0 rate are different facts); `field` names the input at fault;
 * `findings` holds the `AMOUNT_UNPARSEABLE` finding for an unreadable amount, and is empty when the
 * reason is a fact about the figures (a zero denominator, a missing amount).
 *
 * @example
 * ```ts
 * import { budgetCompletionRateResult } from '@lw/perf-eval'
 * const r = budgetCompletionRateResult({ adjustedBudget: '0', actual: '0' })
 * r // { success: false, reason: 'zero-denominator', numerator: '0', denominator: '0', findings: [] }
 * ```
 */
export interface RateFailure extends Failure {
  /** Why the rate is undefined (`zero-denominator`, `missing-input`, `unreadable-input`). */
  readonly reason: RateProblem
  /** The input at fault (`actual`, `initialBudget` …), or null when the fault is the quotient itself. */
  readonly field: string | null
  /** The numerator, when it could be read. */
  readonly numerator: DecimalString | null
  /** The denominator, when it could be read ("0" for a zero denominator). */
  readonly denominator: DecimalString | null
}

/**
 * The result of every rate function: a {@link RateValue} (`success: true`, the ratio in `data`) or
 * a {@link RateFailure} (`success: false`, with the reason). Never NaN, never Infinity, never a 0
 * standing in for "undefined".
 *
 * @example
 * ```ts
 * import { budgetCompletionRateResult, formatPercent } from '@lw/perf-eval'
 * const r = budgetCompletionRateResult({ initialBudget: '6211.89', adjustment: '327.17', actual: '5840.18' })
 * r.success ? formatPercent(r) : `— (${r.reason})` // '89.31%'
 * ```
 */
export type RateResult = RateValue | RateFailure

/**
 * Options shared by the rate functions.
 *
 * @example
 * ```ts
 * import { budgetCompletionRateResult } from '@lw/perf-eval'
 * budgetCompletionRateResult(
 *   { adjustedBudget: '25万元', actual: '200000元' },
 *   { unit: '元', path: ['funding', 0] },
 * ).success // true: both read in 元, ratio 0.8
 * ```
 */
export interface RateOptions {
  /**
   * The unit of bare amounts; an amount written with its own unit ("25万元") is converted to it, so
   * mixed units still give the right ratio. Default 万元, the unit of budget forms.
   */
  readonly unit?: MoneyUnit | undefined
  /** Locale of findings. Default zh-CN. */
  readonly locale?: Locale | undefined
  /** Where the inputs sit in a larger document; a field name is appended for findings. */
  readonly path?: FindingPath | undefined
}

/**
 * Checks the options every rate function shares (unit, locale, path) by the rule of src/options;
 * returns them.
 * @internal
 */
export function checkRateOptions<T extends RateOptions>(
  fn: string,
  options: T | undefined,
): T | RateOptions {
  const o = checkOptions(fn, options)
  checkUnit(fn, 'unit', o.unit)
  checkOptionalLocale(fn, o.locale)
  checkPath(fn, o.path)
  return o
}

/**
 * The fields of an input object, or none: a row that is null or not an object (a hole in a list
 * read from a file, a careless caller) reads as a row whose every amount is missing, so that the
 * rate is a `missing-input` failure, not a TypeError. @internal
 */
export function fieldsOf<T extends object>(input: T | null | undefined): Partial<T> {
  return typeof input === 'object' && input !== null ? input : {}
}

/** An amount read for a rate, or the failure to return. @internal */
export type ReadAmount = { readonly success: true; readonly value: Dec } | RateFailure

/** Reads one input amount. @internal */
export function readInput(value: unknown, field: string, options: RateOptions): ReadAmount {
  if (value === undefined || value === null || value === '') return failure('missing-input', field)
  const parsed = readAmount(value, {
    unit: options.unit ?? '万元',
    locale: options.locale,
    path: [...(options.path ?? []), field],
  })
  if (parsed.success) return { success: true, value: new Dec(parsed.value) }
  if (parsed.problem === 'empty') return failure('missing-input', field)
  return { ...failure('unreadable-input', field), findings: [parsed.finding] }
}

/** A failure with nothing else known. @internal */
export function failure(
  reason: RateProblem,
  field: string | null,
  numerator: Dec | null = null,
  denominator: Dec | null = null,
): RateFailure {
  return {
    success: false,
    reason,
    field,
    numerator: numerator === null ? null : toDecimalString(numerator),
    denominator: denominator === null ? null : toDecimalString(denominator),
    findings: [],
  }
}

/** numerator / denominator as a result; a zero denominator is a failure, not a number. @internal */
export function rateOf(numerator: Dec, denominator: Dec): RateResult {
  if (denominator.isZero()) return failure('zero-denominator', null, numerator, denominator)
  return {
    success: true,
    data: toDecimalString(quotient(fraction(numerator, denominator))),
    numerator: toDecimalString(numerator),
    denominator: toDecimalString(denominator),
  }
}

/** The exact fraction behind a computed rate. @internal */
export function fractionOf(rate: RateValue): Fraction {
  return fraction(rate.numerator, rate.denominator)
}
