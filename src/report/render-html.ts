import { fundingChart, statusChart } from './charts'
import { escapeHtml as h } from './escape'
import { cellLines, columnWidths } from './layout'
import type { Block, Cell, Column, Link, ReportDocument, Row } from './model'
import { FRAGMENT_ROOT, REPORT_CSS, scopeCss } from './style'

/** How many half-width characters of table text fit across A4 at the table font size. */
const A4_COLUMNS = 100
/** A cell's padding and border, in the same half-width characters. */
const CELL_PADDING = 3

/** Anchor ids get a prefix, so that several reports can share one page. */
interface HtmlContext {
  readonly prefix: string
}

function anchor(ctx: HtmlContext, id: string): string {
  return h(`${ctx.prefix}${id}`)
}

function text(value: string): string {
  return h(value).replace(/\n/g, '<br>')
}

function link(ctx: HtmlContext, l: Link): string {
  const cls = l.mark === undefined ? 'ref' : `ref m-${l.mark}`
  return `<a class="${cls}" href="#${anchor(ctx, l.target)}">${text(l.text)}</a>`
}

function cellHtml(ctx: HtmlContext, cell: Cell): string {
  const parts: string[] = []
  if (cell.text !== '') {
    parts.push(
      cell.target === undefined
        ? text(cell.text)
        : `<a href="#${anchor(ctx, cell.target)}">${text(cell.text)}</a>`,
    )
  }
  if (cell.badge !== undefined) {
    parts.push(`<span class="badge m-${cell.badge.mark}">${text(cell.badge.text)}</span>`)
  }
  const links = (cell.links ?? []).map((l) => link(ctx, l))
  if (links.length > 0) parts.push(`<span class="refs">${links.join(' ')}</span>`)
  let out = parts.join(' ')
  if (cell.note !== undefined && cell.note !== '') {
    const badge =
      cell.noteBadge === undefined
        ? ''
        : ` <span class="badge m-${cell.noteBadge.mark}">${text(cell.noteBadge.text)}</span>`
    out += `<div class="note">${text(cell.note)}${badge}</div>`
  }
  return out
}

function table(ctx: HtmlContext, columns: readonly Column[], rows: readonly Row[]): string {
  // The same widths a terminal of A4's width would get, as shares of the page.
  const contents = columns.map((_, i) => rows.flatMap((r) => cellLines(r.cells[i] ?? { text: '' })))
  const widths = columnWidths(columns, contents, A4_COLUMNS).map((w) => w + CELL_PADDING)
  const total = widths.reduce((n, w) => n + w, 0)
  const cols = widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('')
  const cls = (c: Column | undefined, cell?: Cell) => {
    const names = [
      c?.align === 'right' ? 'r' : '',
      cell?.mark === undefined ? '' : `m-${cell.mark}`,
    ].filter((s) => s !== '')
    return names.length === 0 ? '' : ` class="${names.join(' ')}"`
  }
  const head = columns.map((c) => `<th scope="col"${cls(c)}>${text(c.label)}</th>`).join('')
  const body = rows
    .map((r) => {
      const id = r.id === undefined ? '' : ` id="${anchor(ctx, r.id)}"`
      const cells = r.cells.map((c, i) => {
        const html = cellHtml(ctx, c)
        // Codes are long words: let them break after an underscore rather than anywhere.
        const content = columns[i]?.code === true ? html.replaceAll('_', '_<wbr>') : html
        return `<td${cls(columns[i], c)}>${content}</td>`
      })
      return `<tr${id}>${cells.join('')}</tr>`
    })
    .join('\n')
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
}

function block(ctx: HtmlContext, b: Block, locale: ReportDocument['locale']): string {
  switch (b.kind) {
    case 'heading': {
      const id = b.id === undefined ? '' : ` id="${anchor(ctx, b.id)}"`
      return `<h${b.level}${id}>${text(b.text)}</h${b.level}>`
    }
    case 'fields': {
      const rows = b.rows
        .map((r) => `<div><dt>${text(r.label)}</dt><dd>${cellHtml(ctx, r.value)}</dd></div>`)
        .join('')
      return `<dl class="fields${b.long === true ? ' long' : ''}">${rows}</dl>`
    }
    case 'table':
      return table(ctx, b.columns, b.rows)
    case 'paragraph':
      return `<p${b.mark === undefined ? '' : ` class="m-${b.mark}"`}>${text(b.text)}</p>`
    case 'list': {
      const items = b.items.map((i) => {
        const id = i.id === undefined ? '' : ` id="${anchor(ctx, i.id)}"`
        return `<li${id}><span class="marker">${text(i.marker)}</span> ${cellHtml(ctx, i.cell)}</li>`
      })
      return `<ul class="items">${items.join('')}</ul>`
    }
    case 'funding-chart':
    case 'status-chart': {
      const id = h(`${ctx.prefix}${b.kind}`)
      const svg =
        b.kind === 'funding-chart'
          ? fundingChart(id, locale, b.title, b.description, b.bars)
          : statusChart(id, locale, b.title, b.description, b.bars)
      return `<figure class="chart ${b.kind}"><figcaption>${text(b.title)}</figcaption>\n${svg}\n</figure>`
    }
  }
}

/** Some blocks as HTML, anchor ids prefixed: parts of a page laid out elsewhere. @internal */
export function renderHtmlBlocks(
  blocks: readonly Block[],
  locale: ReportDocument['locale'],
  prefix = '',
): string {
  const ctx: HtmlContext = { prefix }
  return blocks.map((b) => block(ctx, b, locale)).join('\n')
}

/** The report's body (no document around it), with every anchor id prefixed. @internal */
export function renderHtmlBody(doc: ReportDocument, prefix = ''): string {
  const ctx: HtmlContext = { prefix }
  const blocks = doc.blocks.map((b) => block(ctx, b, doc.locale))
  return [
    `<article class="report" lang="${doc.locale}">`,
    `<header><h1>${text(doc.title)}</h1><p class="subtitle">${text(doc.subtitle)}</p></header>`,
    ...blocks,
    '</article>',
  ].join('\n')
}

/**
 * A whole page around some body HTML: inline CSS, no external asset; `css` is added to the page's
 * style sheet. @internal
 */
export function htmlPage(title: string, locale: string, body: string, css = ''): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${h(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${REPORT_CSS}${css === '' ? '' : `\n${css}`}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** Writes the report as one self-contained HTML page. */
export function renderHtml(doc: ReportDocument): string {
  const title = doc.subtitle === '' ? doc.title : `${doc.title} — ${doc.subtitle}`
  return htmlPage(title, doc.locale, renderHtmlBody(doc))
}

/**
 * Writes the report as markup to insert into a page: one root element with its own style sheet,
 * every selector under the root class, anchor ids prefixed so they do not meet the page's.
 */
export function renderHtmlFragment(doc: ReportDocument): string {
  const root = `.${FRAGMENT_ROOT}`
  return [
    `<div class="${FRAGMENT_ROOT}">`,
    `<style>${scopeCss(REPORT_CSS, root)}</style>`,
    renderHtmlBody(doc, `${FRAGMENT_ROOT}-`),
    '</div>',
    '',
  ].join('\n')
}
