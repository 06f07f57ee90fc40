export type { FindingCode } from './finding-codes'
export { type FindingMessages, formatFinding } from './messages'
export { type RenderReportOptions, type ReportFormat, renderReport } from './render'
export {
  type BatchSummaryOptions,
  type NamedEvaluation,
  renderBatch,
  renderBatchSummary,
} from './summary'
