export {
  type AdjustmentRateInput,
  type BudgetAmounts,
  budgetAdjustmentRate,
  budgetAdjustmentRateResult,
  budgetCompletionRate,
  budgetCompletionRateResult,
  outturnRate,
  outturnRateResult,
} from './budget'
export {
  DEPARTMENT_RATES,
  type DepartmentRateDefinition,
  type DepartmentRateId,
  type DepartmentRateInput,
  type DepartmentRateOptions,
  type DepartmentRateResult,
  departmentRate,
  type RateDirection,
} from './department'
export { type FormatPercentOptions, formatPercent, type RateRounding } from './format'
export {
  type CompletionBasis,
  DEFAULT_RATE_THRESHOLDS,
  type FundingRowLike,
  type FundingRowRates,
  type FundingRowRatesOptions,
  fundingRowRates,
  RATE_NAMES,
  type RateFindingOptions,
  type RateThresholds,
  rateCheckFinding,
  rateFailureFinding,
} from './funding'
export {
  type CheckReportedRateOptions,
  checkReportedRate,
  type PrintedRate,
  type PrintedRateProblem,
  parsePrintedRate,
  RATE_CONVENTIONS,
  type RateCheck,
  type RateConvention,
  type RateVerdict,
} from './printed'
export {
  type ProgressConvention,
  type SpendingProgressInput,
  type SpendingProgressOptions,
  type SpendingProgressResult,
  spendingProgress,
  spendingProgressFinding,
  type TimeProgressOptions,
  type TimeProgressResult,
  timeProgress,
} from './progress'
export type {
  RateAmount,
  RateFailure,
  RateOptions,
  RateProblem,
  RateResult,
  RateValue,
} from './result'
