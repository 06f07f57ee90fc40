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
  readonly FORM_PARTIAL: Record<string, never>
  readonly INPUT_NOT_A_FORM: { readonly reason: string; readonly problem: string }
  readonly UNKNOWN_FIELD: {
    readonly field: string
    readonly hint: string
    readonly key: string
    readonly suggestion: string | null
  }
  readonly VALUE_COERCED: {
    readonly field: string
    readonly printed: string
    readonly read: string
  }
  readonly FORM_KIND_INFERRED: { readonly printed: string | null; readonly kind: string }
  readonly DEPARTMENT_MISSING: Record<string, never>
  readonly FISCAL_YEAR_MISSING: Record<string, never>
  readonly UNIT_MISSING: Record<string, never>
  readonly SCHEMA_INVALID: {
    readonly field: string
    readonly detail: string
    readonly zodCode?: string
    readonly keys?: readonly string[]
    readonly expected?: FindingParam
    readonly received?: string
    readonly values?: readonly string[]
    readonly minimum?: string
    readonly maximum?: string
    readonly origin?: string
    readonly format?: string
    readonly divisor?: string
  }
  readonly INPUT_UNREADABLE: { readonly detail: string }
  readonly AMOUNT_UNPARSEABLE: {
    readonly text: string
    readonly reason: string
    readonly field?: string
    readonly problem: string
  }
  readonly NUMBER_UNPARSEABLE: {
    readonly text: string
    readonly reason: string
    readonly problem: string
    readonly field?: string
  }
  readonly AMOUNT_UNIT_SUSPECT: {
    readonly amount: string
    readonly unit: string
    readonly likelyUnit: string
    readonly ceiling: string
    readonly reason: string
  }
  readonly REPORTED_RATE_MISMATCH: {
    readonly rate: string
    readonly reported: string
    readonly computed: string | null
    readonly exact: string | null
    readonly decimals: number | null
  }
  readonly REPORTED_RATE_CONVENTION: {
    readonly rate: string
    readonly reported: string
    readonly computed: string | null
    readonly convention: string
    readonly exact: string | null
    readonly decimals: number | null
    readonly conventionId: string
  }
  readonly RATE_UNDEFINED: {
    readonly rate: string
    readonly reason: string
    readonly problem: string
    readonly numerator: string | null
    readonly denominator: string | null
  }
  readonly BUDGET_COMPLETION_LOW: {
    readonly rate: string | null
    readonly threshold: string | null
  }
  readonly BUDGET_OVERSPENT: {
    readonly actual: string | null
    readonly budget: string
    readonly rate: string | null
    readonly unit: string
  }
  readonly BUDGET_ADJUSTMENT_HIGH: {
    readonly rate: string | null
    readonly threshold: string | null
  }
  readonly REPORTED_RATE_UNREADABLE: {
    readonly rate: string
    readonly reported: string
    readonly computed: string | null
    readonly exact: string | null
    readonly decimals: number | null
  }
  readonly SPENDING_BEHIND_SCHEDULE: {
    readonly date: string
    readonly spending: string | null
    readonly time: string | null
    readonly gap: string
    readonly gapRatio: string
  }
  readonly TARGET_FROM_NAME: { readonly indicator: string; readonly target: string }
  readonly TARGET_MISSING: { readonly indicator: string }
  readonly TARGET_UNPARSEABLE: {
    readonly indicator: string
    readonly text: string
    readonly reason: string
    readonly problem: string
    readonly fragment: string
  }
  readonly TARGET_OCR_SUSPECT: {
    readonly indicator: string
    readonly text: string
    readonly reading: string
  }
  readonly TARGET_COMPARATOR_UNUSUAL: {
    readonly indicator: string
    readonly text: string
    readonly comparator: string
    readonly expected: string
  }
  readonly FORMULA_UNPARSEABLE: {
    readonly text: string
    readonly position: number
    readonly reason: string
    readonly offset: number
    readonly problem: string
  }
  readonly FORMULA_INVERTED_RATIO: {
    readonly formula: string
    readonly numerator: string
    readonly denominator: string
    readonly evidence: string
    readonly probeValue?: string
  }
  readonly TARGET_FORMULA_UNIT_MISMATCH: {
    readonly formula: string
    readonly formulaUnit: string
    readonly target: string
    readonly targetUnit: string
  }
  readonly FORMULA_TOO_LONG: {
    readonly length: number
    readonly maxLength: number
    readonly text: string
  }
  readonly FORMULA_TOO_DEEP: {
    readonly position: number
    readonly maxDepth: number
    readonly offset: number
    readonly text: string
  }
  readonly FORMULA_UNKNOWN_VARIABLE: { readonly formula: string; readonly name: string }
  readonly FORMULA_VARIABLE_INVALID: { readonly name: string; readonly value: string }
  readonly FORMULA_DIVISION_BY_ZERO: {
    readonly formula: string
    readonly position: number
    readonly denominator: string
    readonly offset: number
  }
  readonly FORMULA_NAME_CONTRADICTS_INDICATOR: {
    readonly indicator: string
    readonly indicatorMeasure: string
    readonly formula: string
    readonly formulaMeasure: string
  }
  readonly FORMULA_VARIABLE_UNSUPPLIABLE: {
    readonly formula: string
    readonly name: string
    readonly reason: string
    readonly problem: string
  }
  readonly DIRECTION_UNCLEAR: {
    readonly indicator: string
    readonly target: string
    readonly actual: string
  }
  readonly ACTUAL_OCR_SUSPECT: {
    readonly indicator: string
    readonly text: string
    readonly why: string
    readonly hint: string
    readonly problem: string
    readonly reading: string | null
  }
  readonly ACTUAL_IS_PROGRESS: {
    readonly indicator: string
    readonly words: string
    readonly progress: string
  }
  readonly INDICATOR_NOT_MET_WITHOUT_REASON: { readonly indicator: string; readonly status: string }
  readonly INDICATOR_ACTUAL_MISSING: { readonly indicator: string }
  readonly INDICATOR_UNIT_MISMATCH: {
    readonly indicator: string
    readonly actual: string
    readonly actualUnit: string
    readonly target: string
    readonly targetUnit: string
  }
  readonly INDICATOR_OVER_TARGET: {
    readonly indicator: string
    readonly actual: string
    readonly target: string
    readonly ratio: string
    readonly threshold: string
  }
  readonly SCORE_EXCEEDS_WEIGHT: {
    readonly item: string
    readonly score: string
    readonly weight: string
  }
  readonly SCORE_OUT_OF_BAND: {
    readonly item: string
    readonly band: string
    readonly low: string
    readonly high: string
    readonly score: string
  }
  readonly SCORE_TOTAL_MISMATCH: {
    readonly sum: string
    readonly reported: string
    readonly items: number
  }
  readonly PRINTED_SCORE_UNREADABLE: { readonly item: string; readonly text: string }
  readonly SCORE_PRINTED_DIFFERS: {
    readonly item: string
    readonly printed: string
    readonly computed: string | null
    readonly explanationText: string
    readonly rule: string
    readonly explanation: string
  }
  readonly GRADE_MISMATCH: {
    readonly total: string
    readonly scheme: string
    readonly expected: string
    readonly reported: string
  }
  readonly WEIGHTS_NOT_100: { readonly sum: string }
  readonly FUNDING_TOTAL_MISMATCH: {
    readonly columnName: string
    readonly reported: string
    readonly sum: string
    readonly column: string
    readonly difference: string
    readonly tolerance: string
  }
  readonly ADJUSTED_BUDGET_MISMATCH: {
    readonly initialBudget: string
    readonly adjustment: string
    readonly sum: string
    readonly reported: string
    readonly carryOver: string | null
  }
  readonly TASK_FUNDS_EXCEED_BUDGET: {
    readonly tasks: string
    readonly budget: string
    readonly unit: string
  }
  readonly PROBLEM_WITHOUT_IMPROVEMENT: { readonly problem: string; readonly text: string }
  readonly EVIDENCE_MISSING: { readonly indicator: string; readonly basis: string }
  readonly EVIDENCE_DATE_OUTSIDE_PERIOD: {
    readonly indicator: string
    readonly title: string
    readonly date: string
    readonly fiscalYear: number
    readonly evaluationDate: string | null
    readonly reason: string
  }
  readonly TEXT_GARBLED: { readonly excerpt: string; readonly reason: string }
  readonly STATUS_PRINTED_DIFFERS: {
    readonly indicator: string
    readonly printed: string
    readonly read: string
  }
  readonly CONVERTED_SCORES_DOUBLE_WEIGHTED: {
    readonly rows: number
    readonly scores: string
    readonly converted: string
  }
  readonly FUNDING_TOTAL_EMPTY: { readonly sources: number }
  readonly BALANCE_MISMATCH: {
    readonly reported: string
    readonly budget: string
    readonly actual: string
    readonly computed: string
  }
  readonly FUNDS_NOT_ARRIVED: {
    readonly arrived: string
    readonly budget: string
    readonly shortfall: string
    readonly unit: string
  }
  readonly BREAKDOWN_TOTAL_MISMATCH: { readonly reported: string; readonly sum: string }
  readonly BREAKDOWN_TOTALS_DIFFER: { readonly byIncome: string; readonly byExpenditure: string }
  readonly STAFF_OVER_QUOTA: {
    readonly actual: string
    readonly quota: string
    readonly rate: string | null
  }
  readonly THREE_PUBLIC_EXPENSES_ROSE: {
    readonly previous: string
    readonly current: string
    readonly unit: string
    readonly change: string | null
  }
  readonly GROUP_WEIGHT_MISMATCH: {
    readonly group: string
    readonly reported: string
    readonly members: number
    readonly sum: string
  }
  readonly GROUP_SCORE_MISMATCH: {
    readonly group: string
    readonly reported: string
    readonly sum: string
  }
  readonly GROUP_SPLIT_DIFFERS: {
    readonly group: string
    readonly printed: string
    readonly scheme: string
    readonly expected: string
  }
  readonly SUBROW_SUM_MISMATCH: {
    readonly indicator: string
    readonly side: string
    readonly reported: string
    readonly rows: number
    readonly sum: string
  }
  readonly SUBROW_UNITS_MIXED: { readonly indicator: string; readonly units: readonly string[] }
  readonly CONVERTED_SCORE_MISMATCH: {
    readonly item: string
    readonly reported: string
    readonly score: string
    readonly weight: string
    readonly computed: string
  }
  readonly COEFFICIENT_SCORE_MISMATCH: {
    readonly item: string
    readonly reported: string
    readonly weight: string
    readonly coefficient: string
    readonly computed: string
  }
  readonly REVIEW_SCORE_DIFFERS: {
    readonly item: string
    readonly self: string
    readonly reviewer: string
    readonly review: string
  }
  readonly TARGET_PARTS_CONFLICT: {
    readonly indicator: string
    readonly target: string
    readonly parts: string
  }
  readonly GRID_NO_FORM: { readonly sheet: string }
  readonly GRID_LABEL_UNKNOWN: { readonly cell: string; readonly label: string }
  readonly GRID_FORMULA_NO_VALUE: { readonly cell: string }
  readonly GRID_TOO_LARGE: {
    readonly sheet: string
    readonly rows: number
    readonly columns: number
  }
  readonly WORKBOOK_UNREADABLE: { readonly detail: string; readonly reason: string }
}
