/**
 * `@lw/perf-eval/xlsx`: forms from workbooks and reviews back to workbooks. `readWorkbook` reads
 * .xlsx, .xls and .ods files through SheetJS (the optional peer dependency `@e965/xlsx`, imported
 * only when a workbook is read); `writeReviewWorkbook` and `writeFormTemplate` write .xlsx with no
 * dependency. This entry stays out of the main entry's bundle.
 *
 * @example
 * ```ts
 * import { writeFormTemplate } from '@lw/perf-eval/xlsx'
 * writeFormTemplate('project')[0] // 80 (the "P" of a ZIP container)
 * ```
 *
 * @module xlsx
 * @packageDocumentation
 */
export * from './xlsx/index'
