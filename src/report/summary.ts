import { type BatchFormRow, type BatchSummary, batchRow, summarizeBatch } from '../batch/index'
import type { Evaluation } from '../evaluate/types'
import type { Locale } from '../i18n/index'
import { type ScoringScheme, schemes } from '../score/index'
import { BATCH_SCRIPT, batchSummaryDocument, batchSummaryHtml } from './batch'
import { buildReport } from './build'
import { cleanText, escapeMarkdown, escapeHtml as h } from './escape'
import { label } from './labels'
import { localizeEvaluation } from './localize'
import { normalizeEvaluation } from './normalize'
import type { ReportFormat } from './render'
import { htmlPage, renderHtmlBody } from './render-html'
import { renderMarkdown } from './render-markdown'
import { renderText } from './render-text'
import { BATCH_CSS } from './style'

/** One evaluated form of a batch, under the name it was given (a file name). @internal */
export interface NamedEvaluation {
  readonly name: string
  readonly evaluation: Evaluation
}

/** Options of {@link renderBatchSummary}. @internal */
export interface BatchSummaryOptions {
  readonly format: ReportFormat
  readonly locale: Locale
  /** Text width in columns (text only); 100 by default. */
  readonly width?: number | undefined
  /** The completion floor the chart's reference line marks, as a ratio; "0.9" by default. */
  readonly completionFloor?: string | undefined
}

/** The anchor of the n-th report (from 0) on a batch page. */
const reportAnchor = (index: number) => `r${index + 1}-report`

/**
 * The completion floor shared by the schemes the forms were scored under; the national 90%
 * when they differ or one is unknown.
 */
function sharedFloor(entries: readonly NamedEvaluation[]): string {
  const floors = new Set<string>()
  for (const { evaluation } of entries) {
    const id = (evaluation as Partial<Evaluation>).scheme?.id
    const known: Readonly<Record<string, ScoringScheme>> = schemes
    const scheme = id !== undefined && Object.hasOwn(known, id) ? known[id] : undefined
    floors.add(scheme?.thresholds.completionFloor ?? '0.9')
  }
  return floors.size === 1 ? ([...floors][0] ?? '0.9') : '0.9'
}

/** The page: the summary, the reports, and the table's script when there is a table. */
function summaryPage(
  locale: Locale,
  article: string,
  reports: readonly string[],
  table: boolean,
): string {
  const title = label(locale, 'summaryTitle')
  const script = table ? [`<script>${BATCH_SCRIPT}</script>`] : []
  const body = [article, ...reports, ...script].join('\n')
  return htmlPage(title, locale, body, BATCH_CSS)
}

/**
 * The summary of a batch without the reports: totals and medians, the table of forms and (HTML)
 * the charts, findings by rule. With `rows` null (a batch too large to keep its rows) only the
 * totals, medians and findings by rule. HTML is one page; its table sorts and filters with a
 * small inline script and reads in full without it.
 * @internal
 */
export function renderBatchSummary(
  summary: BatchSummary,
  rows: readonly BatchFormRow[] | null,
  options: BatchSummaryOptions,
): string {
  const { format, locale } = options
  if (format === 'html') {
    const article = batchSummaryHtml(summary, rows, locale, {
      completionFloor: options.completionFloor,
    })
    return summaryPage(locale, article, [], rows !== null)
  }
  if (format === 'markdown')
    return renderMarkdown(batchSummaryDocument(summary, rows, locale, false))
  return renderText(batchSummaryDocument(summary, rows, locale, true), options.width ?? 100)
}

/**
 * Renders several evaluations: the summary first (totals and medians, a row per form, findings
 * by rule; in HTML also two charts, and each row linking to its form's report), then each
 * form's report. Used by the command line.
 * @internal
 */
export function renderBatch(
  entries: readonly NamedEvaluation[],
  options: {
    format: ReportFormat
    locale: Locale
    width?: number | undefined
    /** The summary of these entries, when already computed. */
    summary?: BatchSummary | undefined
  },
): string {
  const { format, locale } = options
  const rows = entries.map((e) => batchRow(e.name, e.evaluation))
  const summary =
    options.summary ??
    summarizeBatch(entries.map((e) => ({ file: e.name, evaluation: e.evaluation })))
  const docs = entries.map((e) =>
    buildReport(localizeEvaluation(normalizeEvaluation(e.evaluation), locale), locale),
  )
  if (format === 'html') {
    const article = batchSummaryHtml(summary, rows, locale, {
      target: reportAnchor,
      completionFloor: sharedFloor(entries),
    })
    const back = label(locale, 'backToSummary')
    const reports = docs.map((doc, i) =>
      [
        `<section class="batch-form" id="${reportAnchor(i)}">`,
        `<p class="back"><a href="#batch-summary">${h(back)}</a> · ${h(entries[i]?.name ?? '')}</p>`,
        renderHtmlBody(doc, `r${i + 1}-`),
        '</section>',
      ].join('\n'),
    )
    return summaryPage(locale, article, reports, true)
  }
  if (format === 'markdown') {
    const parts = docs.map(
      (doc, i) => `**${escapeMarkdown(entries[i]?.name ?? '')}**\n\n${renderMarkdown(doc)}`,
    )
    return [renderMarkdown(batchSummaryDocument(summary, rows, locale, false)), ...parts].join(
      '\n---\n\n',
    )
  }
  const width = options.width ?? 100
  const parts = docs.map(
    (doc, i) => `==> ${cleanText(entries[i]?.name ?? '')} <==\n${renderText(doc, width)}`,
  )
  return [renderText(batchSummaryDocument(summary, rows, locale, true), width), ...parts].join('\n')
}
