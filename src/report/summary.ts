import type { Evaluation } from '../evaluate/types'
import type { Locale } from '../i18n/index'
import { buildReport } from './build'
import { cleanText, escapeMarkdown } from './escape'
import { label } from './labels'
import type { Block, Column, ReportDocument, Row } from './model'
import { normalizeEvaluation } from './normalize'
import type { ReportFormat } from './render'
import { htmlPage, renderHtmlBody } from './render-html'
import { renderMarkdown } from './render-markdown'
import { renderText } from './render-text'

/** One evaluated form of a batch, under the name it was given (a file name). @internal */
export interface NamedEvaluation {
  readonly name: string
  readonly evaluation: Evaluation
}

/** The summary table of a batch: form, completion rate, score, grade, errors, warnings. */
function summaryDocument(entries: readonly NamedEvaluation[], locale: Locale): ReportDocument {
  const l = (key: Parameters<typeof label>[1]) => label(locale, key)
  const columns: Column[] = [
    { label: l('file'), width: 24 },
    { label: l('department'), width: 24 },
    { label: l('completionRate'), width: 8, align: 'right', compact: true },
    { label: l('score'), width: 6, align: 'right', compact: true },
    { label: l('grade'), width: 5, compact: true },
    { label: l('errors'), width: 5, align: 'right', compact: true },
    { label: l('warnings'), width: 5, align: 'right', compact: true },
  ]
  const rows: Row[] = entries.map(({ name, evaluation }) => {
    const e = normalizeEvaluation(evaluation)
    const s = e.summary
    return {
      cells: [
        { text: name },
        { text: s.department ?? '—' },
        {
          text: e.outcome === 'evaluated' ? (s.completionRate ?? '—') : l('invalidForm'),
          mark: e.outcome === 'evaluated' ? undefined : 'error',
        },
        { text: s.score ?? '—' },
        { text: s.grade ?? '—' },
        { text: String(s.errors), mark: s.errors > 0 ? 'error' : undefined },
        { text: String(s.warnings) },
      ],
    }
  })
  const blocks: Block[] = [{ kind: 'table', columns, rows }]
  return { locale, title: l('summaryTitle'), subtitle: '', blocks }
}

/**
 * Renders several evaluations: each one's report, then (text, Markdown) or first (HTML, one page)
 * a summary table of them all. Used by the command line.
 * @internal
 */
export function renderBatch(
  entries: readonly NamedEvaluation[],
  options: { format: ReportFormat; locale: Locale; width?: number | undefined },
): string {
  const { format, locale } = options
  const summary = summaryDocument(entries, locale)
  const docs = entries.map((e) => buildReport(normalizeEvaluation(e.evaluation), locale))
  if (format === 'html') {
    const body = [
      renderHtmlBody(summary, 'summary-'),
      ...docs.map((doc, i) => renderHtmlBody(doc, `r${i + 1}-`)),
    ].join('\n')
    return htmlPage(summary.title, locale, body)
  }
  if (format === 'markdown') {
    const parts = docs.map(
      (doc, i) => `**${escapeMarkdown(entries[i]?.name ?? '')}**\n\n${renderMarkdown(doc)}`,
    )
    return [...parts, renderMarkdown(summary)].join('\n---\n\n')
  }
  const width = options.width ?? 100
  const parts = docs.map(
    (doc, i) => `==> ${cleanText(entries[i]?.name ?? '')} <==\n${renderText(doc, width)}`,
  )
  return [...parts, renderText(summary, width)].join('\n')
}
