export {
  assessIndicator,
  assessPrepared,
  DEFAULT_ASSESS_OPTIONS,
  type PreparedAssessOptions,
  prepareAssessOptions,
} from './assess'
export {
  classifyIndicator,
  type IndicatorCategory,
  type Level1Code,
  type Level2Code,
  type PrintedLevels,
} from './classify'
export { readPrintedStatus } from './printed-status'
export { fromPrintedStatus, fromSubRows, rubricAssessment, statusFromChildren } from './rows'
export { ASSESSMENT_STATUSES, emptyStatusCounts } from './statuses'
export type {
  ActualSource,
  AssessableIndicator,
  AssessedActual,
  Assessment,
  AssessmentReason,
  AssessmentStatus,
  AssessOptions,
  Direction,
  ReasonCode,
  ReverseRule,
} from './types'
