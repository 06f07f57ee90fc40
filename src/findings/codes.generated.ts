// Generated from the rule catalogue (src/findings/catalogue/) by scripts/gen-finding-types.mjs;
// run `npm run gen:findings` after changing the catalogue. test/findings.types.test.ts fails
// when this file is out of date. Do not edit.
import type { FindingParam } from './types'

/**
 * Every finding code of the rule catalogue, one string literal each: a misspelt code does not
 * compile.
 *
 * @example
 * ```ts
 * import type { FindingCode } from '@lw/perf-eval'
 * const code: FindingCode = 'BUDGET_COMPLETION_LOW'
 * ```
 */
export type FindingCode =
  | 'FORM_PARTIAL'
  | 'INPUT_NOT_A_FORM'
  | 'UNKNOWN_FIELD'
  | 'VALUE_COERCED'
  | 'FORM_KIND_INFERRED'
  | 'DEPARTMENT_MISSING'
  | 'FISCAL_YEAR_MISSING'
  | 'UNIT_MISSING'
  | 'SCHEMA_INVALID'
  | 'INPUT_UNREADABLE'
  | 'AMOUNT_UNPARSEABLE'
  | 'NUMBER_UNPARSEABLE'
  | 'AMOUNT_UNIT_SUSPECT'
  | 'REPORTED_RATE_MISMATCH'
  | 'REPORTED_RATE_CONVENTION'
  | 'RATE_UNDEFINED'
  | 'BUDGET_COMPLETION_LOW'
  | 'BUDGET_OVERSPENT'
  | 'BUDGET_ADJUSTMENT_HIGH'
  | 'REPORTED_RATE_UNREADABLE'
  | 'SPENDING_BEHIND_SCHEDULE'
  | 'TARGET_FROM_NAME'
  | 'TARGET_MISSING'
  | 'TARGET_UNPARSEABLE'
  | 'TARGET_OCR_SUSPECT'
  | 'TARGET_COMPARATOR_UNUSUAL'
  | 'FORMULA_UNPARSEABLE'
  | 'FORMULA_INVERTED_RATIO'
  | 'TARGET_FORMULA_UNIT_MISMATCH'
  | 'FORMULA_TOO_LONG'
  | 'FORMULA_TOO_DEEP'
  | 'FORMULA_TOO_PRECISE'
  | 'FORMULA_UNKNOWN_VARIABLE'
  | 'FORMULA_VARIABLE_INVALID'
  | 'FORMULA_DIVISION_BY_ZERO'
  | 'FORMULA_NAME_CONTRADICTS_INDICATOR'
  | 'FORMULA_VARIABLE_UNSUPPLIABLE'
  | 'DIRECTION_UNCLEAR'
  | 'ACTUAL_OCR_SUSPECT'
  | 'ACTUAL_IS_PROGRESS'
  | 'INDICATOR_NOT_MET_WITHOUT_REASON'
  | 'INDICATOR_ACTUAL_MISSING'
  | 'INDICATOR_UNIT_MISMATCH'
  | 'INDICATOR_OVER_TARGET'
  | 'INDICATOR_TEXT_TOO_LONG'
  | 'SCORE_EXCEEDS_WEIGHT'
  | 'SCORE_OUT_OF_BAND'
  | 'SCORE_TOTAL_MISMATCH'
  | 'PRINTED_SCORE_UNREADABLE'
  | 'SCORE_PRINTED_DIFFERS'
  | 'GRADE_MISMATCH'
  | 'WEIGHTS_NOT_100'
  | 'FUNDING_TOTAL_MISMATCH'
  | 'ADJUSTED_BUDGET_MISMATCH'
  | 'TASK_FUNDS_EXCEED_BUDGET'
  | 'PROBLEM_WITHOUT_IMPROVEMENT'
  | 'EVIDENCE_MISSING'
  | 'EVIDENCE_DATE_OUTSIDE_PERIOD'
  | 'TEXT_GARBLED'
  | 'STATUS_PRINTED_DIFFERS'
  | 'CONVERTED_SCORES_DOUBLE_WEIGHTED'
  | 'FUNDING_TOTAL_EMPTY'
  | 'BALANCE_MISMATCH'
  | 'FUNDS_NOT_ARRIVED'
  | 'BREAKDOWN_TOTAL_MISMATCH'
  | 'BREAKDOWN_TOTALS_DIFFER'
  | 'STAFF_OVER_QUOTA'
  | 'THREE_PUBLIC_EXPENSES_ROSE'
  | 'GROUP_WEIGHT_MISMATCH'
  | 'GROUP_SCORE_MISMATCH'
  | 'GROUP_SPLIT_DIFFERS'
  | 'SUBROW_SUM_MISMATCH'
  | 'SUBROW_UNITS_MIXED'
  | 'CONVERTED_SCORE_MISMATCH'
  | 'COEFFICIENT_SCORE_MISMATCH'
  | 'REVIEW_SCORE_DIFFERS'
  | 'TARGET_PARTS_CONFLICT'
  | 'GRID_NO_FORM'
  | 'GRID_LABEL_UNKNOWN'
  | 'GRID_FORMULA_NO_VALUE'
  | 'GRID_TOO_LARGE'
  | 'WORKBOOK_UNREADABLE'

