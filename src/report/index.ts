export { type RenderReportOptions, type ReportFormat, renderReport } from './render'
