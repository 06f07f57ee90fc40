import { escapeMarkdown as md } from './escape'
import type { Block, Cell, Column, ReportDocument, Row } from './model'

/** A cell's Markdown; `block` when it opens a paragraph of its own. */
function cellText(cell: Cell, block = false): string {
  const parts: string[] = []
  const head = [md(cell.text, { block }), cell.badge === undefined ? '' : md(cell.badge.text)]
    .filter((s) => s !== '')
    .join(' ')
  if (head !== '') parts.push(head)
  const links = (cell.links ?? []).map((l) => md(l.text)).join(' ')
  if (links !== '') parts.push(links)
  const first = parts.join(' ')
  if (cell.note === undefined) return first
  const note = [md(cell.note), cell.noteBadge === undefined ? '' : md(cell.noteBadge.text)]
    .filter((s) => s !== '')
    .join(' ')
  return first === '' ? note : `${first}<br>${note}`
}

function table(columns: readonly Column[], rows: readonly Row[]): string {
  const header = `| ${columns.map((c) => md(c.label)).join(' | ')} |`
  const rule = `| ${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`
  const body = rows.map((r) => `| ${r.cells.map((c) => cellText(c)).join(' | ')} |`)
  return [header, rule, ...body].join('\n')
}

function block(b: Block, separator: string): string | null {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${md(b.text)}`
    case 'fields':
      if (b.long === true) {
        return b.rows.map((r) => `**${md(r.label)}**\n\n${cellText(r.value, true)}`).join('\n\n')
      }
      return b.rows.map((r) => `- **${md(r.label)}**${separator}${cellText(r.value)}`).join('\n')
    case 'table':
      return table(b.columns, b.rows)
    case 'paragraph':
      return b.mark === 'error' ? `> ${md(b.text)}` : md(b.text, { block: true })
    case 'list':
      return b.items.map((i) => `- **${md(i.marker)}** ${cellText(i.cell)}`).join('\n')
    case 'funding-chart':
    case 'status-chart':
      // The figures are in the tables; charts are drawn in HTML only.
      return null
  }
}

/** Writes the report as GitHub-flavoured Markdown; user text cannot open a tag or a block. */
export function renderMarkdown(doc: ReportDocument): string {
  const separator = doc.locale === 'en' ? ': ' : '：'
  const parts = [`# ${md(doc.title)}`, md(doc.subtitle, { block: true })]
  for (const b of doc.blocks) {
    const text = block(b, separator)
    if (text !== null) parts.push(text)
  }
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`
}
