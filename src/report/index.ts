export type { FindingCode } from './finding-codes'
export { type FindingMessages, formatFinding } from './messages'
export { type RenderReportOptions, type ReportFormat, renderReport } from './render'
