/**
 * Reading workbooks: .xlsx, .xls and .ods bytes, every sheet, through SheetJS (the optional peer
 * `@e965/xlsx`, the SheetJS Community Edition republished on the npm registry; docs/design.md says
 * why), each sheet handed to {@link readFormGrid} as cells. The bytes are checked before SheetJS
 * sees them: the container must be a workbook, and a ZIP's entries must not inflate beyond
 * {@link WORKBOOK_LIMITS} (a zip bomb is refused from its directory, before anything is inflated).
 */
import type { Finding } from '../findings/index'
import { makeSheetFinding } from '../findings/index'
import { GRID_LIMITS, type Grid, type GridCell, readFormGrid } from '../grid/index'
import type { Locale } from '../i18n/index'
import { oneOf } from '../options/index'
import { zipEntries } from './zip'

/**
 * Bounds on a workbook read: its bytes, and the bytes its ZIP entries would inflate to. A form
 * workbook is tens of kilobytes; these bounds leave room for a bureau's many-sheet files.
 *
 * @example
 * ```ts
 * import { WORKBOOK_LIMITS } from '@lw/perf-eval/xlsx'
 * WORKBOOK_LIMITS.inflatedBytes // 200000000
 * ```
 */
export const WORKBOOK_LIMITS = { bytes: 50_000_000, inflatedBytes: 200_000_000 } as const

/**
 * One form found in a workbook: the sheet it is on, the form input, the cell of each value by JSON
 * Pointer ("/funding/0/actual" → "Sheet1!E4"), and what could not be placed.
 *
 * @example
 * ```ts
 * import type { WorkbookForm } from '@lw/perf-eval/xlsx'
 * const f: Pick<WorkbookForm, 'sheet'> = { sheet: 'Sheet1' }
 * ```
 */
export interface WorkbookForm {
  /** The sheet's name. */
  readonly sheet: string
  /** The form input, for `evaluate`. */
  readonly form: Readonly<Record<string, unknown>>
  /** The cell each value came from, by its JSON Pointer. */
  readonly cells: Readonly<Record<string, string>>
  /** Findings about reading the sheet (`GRID_*`). */
  readonly findings: readonly Finding[]
}

/**
 * What {@link readWorkbook} found: every form (one per sheet that holds one), and findings about
 * the file itself (not a workbook, too large, no sheet with a form).
 *
 * @example
 * ```ts
 * import type { WorkbookReading } from '@lw/perf-eval/xlsx'
 * const r: WorkbookReading = { forms: [], findings: [] }
 * ```
 */
export interface WorkbookReading {
  readonly forms: readonly WorkbookForm[]
  readonly findings: readonly Finding[]
}

/**
 * The part of SheetJS the reader uses (its `read` and `utils`), for passing a copy in: a browser
 * app that already bundles SheetJS hands it over instead of the reader importing `@e965/xlsx`.
 *
 * @example
 * ```ts
 * import * as XLSX from '@e965/xlsx'
 * import { readWorkbook, type SheetJsLike } from '@lw/perf-eval/xlsx'
 * const sheetjs: SheetJsLike = XLSX as unknown as SheetJsLike
 * const { findings } = await readWorkbook(new Uint8Array([1, 2, 3]), { sheetjs })
 * findings[0]?.code // 'WORKBOOK_UNREADABLE'
 * ```
 */
export interface SheetJsLike {
  /** SheetJS's `read`: a workbook from bytes (its shape is checked where it is used). */
  read(data: Uint8Array, options: Record<string, unknown>): unknown
  /** SheetJS's `utils`, of which the reader needs `encode_range`. */
  utils: {
    /** A range as A1 text ("A1:H30"). */
    encode_range(range: { s: { r: number; c: number }; e: { r: number; c: number } }): string
  }
}

interface SheetJsCell {
  readonly t?: string
  readonly v?: unknown
  readonly w?: string
  readonly f?: string
  readonly z?: unknown
}

interface SheetJsSheet {
  readonly '!fullref'?: string
  readonly '!data'?: (SheetJsCell | undefined)[][]
  readonly '!merges'?: { s: { r: number; c: number }; e: { r: number; c: number } }[]
}