/**
 * The params of each code's findings: the placeholders of its messages and the extras the
 * catalogue lists, each with its type.
 *
 * @example
 * ```ts
 * import type { FindingParamsMap } from '@lw/perf-eval'
 * const p: FindingParamsMap['BUDGET_COMPLETION_LOW'] = { rate: '89.31%', threshold: '90.00%' }
 * ```
 */
export interface FindingParamsMap {
  /** The input says it transcribes only part of the form (source.partial): checks that need the whole form are skipped. */
  readonly FORM_PARTIAL: Record<string, never>
  /** The input is not an object, or has no funding, task, indicator or goal content, so it cannot be evaluated as a form. */
  readonly INPUT_NOT_A_FORM: {
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
  }
  /** The input has a field the form schema does not know; it is ignored and the rest is evaluated. A near known field name is suggested. */
  readonly UNKNOWN_FIELD: {
    /** Filled into the message's `{field}`. */
    readonly field: string
    /** Filled into the message's `{hint}`. */
    readonly hint: string
    /** Carried for tools and reports; not in the message. */
    readonly key: string
    /** Carried for tools and reports; not in the message. */
    readonly suggestion: string | null
  }
  /** A value of the wrong type whose meaning is unambiguous (a year written as text, "2021") was read as the type the field wants. */
  readonly VALUE_COERCED: {
    /** Filled into the message's `{field}`. */
    readonly field: string
    /** Filled into the message's `{printed}`. */
    readonly printed: string
    /** Filled into the message's `{read}`. */
    readonly read: string
  }
  /** When the kind is missing or invalid, a form with main tasks or titled 部门整体 is read as department-overall, any other as a project form. */
  readonly FORM_KIND_INFERRED: {
    /** Filled into the message's `{printed}`. */
    readonly printed: string | null
    /** Filled into the message's `{kind}`. */
    readonly kind: string
  }
  /** The header gives no department or unit name. */
  readonly DEPARTMENT_MISSING: Record<string, never>
  /** The header gives no fiscal year. */
  readonly FISCAL_YEAR_MISSING: Record<string, never>
  /** The header gives no money unit (元, 万元, 亿元); rates do not depend on it, amounts are shown as 万元. */
  readonly UNIT_MISSING: Record<string, never>
  /** The input does not have the shape of a self-evaluation form. */
  readonly SCHEMA_INVALID: {
    /** Filled into the message's `{field}`. */
    readonly field: string
    /** Filled into the message's `{detail}`. */
    readonly detail: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly zodCode?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly keys?: readonly string[]
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly expected?: FindingParam
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly received?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly values?: readonly string[]
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly minimum?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly maximum?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly origin?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly format?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly divisor?: string
  }
  /** The input could not be read: not a plain JSON value; or, in a batch, a file that is missing, not permitted, empty, too large, not valid JSON, a symlink loop, or a workbook with no form. The file counts one error and the batch goes on. */
  readonly INPUT_UNREADABLE: {
    /** Filled into the message's `{detail}`. */
    readonly detail: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly reason?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly file?: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly line?: number
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly column?: number
  }
  /** An amount cannot be read as a number (OCR damage is never guessed). */
  readonly AMOUNT_UNPARSEABLE: {
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly field?: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
  }
  /** A number such as a weight cannot be read. */
  readonly NUMBER_UNPARSEABLE: {
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly field?: string
  }
  /** Amounts are of a magnitude that contradicts the declared unit (e.g. headed 万元 but plainly in 元). */
  readonly AMOUNT_UNIT_SUSPECT: {
    /** Filled into the message's `{amount}`. */
    readonly amount: string
    /** Filled into the message's `{unit}`. */
    readonly unit: string
    /** Filled into the message's `{likelyUnit}`. */
    readonly likelyUnit: string
    /** Carried for tools and reports; not in the message. */
    readonly ceiling: string
    /** Carried for tools and reports; not in the message. */
    readonly reason: string
  }
  /** A printed rate differs from the rate recomputed from the amounts, and no known rounding convention explains it. */
  readonly REPORTED_RATE_MISMATCH: {
    /** Filled into the message's `{rate}`. */
    readonly rate: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{computed}`. */
    readonly computed: string | null
    /** Carried for tools and reports; not in the message. */
    readonly exact: string | null
    /** Carried for tools and reports; not in the message. */
    readonly decimals: number | null
  }
  /** A printed rate is right only under another convention (truncated, 1 for 100%, 0 for an undefined rate…). */
  readonly REPORTED_RATE_CONVENTION: {
    /** Filled into the message's `{rate}`. */
    readonly rate: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{computed}`. */
    readonly computed: string | null
    /** Filled into the message's `{convention}`. */
    readonly convention: string
    /** Carried for tools and reports; not in the message. */
    readonly exact: string | null
    /** Carried for tools and reports; not in the message. */
    readonly decimals: number | null
    /** Carried for tools and reports; not in the message. */
    readonly conventionId: string
  }
  /** A rate has a zero or missing denominator and cannot be computed (it is not taken as 0). */
  readonly RATE_UNDEFINED: {
    /** Filled into the message's `{rate}`. */
    readonly rate: string
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
    /** Carried for tools and reports; not in the message. */
    readonly numerator: string | null
    /** Carried for tools and reports; not in the message. */
    readonly denominator: string | null
  }
  /** The budget completion rate is below the scheme floor and needs an explanation. */
  readonly BUDGET_COMPLETION_LOW: {
    /** Filled into the message's `{rate}`. */
    readonly rate: string | null
    /** Filled into the message's `{threshold}`. */
    readonly threshold: string | null
  }
  /** Actual spending exceeds the adjusted budget (completion above 100%). */
  readonly BUDGET_OVERSPENT: {
    /** Filled into the message's `{actual}`. */
    readonly actual: string | null
    /** Filled into the message's `{budget}`. */
    readonly budget: string
    /** Filled into the message's `{rate}`. */
    readonly rate: string | null
    /** Carried for tools and reports; not in the message. */
    readonly unit: string
  }
  /** The budget adjustment rate exceeds the scheme ceiling and needs an explanation. */
  readonly BUDGET_ADJUSTMENT_HIGH: {
    /** Filled into the message's `{rate}`. */
    readonly rate: string | null
    /** Filled into the message's `{threshold}`. */
    readonly threshold: string | null
  }
  /** A printed rate cannot be read as a percentage or a ratio (OCR damage is never guessed), so it cannot be checked. */
  readonly REPORTED_RATE_UNREADABLE: {
    /** Filled into the message's `{rate}`. */
    readonly rate: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Carried for tools and reports; not in the message. */
    readonly computed: string | null
    /** Carried for tools and reports; not in the message. */
    readonly exact: string | null
    /** Carried for tools and reports; not in the message. */
    readonly decimals: number | null
  }
  /** Spending progress trails time progress by more than the tolerance. */
  readonly SPENDING_BEHIND_SCHEDULE: {
    /** Filled into the message's `{date}`. */
    readonly date: string
    /** Filled into the message's `{spending}`. */
    readonly spending: string | null
    /** Filled into the message's `{time}`. */
    readonly time: string | null
    /** Filled into the message's `{gap}`. */
    readonly gap: string
    /** Carried for tools and reports; not in the message. */
    readonly gapRatio: string
  }
  /** The target cell is blank but the name states a figure or a deadline ("年度资金支付完成率100%"); the target is read from the name. */
  readonly TARGET_FROM_NAME: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{target}`. */
    readonly target: string
  }
  /** An indicator has no target value. Placeholders ("-", "一", "无") count as deliberately blank unless an option says otherwise. */
  readonly TARGET_MISSING: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
  }
  /** A target looks quantitative but cannot be read (OCR-damaged digits, contradictory comparators, a date that does not exist); the original is never guessed. */
  readonly TARGET_UNPARSEABLE: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
    /** Carried for tools and reports; not in the message. */
    readonly fragment: string
  }
  /** A target parses but is probably OCR-damaged (for example "≥90%" read as "290%"); the printed value is used, a person should check it. */
  readonly TARGET_OCR_SUSPECT: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{reading}`. */
    readonly reading: string
  }
  /** A written comparator runs against the indicator: an upper bound (≤, <) on an output quantity, or a lower bound (≥, >) on a lower-is-better indicator (accidents, complaints, cost …). */
  readonly TARGET_COMPARATOR_UNUSUAL: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{comparator}`. */
    readonly comparator: string
    /** Filled into the message's `{expected}`. */
    readonly expected: string
  }
  /** A formula looks like a formula but cannot be parsed. */
  readonly FORMULA_UNPARSEABLE: {
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{position}`. */
    readonly position: number
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. */
    readonly offset: number
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
  }
  /** A rate formula divides the whole by the part, so it can only reach 100% by failing. */
  readonly FORMULA_INVERTED_RATIO: {
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{numerator}`. */
    readonly numerator: string
    /** Filled into the message's `{denominator}`. */
    readonly denominator: string
    /** Carried for tools and reports; not in the message. */
    readonly evidence: string
    /** Carried for tools and reports; not in the message. Only some findings carry it. */
    readonly probeValue?: string
  }
  /** The formula computes a percent while the target is a count or money (or the reverse). */
  readonly TARGET_FORMULA_UNIT_MISMATCH: {
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{formulaUnit}`. */
    readonly formulaUnit: string
    /** Filled into the message's `{target}`. */
    readonly target: string
    /** Filled into the message's `{targetUnit}`. */
    readonly targetUnit: string
  }
  /** A formula exceeds the length limit and is not parsed (guards against hostile or damaged input). */
  readonly FORMULA_TOO_LONG: {
    /** Filled into the message's `{length}`. */
    readonly length: number
    /** Filled into the message's `{maxLength}`. */
    readonly maxLength: number
    /** Carried for tools and reports; not in the message. */
    readonly text: string
  }
  /** A formula nests brackets, signs or chained operations deeper than the limit and is not parsed. */
  readonly FORMULA_TOO_DEEP: {
    /** Filled into the message's `{position}`. */
    readonly position: number
    /** Filled into the message's `{maxDepth}`. */
    readonly maxDepth: number
    /** Carried for tools and reports; not in the message. */
    readonly offset: number
    /** Carried for tools and reports; not in the message. */
    readonly text: string
  }
  /** A value or an intermediate result of a formula has a numerator or denominator over the digit limit (1,000 by default), so it is not computed (guards against hostile or damaged values). */
  readonly FORMULA_TOO_PRECISE: {
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{maxDigits}`. */
    readonly maxDigits: number
  }
  /** A formula uses a variable that was given no value, so it cannot be computed (it is not taken as 0). */
  readonly FORMULA_UNKNOWN_VARIABLE: {
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{name}`. */
    readonly name: string
  }
  /** A value supplied for a formula variable is not a finite decimal number. */
  readonly FORMULA_VARIABLE_INVALID: {
    /** Filled into the message's `{name}`. */
    readonly name: string
    /** Filled into the message's `{value}`. */
    readonly value: string
  }
  /** A formula divides by zero: the divisor is the constant 0 or is 0 for the given values; the result is undefined (not 0, not infinity). */
  readonly FORMULA_DIVISION_BY_ZERO: {
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{position}`. */
    readonly position: number
    /** Filled into the message's `{denominator}`. */
    readonly denominator: string
    /** Carried for tools and reports; not in the message. */
    readonly offset: number
  }
  /** A formula measures something other than what the indicator's name says (e.g. a usage rate computed from satisfied people). */
  readonly FORMULA_NAME_CONTRADICTS_INDICATOR: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{indicatorMeasure}`. */
    readonly indicatorMeasure: string
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{formulaMeasure}`. */
    readonly formulaMeasure: string
  }
  /** A formula variable can never be given a number: it is the formula's own result (circular), a non-quantity such as 是否 (whether) or 情况 (situation), or not among the variables the caller can supply. */
  readonly FORMULA_VARIABLE_UNSUPPLIABLE: {
    /** Filled into the message's `{formula}`. */
    readonly formula: string
    /** Filled into the message's `{name}`. */
    readonly name: string
    /** Filled into the message's `{reason}`. */
    readonly reason: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
  }
  /** The target has no comparator and the name reads both ways (成本控制率, a money figure outside 产出): no guess is made; the status is unknown until a person confirms. */
  readonly DIRECTION_UNCLEAR: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{target}`. */
    readonly target: string
    /** Filled into the message's `{actual}`. */
    readonly actual: string
  }
  /** An actual is probably OCR-damaged: a comparator read as a digit or letter ("290%", "5=50%", "工5%", "^80%", or "25次" beside a target of "≥5次"), % read as "$", a lost decimal point, or a value the indicator cannot take (a satisfaction or pass rate over 100%). The probable reading is given; the indicator is judged on neither reading until a person checks. */
  readonly ACTUAL_OCR_SUSPECT: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{text}`. */
    readonly text: string
    /** Filled into the message's `{why}`. */
    readonly why: string
    /** Filled into the message's `{hint}`. */
    readonly hint: string
    /** Carried for tools and reports; not in the message. */
    readonly problem: string
    /** Carried for tools and reports; not in the message. */
    readonly reading: string | null
  }
  /** The actual states only progress ("已完成100%", "完成进度80%"), not the value of the indicator itself (a satisfaction, a cost, a count); progress is never taken as the value, and the status comes from it. */
  readonly ACTUAL_IS_PROGRESS: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{words}`. */
    readonly words: string
    /** Filled into the message's `{progress}`. */
    readonly progress: string
  }
  /** An indicator is not met, partially met or not carried out, and neither a deviation reason nor the actual narrative ("由于…", "受…影响") says why. */
  readonly INDICATOR_NOT_MET_WITHOUT_REASON: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{status}`. */
    readonly status: string
  }
  /** An indicator has no actual value or completion text. */
  readonly INDICATOR_ACTUAL_MISSING: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
  }
  /** The actual and the target are in units that cannot be reconciled (percent, counts, money …; 元/万元/亿元 are converted), so whether the target is met cannot be judged. */
  readonly INDICATOR_UNIT_MISMATCH: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{actual}`. */
    readonly actual: string
    /** Filled into the message's `{actualUnit}`. */
    readonly actualUnit: string
    /** Filled into the message's `{target}`. */
    readonly target: string
    /** Filled into the message's `{targetUnit}`. */
    readonly targetUnit: string
  }
  /** The actual far exceeds the target; the target may have been set too low. */
  readonly INDICATOR_OVER_TARGET: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{actual}`. */
    readonly actual: string
    /** Filled into the message's `{target}`. */
    readonly target: string
    /** Filled into the message's `{ratio}`. */
    readonly ratio: string
    /** Filled into the message's `{threshold}`. */
    readonly threshold: string
  }
  /** An indicator's name or actual exceeds the length limit (TARGET_LIMITS.maxLength) and is not read; the indicator is left unknown (guards against hostile or damaged input; an over-long target gives TARGET_UNPARSEABLE). */
  readonly INDICATOR_TEXT_TOO_LONG: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{fieldName}`. */
    readonly fieldName: string
    /** Filled into the message's `{length}`. */
    readonly length: number
    /** Filled into the message's `{maxLength}`. */
    readonly maxLength: number
    /** Carried for tools and reports; not in the message. */
    readonly field: string
  }
  /** A score exceeds the weight of its item. */
  readonly SCORE_EXCEEDS_WEIGHT: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{score}`. */
    readonly score: string
    /** Filled into the message's `{weight}`. */
    readonly weight: string
  }
  /** A qualitative indicator is scored outside the band of its grade. */
  readonly SCORE_OUT_OF_BAND: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{bandText}`. */
    readonly bandText: string
    /** Filled into the message's `{low}`. */
    readonly low: string
    /** Filled into the message's `{high}`. */
    readonly high: string
    /** Filled into the message's `{score}`. */
    readonly score: string
    /** Carried for tools and reports; not in the message. */
    readonly band: string
  }
  /** The item scores do not add up to the printed total. */
  readonly SCORE_TOTAL_MISMATCH: {
    /** Filled into the message's `{sum}`. */
    readonly sum: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Carried for tools and reports; not in the message. */
    readonly items: number
  }
  /** A printed score is not a readable number (for example OCR reading 10 as IO). */
  readonly PRINTED_SCORE_UNREADABLE: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{text}`. */
    readonly text: string
  }
  /** A printed score differs from the score under the scheme; info when a known rule explains it, else a warning. */
  readonly SCORE_PRINTED_DIFFERS: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{printed}`. */
    readonly printed: string
    /** Filled into the message's `{computed}`. */
    readonly computed: string | null
    /** Filled into the message's `{explanationText}`. */
    readonly explanationText: string
    /** Carried for tools and reports; not in the message. */
    readonly rule: string
    /** Carried for tools and reports; not in the message. */
    readonly explanation: string
  }
  /** The printed grade is not the one the printed total earns under the scheme's grade bands. */
  readonly GRADE_MISMATCH: {
    /** Filled into the message's `{total}`. */
    readonly total: string
    /** Filled into the message's `{scheme}`. */
    readonly scheme: string
    /** Filled into the message's `{expected}`. */
    readonly expected: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
  }
  /** The weights do not add up to 100. */
  readonly WEIGHTS_NOT_100: {
    /** Filled into the message's `{sum}`. */
    readonly sum: string
  }
  /** The total row does not equal the sum of the funding sources. */
  readonly FUNDING_TOTAL_MISMATCH: {
    /** Filled into the message's `{columnName}`. */
    readonly columnName: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{sum}`. */
    readonly sum: string
    /** Carried for tools and reports; not in the message. */
    readonly column: string
    /** Carried for tools and reports; not in the message. */
    readonly difference: string
    /** Carried for tools and reports; not in the message. */
    readonly tolerance: string
  }
  /** On one row, the initial budget plus the adjustment is not the printed adjusted budget. */
  readonly ADJUSTED_BUDGET_MISMATCH: {
    /** Filled into the message's `{initialBudget}`. */
    readonly initialBudget: string
    /** Filled into the message's `{adjustment}`. */
    readonly adjustment: string
    /** Filled into the message's `{sum}`. */
    readonly sum: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Carried for tools and reports; not in the message. */
    readonly carryOver: string | null
  }
  /** Task funds exceed the adjusted budget. */
  readonly TASK_FUNDS_EXCEED_BUDGET: {
    /** Filled into the message's `{tasks}`. */
    readonly tasks: string
    /** Filled into the message's `{budget}`. */
    readonly budget: string
    /** Carried for tools and reports; not in the message. */
    readonly unit: string
  }
  /** A problem has no improvement measure that answers it. */
  readonly PROBLEM_WITHOUT_IMPROVEMENT: {
    /** Filled into the message's `{problem}`. */
    readonly problem: string
    /** Carried for tools and reports; not in the message. */
    readonly text: string
  }
  /** An indicator is judged met on narrative alone, or scored in the top qualitative band, with no evidence. */
  readonly EVIDENCE_MISSING: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{basis}`. */
    readonly basis: string
  }
  /** Evidence is dated before the fiscal year it supports or after the evaluation date. */
  readonly EVIDENCE_DATE_OUTSIDE_PERIOD: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{title}`. */
    readonly title: string
    /** Filled into the message's `{date}`. */
    readonly date: string
    /** Filled into the message's `{fiscalYear}`. */
    readonly fiscalYear: number
    /** Carried for tools and reports; not in the message. */
    readonly evaluationDate: string | null
    /** Carried for tools and reports; not in the message. */
    readonly reason: string
  }
  /** Narrative text holds scripts a Chinese form never uses (kana, Hangul, radicals, stray corner brackets) or one fragment repeated over and over: OCR debris. */
  readonly TEXT_GARBLED: {
    /** Filled into the message's `{excerpt}`. */
    readonly excerpt: string
    /** Carried for tools and reports; not in the message. */
    readonly reason: string
  }
  /** The verdict a row prints (单项指标完成情况: 完成 / 部分完成 / 未完成) differs from what its target and actual say. */
  readonly STATUS_PRINTED_DIFFERS: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{printed}`. */
    readonly printed: string
    /** Filled into the message's `{readText}`. */
    readonly readText: string
    /** Carried for tools and reports; not in the message. */
    readonly read: string
  }
  /** Row scores already in points of their weight are multiplied by the weight share again, so the weight counts twice (成安 2020: fully met rows convert to 22.50 in all). */
  readonly CONVERTED_SCORES_DOUBLE_WEIGHTED: {
    /** Filled into the message's `{rows}`. */
    readonly rows: number
    /** Filled into the message's `{scores}`. */
    readonly scores: string
    /** Filled into the message's `{converted}`. */
    readonly converted: string
  }
  /** A total (subtotal) row prints nothing while its component rows print amounts: the total was left blank, so rates can only be read from the components. */
  readonly FUNDING_TOTAL_EMPTY: {
    /** Filled into the message's `{sources}`. */
    readonly sources: number
  }
  /** The printed balance is not the full-year budget minus actual spending. */
  readonly BALANCE_MISMATCH: {
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{budget}`. */
    readonly budget: string
    /** Filled into the message's `{actual}`. */
    readonly actual: string
    /** Filled into the message's `{computed}`. */
    readonly computed: string
  }
  /** Less arrived than was budgeted: the funds did not arrive in full, which the execution rate should be read against. */
  readonly FUNDS_NOT_ARRIVED: {
    /** Filled into the message's `{arrived}`. */
    readonly arrived: string
    /** Filled into the message's `{budget}`. */
    readonly budget: string
    /** Filled into the message's `{shortfall}`. */
    readonly shortfall: string
    /** Filled into the message's `{unit}`. */
    readonly unit: string
  }
  /** The parts of the by-income-type or by-expenditure-type breakdown do not add up to its total. */
  readonly BREAKDOWN_TOTAL_MISMATCH: {
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{sum}`. */
    readonly sum: string
  }
  /** By income type and by expenditure type split the same funds; their totals must agree. */
  readonly BREAKDOWN_TOTALS_DIFFER: {
    /** Filled into the message's `{byIncome}`. */
    readonly byIncome: string
    /** Filled into the message's `{byExpenditure}`. */
    readonly byExpenditure: string
  }
  /** More staff than the quota: the staff control rate is above 100%. */
  readonly STAFF_OVER_QUOTA: {
    /** Filled into the message's `{actual}`. */
    readonly actual: string
    /** Filled into the message's `{quota}`. */
    readonly quota: string
    /** Filled into the message's `{rate}`. */
    readonly rate: string | null
  }
  /** 三公 spending (official travel abroad, vehicles, receptions) rose year on year; it is to fall under the austerity rules, so the rise needs explaining. */
  readonly THREE_PUBLIC_EXPENSES_ROSE: {
    /** Filled into the message's `{previous}`. */
    readonly previous: string
    /** Filled into the message's `{current}`. */
    readonly current: string
    /** Filled into the message's `{unit}`. */
    readonly unit: string
    /** Filled into the message's `{change}`. */
    readonly change: string | null
  }
  /** The points printed on a group heading (产出指标(50分)) differ from the sum of the weights of its members or sub-groups. */
  readonly GROUP_WEIGHT_MISMATCH: {
    /** Filled into the message's `{group}`. */
    readonly group: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{members}`. */
    readonly members: number
    /** Filled into the message's `{sum}`. */
    readonly sum: string
  }
  /** The printed score of a group differs from the sum of the scores of its members. */
  readonly GROUP_SCORE_MISMATCH: {
    /** Filled into the message's `{group}`. */
    readonly group: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{sum}`. */
    readonly sum: string
  }
  /** The points a form prints on a level-1 heading differ from the split of the scheme (产出 50 / 效益 30 / 满意度 10); regions may split otherwise, so the printed points are used. */
  readonly GROUP_SPLIT_DIFFERS: {
    /** Filled into the message's `{group}`. */
    readonly group: string
    /** Filled into the message's `{printed}`. */
    readonly printed: string
    /** Filled into the message's `{scheme}`. */
    readonly scheme: string
    /** Filled into the message's `{expected}`. */
    readonly expected: string
  }
  /** The target or actual of a parent row differs from the sum of its sub-rows (其中…). */
  readonly SUBROW_SUM_MISMATCH: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{side}`. */
    readonly side: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{rows}`. */
    readonly rows: number
    /** Filled into the message's `{sum}`. */
    readonly sum: string
  }
  /** A parent row sums sub-rows in different units into one figure (180只 and 12头 as 192只). */
  readonly SUBROW_UNITS_MIXED: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{units}`. */
    readonly units: readonly string[]
  }
  /** The converted score (折算得分) is the score of the row times its weight share (the weight read as a percentage). */
  readonly CONVERTED_SCORE_MISMATCH: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{score}`. */
    readonly score: string
    /** Filled into the message's `{weight}`. */
    readonly weight: string
    /** Filled into the message's `{computed}`. */
    readonly computed: string
  }
  /** The score is the weight times the score coefficient (得分系数). */
  readonly COEFFICIENT_SCORE_MISMATCH: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{reported}`. */
    readonly reported: string
    /** Filled into the message's `{weight}`. */
    readonly weight: string
    /** Filled into the message's `{coefficient}`. */
    readonly coefficient: string
    /** Filled into the message's `{computed}`. */
    readonly computed: string
  }
  /** A score given by a reviewer (复核分, 市级评分) differs from the self-evaluated score. */
  readonly REVIEW_SCORE_DIFFERS: {
    /** Filled into the message's `{item}`. */
    readonly item: string
    /** Filled into the message's `{self}`. */
    readonly self: string
    /** Filled into the message's `{reviewer}`. */
    readonly reviewer: string
    /** Filled into the message's `{review}`. */
    readonly review: string
  }
  /** The whole target disagrees with the target printed in split columns (指标性质 / 指标值 / 度量单位). */
  readonly TARGET_PARTS_CONFLICT: {
    /** Filled into the message's `{indicator}`. */
    readonly indicator: string
    /** Filled into the message's `{target}`. */
    readonly target: string
    /** Filled into the message's `{parts}`. */
    readonly parts: string
  }
  /** A sheet has no recognisable funding or indicator header (年初预算数, 全年执行数, 三级指标, 年度指标值 …). */
  readonly GRID_NO_FORM: {
    /** Filled into the message's `{sheet}`. */
    readonly sheet: string
  }
  /** A header cell the reader does not know; its column is not read (the label lexicon may lack it). */
  readonly GRID_LABEL_UNKNOWN: {
    /** Filled into the message's `{cell}`. */
    readonly cell: string
    /** Filled into the message's `{label}`. */
    readonly label: string
  }
  /** A formula cell without a cached result (written by a program that does not calculate); read as blank, never computed here. */
  readonly GRID_FORMULA_NO_VALUE: {
    /** Filled into the message's `{cell}`. */
    readonly cell: string
  }
  /** A sheet beyond the reader’s bounds (rows, columns or cell text length); the rest is not read. */
  readonly GRID_TOO_LARGE: {
    /** Filled into the message's `{sheet}`. */
    readonly sheet: string
    /** Filled into the message's `{rows}`. */
    readonly rows: number
    /** Filled into the message's `{columns}`. */
    readonly columns: number
  }
  /** The file is not an .xlsx/.xls/.ods workbook, is damaged, or would inflate beyond the reader’s bounds (a zip bomb); its content is not guessed. */
  readonly WORKBOOK_UNREADABLE: {
    /** Filled into the message's `{detail}`. */
    readonly detail: string
    /** Carried for tools and reports; not in the message. */
    readonly reason: string
  }
}
