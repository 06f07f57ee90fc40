import type { Evaluation } from '../evaluate/types'
import type { Locale } from '../i18n/index'
import { buildReport } from './build'
import { normalizeEvaluation } from './normalize'
import { renderHtml } from './render-html'
import { renderMarkdown } from './render-markdown'
import { renderText } from './render-text'

/**
 * The formats {@link renderReport} writes: `markdown` (GitHub-flavoured), `html` (one
 * self-contained page with inline CSS and SVG charts, no script) and `text` (for a terminal).
 *
 * @example
 * ```ts
 * import type { ReportFormat } from '@lw/perf-eval'
 * const format: ReportFormat = 'html'
 * ```
 */
export type ReportFormat = 'markdown' | 'html' | 'text'

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * import type { RenderReportOptions } from '@lw/perf-eval'
 * const options: RenderReportOptions = { format: 'text', locale: 'en', width: 120 }
 * ```
 */
export interface RenderReportOptions {
  /** Default `markdown`. */
  readonly format?: ReportFormat | undefined
  /**
   * Language of the report's headings and labels. Default: the evaluation's own locale (its
   * findings and reasons were written in it when it was made).
   */
  readonly locale?: Locale | undefined
  /** Text format only: the widest line, in terminal columns (CJK counts double). Default 100; kept within 40–1000. */
  readonly width?: number | undefined
}

/** Default width of the text format, in terminal columns, and the range accepted. */
const DEFAULT_TEXT_WIDTH = 100
const MIN_TEXT_WIDTH = 40
const MAX_TEXT_WIDTH = 1000

function textWidth(width: number | undefined): number {
  if (typeof width !== 'number' || !Number.isFinite(width)) return DEFAULT_TEXT_WIDTH
  return Math.min(MAX_TEXT_WIDTH, Math.max(MIN_TEXT_WIDTH, Math.floor(width)))
}

/**
 * Renders an evaluation as a report a person reads: the form laid out like the printed table —
 * overview, funding block (computed rates beside the printed ones, a mismatch or a rounding
 * convention marked where it sits), annual goal, indicator status per task, each task with its
 * indicators (target, actual, status and why, ratio, formula, score), top-level indicators by
 * 一级/二级指标, problems and improvements linked to each other, score and grade with every item's
 * trace, then the findings by severity, each numbered and pointing at its row (its name and path).
 * Rows carry the numbers of their findings. An invalid evaluation gives a short report of its
 * findings. Every text from the form is escaped for the format; nothing from the form can become
 * markup, a link or a terminal control sequence. Never throws.
 *
 * @param evaluation - what {@link evaluate} returned (or its JSON, parsed back)
 * @param options - format (default `markdown`), locale, text width
 * @returns the report as one string
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, renderReport } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * const md = renderReport(e, { format: 'markdown' })
 * md.startsWith('# 荔湾区部门整体支出绩效自评表') // true
 * md.includes('| 合计 | 6211.89 | 327.17 | 6539.06<br>计算值 | 5840.18 | 89.31%<br>填报 89. 31% ✓') // true
 * renderReport(e, { format: 'html' }).includes('<svg') // true
 * renderReport(e, { format: 'text', locale: 'en' }).includes('Budget completion rate  89.31%') // true
 * ```
 */
export function renderReport(evaluation: Evaluation, options: RenderReportOptions = {}): string {
  const e = normalizeEvaluation(evaluation)
  const locale: Locale = (options.locale ?? e.locale) === 'en' ? 'en' : 'zh-CN'
  const doc = buildReport(e, locale)
  switch (options.format) {
    case 'html':
      return renderHtml(doc)
    case 'text':
      return renderText(doc, textWidth(options.width))
    default:
      return renderMarkdown(doc)
  }
}