interface SheetJsWorkbook {
  readonly SheetNames: string[]
  readonly Sheets: Record<string, SheetJsSheet | undefined>
}

/** What `read` gave, when it has a workbook's shape (a SheetJS passed in may be any version). */
function asWorkbook(value: unknown): SheetJsWorkbook | null {
  if (typeof value !== 'object' || value === null) return null
  const { SheetNames: names, Sheets: sheets } = value as Record<string, unknown>
  if (!Array.isArray(names) || typeof sheets !== 'object' || sheets === null) return null
  return {
    SheetNames: names.filter((n): n is string => typeof n === 'string'),
    Sheets: sheets as SheetJsWorkbook['Sheets'],
  }
}

/**
 * Options of {@link readWorkbook}.
 *
 * @example
 * ```ts
 * import type { ReadWorkbookOptions } from '@lw/perf-eval/xlsx'
 * const o: ReadWorkbookOptions = { locale: 'en' }
 * ```
 */
export interface ReadWorkbookOptions {
  /** Locale of the findings' messages. Default zh-CN. */
  readonly locale?: Locale | undefined
  /** A SheetJS module to use instead of importing `@e965/xlsx` (a browser app's own copy). */
  readonly sheetjs?: SheetJsLike | undefined
}

type Container = 'xlsx' | 'ods' | 'xls'

/** Why bytes are not read as a workbook. */
type Unreadable =
  | 'not-bytes'
  | 'too-large'
  | 'not-a-workbook'
  | 'zip-damaged'
  | 'zip-not-a-workbook'
  | 'inflates-too-large'
  | 'damaged'

const UNREADABLE: Readonly<Record<Unreadable, Readonly<Record<Locale, string>>>> = {
  'not-bytes': { 'zh-CN': '传入的不是文件内容', en: 'not the bytes of a file' },
  'too-large': { 'zh-CN': '文件超出读取上限', en: 'the file is larger than the reader reads' },
  'not-a-workbook': {
    'zh-CN': '不是 .xlsx、.xls 或 .ods 文件',
    en: 'not an .xlsx, .xls or .ods file',
  },
  'zip-damaged': { 'zh-CN': '压缩包已损坏', en: 'a damaged ZIP container' },
  'zip-not-a-workbook': {
    'zh-CN': '压缩包中没有工作簿',
    en: 'a ZIP container with no workbook in it',
  },
  'inflates-too-large': {
    'zh-CN': '解压后超出读取上限（疑似压缩炸弹）',
    en: 'it would inflate beyond the reader’s bounds (a zip bomb)',
  },
  damaged: { 'zh-CN': '工作簿已损坏', en: 'a damaged workbook' },
}

function containerOf(bytes: Uint8Array): { container: Container } | { problem: Unreadable } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const entries = zipEntries(bytes)
    if (entries === null) return { problem: 'zip-damaged' }
    const inflated = entries.reduce((n, e) => n + e.uncompressedSize, 0)
    if (inflated > WORKBOOK_LIMITS.inflatedBytes) return { problem: 'inflates-too-large' }
    if (entries.some((e) => e.name === 'xl/workbook.xml')) return { container: 'xlsx' }
    if (entries.some((e) => e.name === 'content.xml')) return { container: 'ods' }
    return { problem: 'zip-not-a-workbook' }
  }
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  if (cfb.every((b, i) => bytes[i] === b)) return { container: 'xls' }
  return { problem: 'not-a-workbook' }
}

/** A SheetJS cell as a grid cell: a percent shows as printed ("89.31%"), other numbers as stored. */
function gridCell(cell: SheetJsCell | undefined): GridCell | null {
  if (cell === undefined) return null
  const formula = typeof cell.f === 'string' ? cell.f : undefined
  const value = cell.v
  const shown =
    typeof value === 'number' && typeof cell.z === 'string' && cell.z.includes('%')
      ? cell.w
      : undefined
  const v =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? value
      : null
  return { value: v, text: shown, formula }
}

