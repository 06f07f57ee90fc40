/**
 * Writing an .xlsx workbook (Office Open XML SpreadsheetML, ECMA-376 Part 1) of plain tables: a
 * frozen header row, an autofilter over the table, column widths that fit Chinese text, and
 * numbers stored as numbers with a display format (a rate is 0.8931 shown as 89.31%, so it sorts
 * and sums). Strings are written inline, so no shared-string table is needed. No dependency: the
 * parts are a few templates and the container is {@link storedZip}.
 * @internal
 */
import { columnName } from '../grid/sheet'
import { cleanText } from '../report/escape'
import { displayWidth } from '../report/text-width'
import { utf8Encode } from './utf8'
import { storedZip } from './zip'

/** How a column's cells are shown. */
export type ColumnFormat = 'text' | 'number' | 'percent' | 'decimal2'

export interface TableColumn {
  readonly header: string
  readonly format?: ColumnFormat
}

export type TableCell = string | number | null

export interface Table {
  /** The sheet's name (at most 31 characters, without []:*?/\). */
  readonly name: string
  readonly columns: readonly TableColumn[]
  readonly rows: readonly (readonly TableCell[])[]
}

/** Style ids of styles.xml: 0 plain, 1 header, 2 percent (built-in format 10), 3 two decimals (2). */
const STYLE: Readonly<Record<ColumnFormat | 'header', number>> = {
  text: 0,
  number: 0,
  header: 1,
  percent: 2,
  decimal2: 3,
}

/**
 * Text safe in XML: form text cleaned as for every report (control characters and bidirectional
 * overrides gone), the two non-characters XML 1.0 cannot hold removed, and escaped.
 */
export function xmlText(text: string): string {
  return cleanText(text)
    .replace(/[\ufffe\uffff]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** A cell of a written sheet: a value, or a value with a style. */
export type SheetCell =
  | TableCell
  | { readonly value: TableCell; readonly style: ColumnFormat | 'header' }

/** A sheet as written: its rows (from A1), merged ranges, frozen rows, autofilter and widths. */
export interface SheetSpec {
  readonly name: string
  readonly rows: readonly (readonly SheetCell[])[]
  readonly merges?: readonly string[]
  /** Rows frozen at the top (the header stays in view while scrolling). */
  readonly freezeRows?: number
  /** An autofilter over this range ("A1:F20"). */
  readonly filter?: string
  /** Column widths in characters. */
  readonly widths?: readonly number[]
}

function cellXml(ref: string, cell: SheetCell): string {
  const { value, style } =
    cell !== null && typeof cell === 'object' ? cell : { value: cell, style: 'text' as const }
  const s = STYLE[style] === 0 ? '' : ` s="${STYLE[style]}"`
  if (value === null || value === '') return ''
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : ''
  }
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`
}

/** A column as wide as its widest cell (a Chinese character counts two), within 8–60. */
function widthOf(table: Table, col: number): number {
  let widest = displayWidth(table.columns[col]?.header ?? '')
  for (const row of table.rows) {
    const v = row[col]
    if (typeof v === 'string') widest = Math.max(widest, displayWidth(v))
    else if (typeof v === 'number') widest = Math.max(widest, String(v).length + 2)
  }
  return Math.min(60, Math.max(8, widest + 2))
}

/** A table as a sheet: a styled header row, frozen, with an autofilter over the table. */
export function tableSheet(table: Table): SheetSpec {
  const width = table.columns.length
  const last = `${columnName(Math.max(0, width - 1))}${table.rows.length + 1}`
  return {
    name: table.name,
    rows: [
      table.columns.map((c) => ({ value: c.header, style: 'header' as const })),
      ...table.rows.map((row) =>
        table.columns.map((c, i) => ({ value: row[i] ?? null, style: c.format ?? 'text' })),
      ),
    ],
    freezeRows: 1,
    filter: `A1:${last}`,
    widths: table.columns.map((_, c) => widthOf(table, c)),
  }
}

function sheetXml(sheet: SheetSpec): string {
  const height = Math.max(1, sheet.rows.length)
  const width = sheet.rows.reduce((n, r) => Math.max(n, r.length), 1)
  const freeze =
    sheet.freezeRows !== undefined && sheet.freezeRows > 0
      ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`
      : ''
  const cols = (sheet.widths ?? [])
    .map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`)
    .join('')
  const body = sheet.rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell)).join('')}</row>`,
    )
    .join('')
  const merges = sheet.merges ?? []
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:${columnName(width - 1)}${height}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    (cols === '' ? '' : `<cols>${cols}</cols>`) +
    `<sheetData>${body}</sheetData>` +
    (sheet.filter === undefined ? '' : `<autoFilter ref="${sheet.filter}"/>`) +
    (merges.length === 0
      ? ''
      : `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`) +
    '</worksheet>'
  )
}

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE7EEF7"/></patternFill></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf/></cellStyleXfs>' +
  '<cellXfs count="4"><xf/><xf fontId="1" fillId="2" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="10" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs>' +
  '</styleSheet>'

/** "A1:F20" → "$A$1:$F$20". */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')
}

/** A sheet name Excel accepts: without []:*?/\, at most 31 characters, unique in the workbook. */
function sheetNames(tables: readonly SheetSpec[]): string[] {
  const used = new Set<string>()
  return tables.map((t, i) => {
    let name =
      t.name
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)}(${i + 1})`
    used.add(name.toLowerCase())
    return name
  })
}

/** An .xlsx workbook of the sheets, as bytes. */
export function sheetsToXlsx(tables: readonly SheetSpec[]): Uint8Array {
  const names = sheetNames(tables)
  const sheets = tables.map((t, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`,
    data: utf8Encode(sheetXml(t)),
  }))
  const contentTypes =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    tables
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>'
  const rootRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>'
  // Excel keeps an autofilter's range as a hidden defined name; without it the filter buttons show
  // but Excel repairs the file on opening.
  const filters = tables
    .map((t, i) =>
      t.filter === undefined
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText((names[i] ?? '').replace(/'/g, "''"))}'!${absolute(t.filter)}</definedName>`,
    )
    .join('')
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (filters === '' ? '' : `<definedNames>${filters}</definedNames>`) +
    '</workbook>'
  const workbookRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    tables
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${tables.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    '</Relationships>'
  return storedZip([
    { name: '[Content_Types].xml', data: utf8Encode(contentTypes) },
    { name: '_rels/.rels', data: utf8Encode(rootRels) },
    { name: 'xl/workbook.xml', data: utf8Encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: utf8Encode(workbookRels) },
    { name: 'xl/styles.xml', data: utf8Encode(STYLES_XML) },
    ...sheets,
  ])
}
