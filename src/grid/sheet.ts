/**
 * A sheet as the reader sees it: the displayed text of every cell, merged ranges resolved to their
 * top-left cell, A1 addresses, and bounds that keep a hostile sheet's work finite.
 * @internal
 */
import type { Grid, GridCell, GridValue } from './types'

/**
 * The largest sheet `readFormGrid` reads. A printed form is a few hundred rows and a few dozen
 * columns; a sheet beyond these bounds is read up to them, with `GRID_TOO_LARGE`, so that a sheet of
 * 10⁶ rows costs bounded time and memory.
 *
 * @example
 * ```ts
 * import { GRID_LIMITS } from '@lw/perf-eval'
 * GRID_LIMITS.rows // 5000
 * ```
 */
export const GRID_LIMITS = { rows: 5000, columns: 100, textLength: 20_000 } as const

/** A cell's place, 0-based. */
export interface At {
  readonly row: number
  readonly col: number
}

export interface Sheet {
  readonly name: string
  readonly height: number
  readonly width: number
  /** The displayed text of a cell (a merged range's text in each of its cells), trimmed; '' when blank. */
  text(row: number, col: number): string
  /** The cell that holds the value of (row, col): itself, or the top-left of its merged range. */
  anchor(row: number, col: number): At
  /** "Sheet1!C5" for the anchor of (row, col). */
  address(row: number, col: number): string
  /** Formula cells whose file cached no value, in sheet order. */
  readonly uncachedFormulas: readonly At[]
  /** True when the sheet was larger than {@link GRID_LIMITS} and was cut. */
  readonly cut: boolean
}

/** "AB" for column 27 (0-based). */
export function columnName(col: number): string {
  let n = col + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** "C5" → { row: 4, col: 2 }; null when it is not an A1 reference. */
function parseA1(ref: string): At | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim())
  if (m === null) return null
  let col = 0
  for (const ch of (m[1] ?? '').toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64)
  return { row: Number(m[2]) - 1, col: col - 1 }
}

function isCell(v: unknown): v is GridCell {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function valueText(v: GridValue): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
  if (typeof v === 'boolean') return v ? '是' : '否'
  return ''
}

/** The displayed text of one raw cell, and whether it is a formula with no cached value. */
function readCell(raw: unknown): { text: string; uncached: boolean } {
  if (!isCell(raw)) return { text: valueText(raw as GridValue), uncached: false }
  const text = typeof raw.text === 'string' && raw.text !== '' ? raw.text : valueText(raw.value)
  const formula = typeof raw.formula === 'string' && raw.formula !== ''
  return { text, uncached: formula && text.trim() === '' }
}

/** Builds the sheet view of a grid. Never throws, whatever the grid holds. @internal */
export function toSheet(grid: Grid | null | undefined, fallbackName: string): Sheet {
  const g: Partial<Grid> = isCell(grid) ? grid : {}
  const name = typeof g.name === 'string' && g.name !== '' ? g.name : fallbackName
  const rawRows = Array.isArray(g.rows) ? g.rows : []
  let cut = rawRows.length > GRID_LIMITS.rows
  const height = Math.min(rawRows.length, GRID_LIMITS.rows)
  const texts: string[][] = []
  const uncachedFormulas: At[] = []
  let width = 0
  for (let r = 0; r < height; r++) {
    const raw: unknown = rawRows[r]
    const cells = Array.isArray(raw) ? raw : []
    if (cells.length > GRID_LIMITS.columns) cut = true
    const n = Math.min(cells.length, GRID_LIMITS.columns)
    const row: string[] = []
    for (let c = 0; c < n; c++) {
      const { text, uncached } = readCell(cells[c])
      row.push(
        text.length > GRID_LIMITS.textLength ? text.slice(0, GRID_LIMITS.textLength) : text.trim(),
      )
      if (uncached) uncachedFormulas.push({ row: r, col: c })
    }
    width = Math.max(width, n)
    texts.push(row)
  }
  const owner = new Map<number, At>()
  const key = (row: number, col: number) => row * GRID_LIMITS.columns + col
  for (const range of Array.isArray(g.merges) ? g.merges : []) {
    if (typeof range !== 'string') continue
    const [from, to] = range.split(':')
    const a = parseA1(from ?? '')
    const b = parseA1(to ?? from ?? '')
    if (a === null || b === null) continue
    const top = Math.min(a.row, b.row)
    const left = Math.min(a.col, b.col)
    const bottom = Math.min(Math.max(a.row, b.row), height - 1)
    const right = Math.min(Math.max(a.col, b.col), GRID_LIMITS.columns - 1)
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r !== top || c !== left) owner.set(key(r, c), { row: top, col: left })
      }
    }
  }
  const anchor = (row: number, col: number): At => owner.get(key(row, col)) ?? { row, col }
  return {
    name,
    height,
    width,
    text(row, col) {
      const a = anchor(row, col)
      return texts[a.row]?.[a.col] ?? ''
    },
    anchor,
    address(row, col) {
      const a = anchor(row, col)
      return `${name}!${columnName(a.col)}${a.row + 1}`
    },
    uncachedFormulas,
    cut,
  }
}
