import type { Locale } from '../i18n/index'
import { oneOf } from '../options/index'
import { type ReviewEntry, type ReviewTable, reviewTables } from '../review/index'
import { sheetsToXlsx, tableSheet } from './sheet-xml'

/**
 * Options of {@link writeReviewWorkbook}.
 *
 * @example
 * ```ts
 * import type { ReviewWorkbookOptions } from '@lw/perf-eval/xlsx'
 * const o: ReviewWorkbookOptions = { locale: 'en' }
 * ```
 */
export interface ReviewWorkbookOptions {
  /** Locale of sheet names, headers and labels. Default zh-CN. */
  readonly locale?: Locale | undefined
}

function sheetOf(t: ReviewTable) {
  return tableSheet({
    name: t.name,
    columns: t.columns.map((c) => ({
      header: c.header,
      format:
        c.format === 'percent'
          ? ('percent' as const)
          : c.format === 'number'
            ? ('number' as const)
            : ('text' as const),
    })),
    rows: t.rows,
  })
}

/**
 * The review of a batch of evaluations as an .xlsx workbook: a Summary sheet (one row per form:
 * department, project, year, kind, budget, actual, completion and adjustment rates, score, grade,
 * indicators by status, findings by severity), a Findings sheet (one row per finding, with the cell
 * it points at when the form came from a workbook) and an Indicators sheet (target, actual,
 * status, completion, reasons). Each sheet has a frozen header row and a filter; widths fit the
 * Chinese text; rates are numbers shown as percentages. Written without any dependency.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * import { writeReviewWorkbook } from '@lw/perf-eval/xlsx'
 * const bytes = writeReviewWorkbook([{ name: 'liwan', evaluation: evaluate(liwan2021Form) }])
 * bytes[0] === 0x50 && bytes[1] === 0x4b // true (a ZIP container)
 * ```
 */
export function writeReviewWorkbook(
  entries: readonly ReviewEntry[],
  options: ReviewWorkbookOptions = {},
): Uint8Array {
  const locale = oneOf('writeReviewWorkbook', 'locale', options.locale, ['zh-CN', 'en'], 'zh-CN')
  const t = reviewTables(entries, locale)
  return sheetsToXlsx([sheetOf(t.summary), sheetOf(t.findings), sheetOf(t.indicators)])
}
