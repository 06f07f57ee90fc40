/**
 * The review of many forms as three plain tables — one row per form (Summary), per finding
 * (Findings), per indicator (Indicators) — for a reviewer to sort, filter and forward: written as
 * CSV here and as a workbook by `@lw/perf-eval/xlsx`. Money and rates are numbers in the tables
 * (a rate as its ratio, 0.8931, shown by the writer as 89.31%), so they sort and sum.
 */
import type { Evaluation } from '../evaluate/index'
import { type CellMap, cellOf, type Finding, placeOf } from '../findings/index'
import type { Locale } from '../i18n/index'
import { oneOf } from '../options/index'
import { kindLabel, statusLabel } from '../report/labels'
import { formatFinding } from '../report/messages'

/**
 * One form of a review: its evaluation, a name for it (the file it came from), and when it was read
 * from a workbook, the cell of each value (from `readWorkbook`/`readFormGrid`), so that findings
 * point at the cell.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, type ReviewEntry } from '@lw/perf-eval'
 * const entry: ReviewEntry = { name: 'liwan-2021.json', evaluation: evaluate(liwan2021Form) }
 * ```
 */
export interface ReviewEntry {
  /** The evaluation of the form. */
  readonly evaluation: Evaluation
  /** What the form is called in the review (its file name); default "form N". */
  readonly name?: string | undefined
  /** The cell each value came from, by JSON Pointer, when the form was read from a sheet. */
  readonly cells?: CellMap | undefined
}

/** How a column is shown: text, a number, a ratio shown as a percent. @internal */
export type ReviewFormat = 'text' | 'number' | 'percent'

/** One of the review tables, with localised headers. @internal */
export interface ReviewTable {
  readonly name: string
  readonly columns: readonly { readonly header: string; readonly format: ReviewFormat }[]
  readonly rows: readonly (readonly (string | number | null)[])[]
}

/**
 * Which review table: `summary` (one row per form), `findings` (one per finding), `indicators`
 * (one per indicator).
 *
 * @example
 * ```ts
 * import type { ReviewTableName } from '@lw/perf-eval'
 * const t: ReviewTableName = 'findings'
 * ```
 */
export type ReviewTableName = 'summary' | 'findings' | 'indicators'

type Col = readonly [zh: string, en: string, format: ReviewFormat]

const SUMMARY: readonly Col[] = [
  ['表单', 'Form', 'text'],
  ['部门', 'Department', 'text'],
  ['项目', 'Project', 'text'],
  ['年度', 'Year', 'number'],
  ['类型', 'Kind', 'text'],
  ['全年预算数', 'Budget', 'number'],
  ['全年执行数', 'Actual', 'number'],
  ['预算完成率', 'Completion rate', 'percent'],
  ['预算调整率', 'Adjustment rate', 'percent'],
  ['得分', 'Score', 'number'],
  ['等级', 'Grade', 'text'],
  ['达成', 'Met', 'number'],
  ['部分达成', 'Partly met', 'number'],
  ['未达成', 'Not met', 'number'],
  ['未开展', 'Not carried out', 'number'],
  ['无法判断', 'Unknown', 'number'],
  ['错误', 'Errors', 'number'],
  ['警告', 'Warnings', 'number'],
  ['提示', 'Infos', 'number'],
]

const FINDINGS: readonly Col[] = [
  ['表单', 'Form', 'text'],
  ['单元格', 'Cell', 'text'],
  ['位置', 'Location', 'text'],
  ['代码', 'Code', 'text'],
  ['严重程度', 'Severity', 'text'],
  ['说明', 'Message', 'text'],
]

const INDICATORS: readonly Col[] = [
  ['表单', 'Form', 'text'],
  ['任务', 'Task', 'text'],
  ['指标', 'Indicator', 'text'],
  ['预期实现值', 'Target', 'text'],
  ['实际完成值', 'Actual', 'text'],
  ['状态', 'Status', 'text'],
  ['完成比', 'Completion', 'percent'],
  ['判断依据', 'Reasons', 'text'],
]

const TABLE_NAMES: Readonly<Record<ReviewTableName, readonly [string, string]>> = {
  summary: ['汇总', 'Summary'],
  findings: ['发现', 'Findings'],
  indicators: ['指标', 'Indicators'],
}

const SEVERITY: Readonly<Record<string, readonly [string, string]>> = {
  error: ['错误', 'error'],
  warning: ['警告', 'warning'],
  info: ['提示', 'info'],
}

/** A decimal string as a number for a spreadsheet cell; null when there is none. */
function num(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const n = Number(value)
  return Number.isFinite(n) ? n : null
}

const pick = (pair: readonly [string, string] | undefined, locale: Locale, fallback: string) =>
  pair === undefined ? fallback : locale === 'en' ? pair[1] : pair[0]

function nameOf(entry: ReviewEntry, i: number, locale: Locale): string {
  return entry.name ?? (locale === 'en' ? `form ${i + 1}` : `表单${i + 1}`)
}

/** The cell of a finding: the one evaluate put on it, else the entry's map's, else a sheet finding's own. */
function cellFor(
  finding: Finding & { readonly cell?: unknown },
  cells: CellMap | undefined,
): string | null {
  if (typeof finding.cell === 'string') return finding.cell
  const mapped = cells === undefined ? undefined : cellOf(finding.path, cells)
  if (mapped !== undefined) return mapped
  return 'cell' in finding.params && typeof finding.params.cell === 'string'
    ? finding.params.cell
    : null
}

