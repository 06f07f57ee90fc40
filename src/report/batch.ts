// The summary of a batch, as a reviewer reads it first: totals and medians, the charts, one row
// per form, findings by rule. Text and Markdown go through the document model; the HTML table is
// written here, as it carries what sorting needs (numbers as numbers) and links to the reports.
import type { AssessmentStatus } from '../assess/types'
import { type BatchFormRow, type BatchSummary, inWan, percentRatio } from '../batch/index'
import type { Locale } from '../i18n/index'
import { dec } from '../money/decimal'
import { completionChart, countChart, type RateBar } from './charts'
import { amountText, countsText, percentText } from './context'
import { escapeHtml as h } from './escape'
import { type LabelKey, label, STATUS_ORDER } from './labels'
import type { Block, Cell, Column, ReportDocument, Row } from './model'
import { renderHtmlBlocks } from './render-html'

/** Bars the completion chart draws at most; the lowest rates are the ones drawn. */
export const MAX_RATE_BARS = 60
/** Rules the rule chart draws at most; the most frequent are the ones drawn. */
export const MAX_RULE_BARS = 20

/** The status columns of the summary table, with their short headers. */
const STATUS_COLUMNS: readonly (readonly [AssessmentStatus, LabelKey])[] = [
  ['met', 'statusMetShort'],
  ['partially-met', 'statusPartialShort'],
  ['not-met', 'statusNotMetShort'],
  ['not-carried-out', 'statusSkippedShort'],
  ['unknown', 'statusUnknownShort'],
]

type L = (key: LabelKey, params?: Readonly<Record<string, string | number>>) => string

const labeller =
  (locale: Locale): L =>
  (key, params) =>
    label(locale, key, params)

const dash = (text: string | null): string => (text === null || text === '' ? '—' : text)

/** An amount with two decimals, its unit after it when it is not 万元. */
function money(amount: string | null, unit: string | null): string {
  if (amount === null) return '—'
  const text = amountText(amount)
  return unit === null || unit === '万元' ? text : `${text} ${unit}`
}

function kindText(l: L, kind: string | null): string {
  if (kind === 'department-overall') return l('kindDepartment')
  if (kind === 'project') return l('kindProject')
  return dash(kind)
}

/** The rate cell's text: the rate, or why there is none. */
function rateText(l: L, row: BatchFormRow): string {
  if (!row.readable) return l('unreadableFile')
  if (row.completionRate === null && !row.valid && row.kind === null) return l('invalidForm')
  return dash(row.completionRate)
}

/** The totals and medians, as label–value fields. */
function totalsBlock(summary: BatchSummary, l: L, locale: Locale): Block {
  const t = summary.totals
  return {
    kind: 'fields',
    rows: [
      {
        label: l('batchForms'),
        value: {
          text: l('batchFormsValue', {
            forms: summary.forms,
            valid: summary.valid,
            invalid: summary.invalid,
            unreadable: summary.unreadable,
          }),
          mark: summary.invalid > 0 ? 'error' : undefined,
        },
      },
      {
        label: l('batchMoney'),
        value: {
          text:
            t.budget === null
              ? '—'
              : l('batchMoneyValue', {
                  budget: amountText(t.budget),
                  actual: amountText(t.actual),
                  rate: dash(t.completionRate),
                  forms: t.forms,
                }),
        },
      },
      { label: l('findingCounts'), value: { text: l('batchFindingsValue', summary.findings) } },
      { label: l('indicators'), value: { text: countsText(locale, summary.statusCounts) } },
      {
        label: l('batchMedians'),
        value: {
          text: l('batchMediansValue', {
            rate: dash(summary.medians.completionRate),
            score: dash(summary.medians.score),
          }),
        },
      },
    ],
  }
}

