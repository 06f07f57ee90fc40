import { cleanText } from './escape'
import { cellLines, columnWidths, fitsUnbroken, GAP, NBSP } from './layout'
import type { Block, Cell, Column, ReportDocument, Row } from './model'
import { displayWidth, pad, wrapText } from './text-width'

function unbreak(line: string): string {
  return line.replaceAll(NBSP, ' ')
}

function table(columns: readonly Column[], rows: readonly Row[], total: number): string[] {
  const cells = rows.map((r) => r.cells.map((c) => cellLines(c)))
  const contents = columns.map((_, i) => cells.flatMap((row) => row[i] ?? []))
  if (!fitsUnbroken(columns, contents, total)) return records(columns, cells, total)
  const widths = columnWidths(columns, contents, total)
  const render = (parts: readonly (readonly string[])[], aligns: readonly ('left' | 'right')[]) => {
    const wrapped = parts.map((lines, i) => lines.flatMap((l) => wrapText(l, widths[i] ?? 1)))
    const height = wrapped.reduce((n, w) => Math.max(n, w.length), 1)
    const out: string[] = []
    for (let line = 0; line < height; line++) {
      const text = wrapped
        .map((w, i) => pad(w[line] ?? '', widths[i] ?? 1, aligns[i] ?? 'left'))
        .join(' '.repeat(GAP))
      out.push(text.trimEnd())
    }
    return out
  }
  const aligns = columns.map((c) => c.align ?? 'left')
  const header = render(
    columns.map((c) => [c.label]),
    columns.map(() => 'left'),
  )
  const rule = widths.map((w) => '-'.repeat(w)).join(' '.repeat(GAP))
  const body = cells.map((row) => render(row, aligns))
  const spaced = body.some((b) => b.length > 1)
  const out = [...header, rule]
  body.forEach((b, i) => {
    if (spaced && i > 0) out.push('')
    for (const item of b) out.push(item)
  })
  return out
}

/**
 * A table too wide to print without cutting a number, a word or a path, written as one record
 * per row: the first cell as its heading, then every other column as "label  value", wrapped.
 */
function records(
  columns: readonly Column[],
  cells: readonly (readonly string[][])[],
  total: number,
): string[] {
  const labels = columns.slice(1).map((c) => cleanText(c.label))
  const labelWidth = Math.min(
    Math.floor(total / 3),
    labels.reduce((w, l) => Math.max(w, displayWidth(l)), 0),
  )
  const indent = 2 + labelWidth + GAP
  const out: string[] = []
  for (const row of cells) {
    if (out.length > 0) out.push('')
    for (const item of (row[0] ?? ['']).flatMap((l) => wrapText(l, total))) out.push(item)
    for (const [i, label] of labels.entries()) {
      const lines = (row[i + 1] ?? []).flatMap((l) => wrapText(l, total - indent))
      if (lines.every((l) => l.trim() === '')) continue
      const head = displayWidth(label) > labelWidth ? [`  ${label}`] : []
      const first =
        head.length > 0 ? ' '.repeat(indent) : `  ${pad(label, labelWidth)}${' '.repeat(GAP)}`
      for (const item of head) out.push(item)
      lines.forEach((line, n) => {
        out.push(`${n === 0 ? first : ' '.repeat(indent)}${line}`.trimEnd())
      })
    }
  }
  return out
}

function fields(rows: readonly { label: string; value: Cell }[], total: number): string[] {
  const labelWidth = rows.reduce((w, r) => Math.max(w, displayWidth(r.label)), 0)
  const valueWidth = Math.max(20, total - labelWidth - GAP)
  const out: string[] = []
  for (const r of rows) {
    const lines = cellLines(r.value).flatMap((l) => wrapText(l, valueWidth))
    lines.forEach((line, i) => {
      const head = i === 0 ? pad(r.label, labelWidth) : ' '.repeat(labelWidth)
      out.push(`${head}${' '.repeat(GAP)}${line}`.trimEnd())
    })
  }
  return out
}

function longFields(rows: readonly { label: string; value: Cell }[], total: number): string[] {
  const out: string[] = []
  for (const r of rows) {
    if (out.length > 0) out.push('')
    out.push(r.label)
    const lines = cellLines(r.value).flatMap((l) => wrapText(l, total - 2))
    for (const item of lines.map((l) => `  ${l}`.trimEnd())) out.push(item)
  }
  return out
}

function list(items: Extract<Block, { kind: 'list' }>['items'], total: number): string[] {
  const out: string[] = []
  for (const item of items) {
    const marker = cleanText(item.marker)
    const indent = displayWidth(marker) + 1
    const lines = cellLines(item.cell).flatMap((l) => wrapText(l, total - indent))
    lines.forEach((line, i) => {
      out.push(`${i === 0 ? `${marker} ` : ' '.repeat(indent)}${line}`.trimEnd())
    })
  }
  return out
}

function block(b: Block, total: number): string[] | null {
  switch (b.kind) {
    case 'heading': {
      const text = cleanText(b.text)
      return [text, (b.level === 2 ? '=' : '-').repeat(Math.min(total, displayWidth(text)))]
    }
    case 'fields':
      return b.long === true ? longFields(b.rows, total) : fields(b.rows, total)
    case 'table':
      return table(b.columns, b.rows, total)
    case 'paragraph':
      return wrapText(cleanText(b.text), total)
    case 'list':
      return list(b.items, total)
    case 'funding-chart':
    case 'status-chart':
      return null
  }
}

/**
 * Writes the report for a terminal: plain lines no wider than `width` columns (CJK characters
 * count double), tables with aligned, wrapped columns. No colour, no control characters.
 */
export function renderText(doc: ReportDocument, width: number): string {
  const total = Math.max(40, Math.floor(width))
  const head = [doc.title, doc.subtitle].map((t) => cleanText(t)).filter((t) => t.trim() !== '')
  const out: string[] = [...head.flatMap((t) => wrapText(t, total)), '='.repeat(total)]
  for (const b of doc.blocks) {
    const lines = block(b, total)
    if (lines === null) continue
    out.push('')
    for (const l of lines) out.push(l)
  }
  return `${unbreak(out.join('\n'))}\n`
}