function toGrid(name: string, sheet: SheetJsSheet, sheetjs: SheetJsLike): Grid {
  const data = sheet['!data'] ?? []
  const rows = data
    .slice(0, GRID_LIMITS.rows)
    .map((row) =>
      Array.from({ length: Math.min(row.length, GRID_LIMITS.columns) }, (_, c) => gridCell(row[c])),
    )
  const merges = (sheet['!merges'] ?? []).map((m) => sheetjs.utils.encode_range(m))
  return { name, rows, merges }
}

let loaded: Promise<SheetJsLike> | undefined

function loadSheetJs(): Promise<SheetJsLike> {
  loaded ??= import('@e965/xlsx').then(
    (m) => m as unknown as SheetJsLike,
    () => {
      loaded = undefined
      throw new Error(
        'readWorkbook needs the optional peer dependency @e965/xlsx (SheetJS): npm install @e965/xlsx, or pass { sheetjs }',
      )
    },
  )
  return loaded
}

/**
 * Reads every form in a workbook (.xlsx, .xls or .ods bytes), one per sheet that holds one: each
 * sheet is read by its printed labels with {@link readFormGrid}. Bytes that are not a workbook, a
 * damaged or oversized container, or a workbook with no form give findings, never an exception;
 * the only error is a missing `@e965/xlsx` (install it, or pass `sheetjs`).
 *
 * @example
 * ```ts
 * import { evaluate } from '@lw/perf-eval'
 * import { readWorkbook, writeFormTemplate } from '@lw/perf-eval/xlsx'
 * const { forms } = await readWorkbook(writeFormTemplate('project'))
 * forms.length // 1
 * evaluate(forms[0]?.form).outcome // 'evaluated'
 * ```
 */
export async function readWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookReading> {
  const locale = oneOf('readWorkbook', 'locale', options.locale, ['zh-CN', 'en'], 'zh-CN')
  const data =
    bytes instanceof Uint8Array
      ? bytes
      : bytes instanceof ArrayBuffer
        ? new Uint8Array(bytes)
        : null
  const unreadable = (reason: Unreadable): WorkbookReading => ({
    forms: [],
    findings: [
      makeSheetFinding(
        'WORKBOOK_UNREADABLE',
        [],
        { reason, detail: UNREADABLE[reason][locale] },
        { locale },
      ),
    ],
  })
  if (data === null) return unreadable('not-bytes')
  if (data.length > WORKBOOK_LIMITS.bytes) return unreadable('too-large')
  const kind = containerOf(data)
  if ('problem' in kind) return unreadable(kind.problem)
  const sheetjs = options.sheetjs ?? (await loadSheetJs())
  let book: SheetJsWorkbook | null
  try {
    book = asWorkbook(
      // A copy: SheetJS hangs its read cursor on the array it is given (l, read_shift, chk,
      // write_shift), which would change the caller's bytes (issue 18, found by the fuzz suite).
      sheetjs.read(data.slice(), {
        type: 'array',
        dense: true,
        cellFormula: true,
        cellNF: true,
        cellText: true,
        cellDates: false,
        sheetRows: GRID_LIMITS.rows,
        // External links and macros are never followed or run; SheetJS reads values only.
        bookVBA: false,
      }),
    )
  } catch {
    return unreadable('damaged')
  }
  if (book === null) return unreadable('damaged')
  const forms: WorkbookForm[] = []
  const notForms: Finding[] = []
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name]
    if (sheet === undefined) continue
    const read = readFormGrid(toGrid(name, sheet, sheetjs), { locale })
    // SheetJS stops at `sheetRows` and keeps the sheet's real extent in !fullref.
    const rows = Number(/(\d+)$/u.exec(sheet['!fullref'] ?? '')?.[1] ?? 0)
    const cut =
      rows > GRID_LIMITS.rows && !read.findings.some((f) => f.code === 'GRID_TOO_LARGE')
        ? [
            makeSheetFinding(
              'GRID_TOO_LARGE',
              [],
              { sheet: name, rows: GRID_LIMITS.rows, columns: GRID_LIMITS.columns },
              { locale },
            ),
          ]
        : []
    const findings = [...cut, ...read.findings]
    if (read.form === null) for (const f of findings) notForms.push(f)
    else forms.push({ sheet: name, form: read.form, cells: read.cells, findings })
  }
  return { forms, findings: forms.length === 0 ? notForms : [] }
}