/** The rules by count, most first, then by code. */
function rulesByCount(summary: BatchSummary): { code: string; count: number }[] {
  return Object.entries(summary.byRule)
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

function ruleBlocks(summary: BatchSummary, l: L): Block[] {
  const rules = rulesByCount(summary)
  const head: Block = { kind: 'heading', level: 2, text: l('batchByRule'), id: 'rules' }
  if (rules.length === 0) return [head, { kind: 'paragraph', text: l('noFindings') }]
  const columns: Column[] = [
    { label: l('code'), width: 30, code: true },
    { label: l('ruleCount'), width: 6, align: 'right', compact: true },
  ]
  const rows: Row[] = rules.map((r) => ({
    cells: [{ text: r.code }, { text: String(r.count) }],
  }))
  return [head, { kind: 'table', columns, rows }]
}

/** The summary table's columns; `fold` puts the counts in two columns (text, to fit a terminal). */
function rowColumns(l: L, fold: boolean): Column[] {
  const head: Column[] = [
    { label: l('file'), width: 16 },
    { label: l('department'), width: 20 },
    { label: l('projectName'), width: 14 },
    { label: l('fiscalYear'), width: 4, compact: true },
    { label: l('kindShort'), width: 5, compact: true },
    { label: l('colBudget'), width: 9, align: 'right', compact: true },
    { label: l('colActual'), width: 9, align: 'right', compact: true },
    { label: l('colCompletion'), width: 7, align: 'right', compact: true },
    { label: l('colAdjustment'), width: 7, align: 'right', compact: true },
    { label: l('score'), width: 6, align: 'right', compact: true },
    { label: l('grade'), width: 4, compact: true },
  ]
  if (fold) {
    return [
      ...head,
      { label: l('colIndicators'), width: 10, compact: true },
      { label: l('colFindings'), width: 8, compact: true },
    ]
  }
  return [
    ...head,
    ...STATUS_COLUMNS.map(
      ([, key]): Column => ({
        label: l(key),
        width: 4,
        align: 'right',
        compact: true,
      }),
    ),
    { label: l('errors'), width: 4, align: 'right', compact: true },
    { label: l('warnings'), width: 4, align: 'right', compact: true },
    { label: l('infos'), width: 4, align: 'right', compact: true },
  ]
}

/** A row's cells, in the order of {@link rowColumns}. */
function rowCells(l: L, row: BatchFormRow, fold: boolean): Cell[] {
  const head: Cell[] = [
    { text: row.file },
    { text: dash(row.department) },
    { text: dash(row.project) },
    { text: row.fiscalYear === null ? '—' : String(row.fiscalYear) },
    { text: kindText(l, row.kind) },
    { text: money(row.budget, row.unit) },
    { text: money(row.actual, row.unit) },
    { text: rateText(l, row), mark: row.readable ? undefined : 'error' },
    { text: dash(row.adjustmentRate) },
    { text: dash(row.score) },
    { text: dash(row.grade) },
  ]
  if (fold) {
    return [
      ...head,
      { text: STATUS_ORDER.map((s) => row.statusCounts[s]).join('/') },
      {
        text: `${row.errors}/${row.warnings}/${row.infos}`,
        mark: row.errors > 0 ? 'error' : undefined,
      },
    ]
  }
  return [
    ...head,
    ...STATUS_COLUMNS.map(([s]): Cell => ({ text: String(row.statusCounts[s]) })),
    { text: String(row.errors), mark: row.errors > 0 ? 'error' : undefined },
    { text: String(row.warnings) },
    { text: String(row.infos) },
  ]
}

/** The total row under the table: the batch's sums in the columns of a form. */
function totalRow(l: L, summary: BatchSummary): BatchFormRow {
  return {
    file: l('batchTotalRow', { forms: summary.forms }),
    readable: true,
    valid: true,
    department: null,
    project: null,
    fiscalYear: null,
    kind: null,
    budget: summary.totals.budget,
    actual: summary.totals.actual,
    unit: '万元',
    completionRate: summary.totals.completionRate,
    adjustmentRate: null,
    score: null,
    grade: null,
    statusCounts: summary.statusCounts,
    errors: summary.findings.error,
    warnings: summary.findings.warning,
    infos: summary.findings.info,
  }
}

/**
 * The summary as a document, for text (`fold`: the counts in two columns) and Markdown: the table
 * of forms with a total row (left out when `rows` is null), the totals and medians, findings by
 * rule.
 * @internal
 */
export function batchSummaryDocument(
  summary: BatchSummary,
  rows: readonly BatchFormRow[] | null,
  locale: Locale,
  fold: boolean,
): ReportDocument {
  const l = labeller(locale)
  const blocks: Block[] = []
  if (rows !== null) {
    blocks.push(
      { kind: 'heading', level: 2, text: l('batchRows'), id: 'forms' },
      {
        kind: 'table',
        columns: rowColumns(l, fold),
        rows: [...rows, totalRow(l, summary)].map((r) => ({ cells: rowCells(l, r, fold) })),
      },
    )
  }
  blocks.push(
    { kind: 'heading', level: 2, text: l('batchTotals'), id: 'totals' },
    totalsBlock(summary, l, locale),
    ...ruleBlocks(summary, l),
  )
  return {
    locale,
    title: l('summaryTitle'),
    subtitle: l('batchSubtitle', { forms: summary.forms }),
    blocks,
  }
}

/** A percent as a number of percent ("89.31%" → 89.31); null when it is not one. */
function percentNumber(text: string | null): number | null {
  const ratio = percentRatio(text)
  return ratio === null ? null : dec(ratio).times(100).toNumber()
}

/**
 * The sorting and filtering of the summary table: a click (or Enter) on a header sorts by that
 * column (numbers by their `data-v`, text by the collation of the locale, blanks last); the text
 * box and the check box hide rows. The tools are `hidden` until this runs, so with scripts off
 * the page is the full table and nothing that does not work.
 * @internal
 */
export const BATCH_SCRIPT = `(()=>{const d=document,t=d.getElementById('batch-rows');if(!t)return;
const b=t.tBodies[0],q=d.getElementById('batch-q'),o=d.getElementById('batch-err'),n=d.getElementById('batch-n');
d.getElementById('batch-tools').hidden=false;
const v=(r,i)=>{const c=r.cells[i],x=c.dataset.v;return x===undefined?c.textContent.trim():x===''?null:+x};
const cmp=(x,y)=>typeof x=='number'&&typeof y=='number'?x-y:String(x).localeCompare(String(y),d.documentElement.lang);
[...t.tHead.rows[0].cells].forEach((h,i)=>{h.tabIndex=0;
const s=()=>{const k=h.getAttribute('aria-sort')==='ascending'?-1:1;
for(const c of h.parentNode.cells)c.removeAttribute('aria-sort');
h.setAttribute('aria-sort',k>0?'ascending':'descending');
[...b.rows].map(r=>[v(r,i),r]).sort((x,y)=>x[0]===y[0]?0:x[0]===null?1:y[0]===null?-1:cmp(x[0],y[0])*k).forEach(p=>b.append(p[1]))};
h.onclick=s;h.onkeydown=e=>{if(e.key==='Enter'||e.key===' '){e.preventDefault();s()}}});
const f=()=>{const s=q.value.trim().toLowerCase();let k=0;
for(const r of b.rows){r.hidden=(s!==''&&!r.textContent.toLowerCase().includes(s))||(o.checked&&r.dataset.e==='0');if(!r.hidden)k++}
n.textContent=String(k)};
q.oninput=f;o.onchange=f;f()})()`

/** A table cell with the figure sorting uses: `data-v` empty for a blank, absent for text. */
function td(text: string, value: number | null | undefined, cls: string[] = []): string {
  const v = value === undefined ? '' : ` data-v="${value === null ? '' : String(value)}"`
  const c = cls.length === 0 ? '' : ` class="${cls.join(' ')}"`
  return `<td${c}${v}>${h(text)}</td>`
}

const amountNumber = (amount: string | null, unit: string | null): number | null => {
  const wan = inWan(amount, unit)
  return wan === null ? null : dec(wan).toNumber()
}

const scoreNumber = (score: string | null): number | null =>
  score !== null && /^-?\d+(?:\.\d+)?$/u.test(score) ? Number(score) : null

/**
 * The table of forms for the page: sortable figures, each file linked to its report, the
 * batch's total row in the footer (not sorted with the forms).
 */
function rowsTableHtml(
  l: L,
  summary: BatchSummary,
  rows: readonly BatchFormRow[],
  target: (index: number) => string | null,
): string {
  const columns = rowColumns(l, false)
  const head = columns
    .map((c) => `<th scope="col"${c.align === 'right' ? ' class="r"' : ''}>${h(c.label)}</th>`)
    .join('')
  const cellsOf = (row: BatchFormRow, id: string | null): string[] => [
    id === null ? `<td>${h(row.file)}</td>` : `<td><a href="#${h(id)}">${h(row.file)}</a></td>`,
    td(dash(row.department), undefined),
    td(dash(row.project), undefined),
    td(row.fiscalYear === null ? '—' : String(row.fiscalYear), row.fiscalYear),
    td(kindText(l, row.kind), undefined),
    td(money(row.budget, row.unit), amountNumber(row.budget, row.unit), ['r']),
    td(money(row.actual, row.unit), amountNumber(row.actual, row.unit), ['r']),
    td(
      rateText(l, row),
      percentNumber(row.completionRate),
      row.readable ? ['r'] : ['r', 'm-error'],
    ),
    td(dash(row.adjustmentRate), percentNumber(row.adjustmentRate), ['r']),
    td(dash(row.score), scoreNumber(row.score), ['r']),
    td(dash(row.grade), undefined),
    ...STATUS_COLUMNS.map(([s]) => td(String(row.statusCounts[s]), row.statusCounts[s], ['r'])),
    td(String(row.errors), row.errors, row.errors > 0 ? ['r', 'm-error'] : ['r']),
    td(String(row.warnings), row.warnings, ['r']),
    td(String(row.infos), row.infos, ['r']),
  ]
  const body = rows.map((row, i) => {
    const cls = row.valid ? '' : ' class="invalid"'
    return `<tr${cls} data-e="${row.errors}">${cellsOf(row, target(i)).join('')}</tr>`
  })
  const total = cellsOf(totalRow(l, summary), null).map((c) => c.replace(/ data-v="[^"]*"/, ''))
  const shown = h(l('shownCount', { shown: '{shown}', total: rows.length })).replace(
    '{shown}',
    `<output id="batch-n">${rows.length}</output>`,
  )
  const tools = [
    '<div class="batch-tools" id="batch-tools" hidden>',
    `<label>${h(l('filterLabel'))} <input type="search" id="batch-q"></label>`,
    `<label><input type="checkbox" id="batch-err"> ${h(l('onlyErrors'))}</label>`,
    `<span>${shown}</span>`,
    `<span class="chart-note">${h(l('sortHint'))}</span>`,
    '</div>',
  ].join('\n')
  return [
    tools,
    `<table class="batch-rows" id="batch-rows"><thead><tr>${head}</tr></thead><tbody>`,
    ...body,
    `</tbody><tfoot><tr>${total.join('')}</tr></tfoot></table>`,
  ].join('\n')
}

/** The completion chart: the lowest rates first, at most {@link MAX_RATE_BARS} bars. */
function rateChartHtml(
  l: L,
  locale: Locale,
  rows: readonly BatchFormRow[],
  target: (index: number) => string | null,
  floor: string,
): string {
  const bars: RateBar[] = []
  let missing = 0
  rows.forEach((row, i) => {
    const percent = percentNumber(row.completionRate)
    if (percent === null || row.completionRate === null) {
      missing++
      return
    }
    bars.push({
      label: row.file,
      text: row.completionRate,
      percent,
      target: target(i) ?? undefined,
    })
  })
  bars.sort((a, b) => a.percent - b.percent)
  const shown = bars.slice(0, MAX_RATE_BARS)
  const threshold = percentText(floor)
  const notes: string[] = []
  if (bars.length > shown.length)
    notes.push(l('chartHidden', { count: bars.length - shown.length }))
  if (missing > 0) notes.push(l('chartNoRate', { count: missing }))
  const title = l('chartCompletion')
  const svg =
    shown.length === 0
      ? ''
      : completionChart(
          'batch-completion',
          locale,
          title,
          l('chartCompletionDesc', { threshold }),
          shown,
          { percent: dec(floor).times(100).toNumber(), text: threshold },
        )
  return figure('batch-completion', title, svg, notes)
}

/** The rule chart: the most frequent rules, at most {@link MAX_RULE_BARS} bars. */
function ruleChartHtml(l: L, summary: BatchSummary): string {
  const rules = rulesByCount(summary)
  if (rules.length === 0) return ''
  const shown = rules.slice(0, MAX_RULE_BARS)
  const rest = rules.slice(MAX_RULE_BARS)
  const title = rest.length === 0 ? l('chartRules') : l('chartRulesTop', { count: MAX_RULE_BARS })
  const notes =
    rest.length === 0
      ? []
      : [
          l('chartRulesHidden', {
            count: rest.length,
            findings: rest.reduce((n, r) => n + r.count, 0),
          }),
        ]
  const svg = countChart(
    'batch-rules',
    title,
    l('chartRulesDesc'),
    shown.map((r) => ({ label: r.code, count: r.count })),
  )
  return figure('batch-rules', title, svg, notes)
}

function figure(kind: string, title: string, svg: string, notes: readonly string[]): string {
  const note = notes.map((n) => `<p class="chart-note">${h(n)}</p>`).join('')
  if (svg === '' && note === '') return ''
  return `<figure class="chart ${kind}"><figcaption>${h(title)}</figcaption>\n${svg}\n${note}</figure>`
}

/** What the HTML summary needs besides the figures. @internal */
export interface BatchHtmlOptions {
  /** The anchor of a row's report on the same page, or null when it has none there. */
  readonly target?: ((index: number) => string | null) | undefined
  /** The completion floor the reference line marks, as a ratio ("0.9"). */
  readonly completionFloor?: string | undefined
}

/**
 * The summary as one HTML article (id `batch-summary`): the completion and rule charts, the
 * sortable, filterable table of forms with its total row, the totals and medians, findings by
 * rule. The script that sorts
 * is not in it: the page adds {@link BATCH_SCRIPT} once.
 * @internal
 */
export function batchSummaryHtml(
  summary: BatchSummary,
  rows: readonly BatchFormRow[] | null,
  locale: Locale,
  options: BatchHtmlOptions = {},
): string {
  const l = labeller(locale)
  const target = options.target ?? (() => null)
  const floor = options.completionFloor ?? '0.9'
  const parts = [
    `<article class="report batch" id="batch-summary" lang="${h(locale)}">`,
    `<header><h1>${h(l('summaryTitle'))}</h1><p class="subtitle">${h(l('batchSubtitle', { forms: summary.forms }))}</p></header>`,
  ]
  if (rows !== null) parts.push(rateChartHtml(l, locale, rows, target, floor))
  parts.push(ruleChartHtml(l, summary))
  if (rows !== null) {
    parts.push(
      renderHtmlBlocks(
        [{ kind: 'heading', level: 2, text: l('batchRows'), id: 'forms' }],
        locale,
        'summary-',
      ),
      rowsTableHtml(l, summary, rows, target),
    )
  }
  parts.push(
    renderHtmlBlocks(
      [
        { kind: 'heading', level: 2, text: l('batchTotals'), id: 'totals' },
        totalsBlock(summary, l, locale),
        ...ruleBlocks(summary, l),
      ],
      locale,
      'summary-',
    ),
    '</article>',
  )
  return parts.filter((p) => p !== '').join('\n')
}