function summaryRow(entry: ReviewEntry, i: number, locale: Locale): (string | number | null)[] {
  const e = entry.evaluation
  const head = e.funding.find((f) => f.source === 'total') ?? e.funding[0]
  const s = e.summary
  return [
    nameOf(entry, i, locale),
    s.department,
    e.form?.projectName ?? null,
    s.fiscalYear,
    s.kind === null ? null : kindLabel(locale, s.kind),
    num(head?.adjustedBudget),
    num(head?.actual),
    num(head?.completionRate.ratio),
    num(head?.adjustmentRate.ratio),
    num(e.score?.total),
    s.grade,
    s.statusCounts.met,
    s.statusCounts['partially-met'],
    s.statusCounts['not-met'],
    s.statusCounts['not-carried-out'],
    s.statusCounts.unknown,
    s.errors,
    s.warnings,
    s.infos,
  ]
}

function table(
  name: ReviewTableName,
  cols: readonly Col[],
  rows: (string | number | null)[][],
  locale: Locale,
): ReviewTable {
  return {
    name: pick(TABLE_NAMES[name], locale, name),
    columns: cols.map(([zh, en, format]) => ({ header: locale === 'en' ? en : zh, format })),
    rows,
  }
}

/**
 * The three review tables of a batch of evaluations, headers in the locale. @internal
 */
export function reviewTables(
  entries: readonly ReviewEntry[],
  locale: Locale,
): Record<ReviewTableName, ReviewTable> {
  const summary = entries.map((e, i) => summaryRow(e, i, locale))
  const findings = entries.flatMap((entry, i) =>
    entry.evaluation.findings.map((f) => [
      nameOf(entry, i, locale),
      cellFor(f, entry.cells),
      placeOf(entry.evaluation.form, f.path, locale),
      f.code,
      pick(SEVERITY[f.severity], locale, f.severity),
      formatFinding(f, locale),
    ]),
  )
  const indicators = entries.flatMap((entry, i) =>
    entry.evaluation.indicators.map((ind) => [
      nameOf(entry, i, locale),
      ind.task === null ? null : (entry.evaluation.tasks[ind.task]?.name ?? null),
      ind.name,
      ind.target.raw,
      actualText(entry, ind.path),
      statusLabel(locale, ind.status),
      num(ind.ratio),
      ind.reasons.join('；'),
    ]),
  )
  return {
    summary: table('summary', SUMMARY, summary, locale),
    findings: table('findings', FINDINGS, findings, locale),
    indicators: table('indicators', INDICATORS, indicators, locale),
  }
}

/** An indicator's actual cell as printed, found in the form by the indicator's path. */
function actualText(entry: ReviewEntry, path: readonly (string | number)[]): string | null {
  let node: unknown = entry.evaluation.form
  for (const p of path) {
    if (node === null || typeof node !== 'object') return null
    node = (node as Record<string | number, unknown>)[p]
  }
  const actual =
    node !== null && typeof node === 'object' ? (node as { actual?: unknown }).actual : undefined
  return typeof actual === 'string' ? actual : null
}

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string | number | null, format: ReviewFormat): string {
  if (value === null) return ''
  if (typeof value === 'number')
    return format === 'percent' ? `${(value * 100).toFixed(2)}%` : String(value)
  // A leading =, +, - or @ would be read as a formula by a spreadsheet (CSV injection).
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Options of {@link reviewCsv}.
 *
 * @example
 * ```ts
 * import type { ReviewCsvOptions } from '@lw/perf-eval'
 * const o: ReviewCsvOptions = { table: 'findings', locale: 'en' }
 * ```
 */
export interface ReviewCsvOptions {
  /** Which table. Default `summary`. */
  readonly table?: ReviewTableName | undefined
  /** Locale of the headers and labels. Default zh-CN. */
  readonly locale?: Locale | undefined
}

/**
 * One review table of a batch of evaluations as CSV (RFC 4180, CRLF, with a byte-order mark so
 * that Excel reads the Chinese text as UTF-8): `summary` — one row per form (department, project,
 * year, budget, actual, completion and adjustment rates, score, grade, indicators by status,
 * findings by severity); `findings` — one row per finding (with its cell, when the form came from a
 * sheet); `indicators` — one row per indicator. Text that a spreadsheet would run as a formula is
 * quoted with a leading apostrophe.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, reviewCsv } from '@lw/perf-eval'
 * const csv = reviewCsv([{ name: 'liwan', evaluation: evaluate(liwan2021Form) }])
 * csv.split('\r\n')[1]?.startsWith('liwan,广州市荔湾区机关事务管理局(部门)') // true
 * ```
 */
export function reviewCsv(entries: readonly ReviewEntry[], options: ReviewCsvOptions = {}): string {
  const locale = oneOf('reviewCsv', 'locale', options.locale, ['zh-CN', 'en'], 'zh-CN')
  const which = oneOf(
    'reviewCsv',
    'table',
    options.table,
    ['summary', 'findings', 'indicators'],
    'summary',
  )
  const t = reviewTables(entries, locale)[which]
  const lines = [
    t.columns.map((c) => csvField(c.header, 'text')).join(','),
    ...t.rows.map((row) => t.columns.map((c, i) => csvField(row[i] ?? null, c.format)).join(',')),
  ]
  return `\ufeff${lines.join('\r\n')}\r\n`
}
