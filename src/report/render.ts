import type { Evaluation } from '../evaluate/types'
import { LOCALES, type Locale } from '../i18n/index'
import { checkOptions, OptionError, oneOf } from '../options/index'
import { buildReport } from './build'
import { localizeEvaluation } from './localize'
import { normalizeEvaluation } from './normalize'
import { renderHtml, renderHtmlFragment } from './render-html'
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

const FORMATS: readonly ReportFormat[] = ['markdown', 'html', 'text']

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
   * Language of the whole report: headings, labels, every finding's message, the reasons behind
   * each status and the scheme's name are written in it, whatever locale the evaluation was made
   * in. Only the form's own text stays as the form has it. Default: the evaluation's locale.
   */
  readonly locale?: Locale | undefined
  /** Text format only: the widest line, in terminal columns (CJK counts double). Default 100; kept within 40–1000. */
  readonly width?: number | undefined
  /**
   * HTML format only: return markup to insert into a page rather than a whole document — one
   * `<div class="perf-eval-report">` holding its own `<style>`, every selector of which is scoped
   * under that class, so the host page's styles are left alone. Anchor ids are prefixed with
   * `perf-eval-report-`. Default `false`.
   */
  readonly fragment?: boolean | undefined
}

/** Default width of the text format, in terminal columns, and the range accepted. */
const DEFAULT_TEXT_WIDTH = 100
const MIN_TEXT_WIDTH = 40
const MAX_TEXT_WIDTH = 1000

function textWidth(width: unknown): number {
  if (width === undefined) return DEFAULT_TEXT_WIDTH
  if (typeof width !== 'number' || Number.isNaN(width)) {
    throw new OptionError('renderReport', 'width', width, 'a number of columns')
  }
  // A number out of range is a width the terminal cannot have; the nearest one it can is used.
  return Math.min(MAX_TEXT_WIDTH, Math.max(MIN_TEXT_WIDTH, Math.floor(width)))
}

function fragmentOption(value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true
  throw new OptionError('renderReport', 'fragment', value, 'a boolean')
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
 * markup, a link or a terminal control sequence. The report is written in `locale` throughout, so
 * one evaluation can be shown in either language. Never throws on the evaluation: an evaluation
 * read back from JSON, even a damaged one, still renders.
 *
 * @param evaluation - what {@link evaluate} returned (or its JSON, parsed back)
 * @param options - format (default `markdown`), locale, text width
 * @returns the report as one string
 * @throws {@link OptionError} for an option it does not know or cannot honour (an unknown format or
 * locale, a width that is not a number)
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, renderReport } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * const md = renderReport(e, { format: 'markdown' })
 * md.startsWith('# 荔湾区部门整体支出绩效自评表') // true
 * md.includes('| 合计 | 6211.89 | 327.17 | 6539.06<br>计算值 | 5840.18 | 89.31%<br>填报 89. 31% ✓') // true
 * renderReport(e, { format: 'html' }).includes('<svg') // true
 * renderReport(e, { format: 'text', locale: 'en' }).includes('Budget completion rate  89.31%') // true
 * renderReport(e, { format: 'html', fragment: true }).startsWith('<div class="perf-eval-report">') // true
 * ```
 */
export function renderReport(evaluation: Evaluation, options: RenderReportOptions = {}): string {
  const o = checkOptions('renderReport', options)
  const format = oneOf('renderReport', 'format', o.format, FORMATS, 'markdown')
  const e = normalizeEvaluation(evaluation)
  const locale: Locale = oneOf('renderReport', 'locale', o.locale, LOCALES, e.locale)
  const width = textWidth(o.width)
  const fragment = fragmentOption(o.fragment)
  const doc = buildReport(localizeEvaluation(e, locale), locale)
  switch (format) {
    case 'html':
      return fragment ? renderHtmlFragment(doc) : renderHtml(doc)
    case 'text':
      return renderText(doc, width)
    default:
      return renderMarkdown(doc)
  }
}
