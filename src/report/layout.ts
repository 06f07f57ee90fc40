// Plain-text layout shared by the text writer and the HTML column widths.
import { cleanText } from './escape'
import type { Cell, Column } from './model'
import { displayWidth, widestToken } from './text-width'

/** Columns between two table columns in text output. */
export const GAP = 2
/** Keeps a link's words on one line while wrapping; turned back into a space afterwards. */
export const NBSP = '\u00A0'

/** A cell as plain lines: text with its badge and links, then the note. */
export function cellLines(cell: Cell): string[] {
  // A link's words stay together on one line (no-break spaces, turned back after wrapping).
  const links = (cell.links ?? []).map((l) => l.text.replaceAll(' ', NBSP))
  const head = [cell.text, cell.badge?.text ?? '', ...links]
    .map((s) => cleanText(s))
    .filter((s) => s !== '')
    .join(' ')
  const lines = head === '' ? [] : head.split('\n')
  if (cell.note !== undefined && cell.note !== '') {
    const note = [cell.note, cell.noteBadge?.text ?? ''].filter((s) => s !== '').join(' ')
    for (const item of cleanText(note).split('\n')) lines.push(item)
  }
  return lines.length === 0 ? [''] : lines
}

/** The widest line, in terminal columns. */
export function widest(lines: readonly string[]): number {
  return lines.reduce((w, l) => Math.max(w, displayWidth(l)), 0)
}

/** The widest piece between spaces: a compact column is never narrower (numbers stay whole). */
function widestWord(lines: readonly string[]): number {
  let w = 0
  for (const line of lines) for (const word of line.split(' ')) w = Math.max(w, displayWidth(word))
  return w
}

/**
 * The narrowest a column can be without cutting anything that must stay whole: a number, a Latin
 * word, a path or a code in its cells, and its label (a label without spaces is one word: "完成比例"
 * is never printed as 完成比 / 例).
 */
export function unbrokenWidth(label: string, lines: readonly string[]): number {
  const head = label.includes(' ') ? widestToken(label) : displayWidth(label)
  return lines.reduce((w, l) => Math.max(w, widestToken(l)), Math.max(head, 1))
}

/** Whether a table's columns fit `total` with nothing cut (see {@link unbrokenWidth}). */
export function fitsUnbroken(
  columns: readonly Column[],
  contents: readonly (readonly string[])[],
  total: number,
): boolean {
  const need = columns.reduce((n, c, i) => n + unbrokenWidth(c.label, contents[i] ?? []), 0)
  return need + GAP * (columns.length - 1) <= total
}

/**
 * Column widths that fit `total`: every column gets what it needs when it can; otherwise each
 * keeps a minimum (first: nothing cut; then a compact column its widest word) and the rest is
 * shared out by weight.
 */
export function columnWidths(
  columns: readonly Column[],
  contents: readonly (readonly string[])[],
  total: number,
): number[] {
  const available = total - GAP * (columns.length - 1)
  const desired = columns.map((c, i) =>
    Math.max(displayWidth(c.label), widest(contents[i] ?? []), 1),
  )
  if (desired.reduce((a, b) => a + b, 0) <= available) return desired
  // Minimums, from comfortable to cramped: the first that fits is used.
  const levels = [
    (c: Column, i: number) =>
      Math.max(
        unbrokenWidth(c.label, contents[i] ?? []),
        c.compact === true ? widestWord(contents[i] ?? []) : 8,
      ),
    (c: Column, i: number) =>
      Math.max(widestToken(c.label), c.compact === true ? widestWord(contents[i] ?? []) : 8),
    (c: Column, i: number) => (c.compact === true ? widestWord(contents[i] ?? []) : 4),
    () => 2,
  ]
  let minimum: number[] = []
  for (const level of levels) {
    minimum = columns.map((c, i) => Math.min(desired[i] ?? 1, level(c, i)))
    if (minimum.reduce((a, b) => a + b, 0) <= available) break
  }
  const widths = [...minimum]
  let spare = available - widths.reduce((a, b) => a + b, 0)
  // Share the spare columns out by weight until every column has what it wants or none is left.
  while (spare > 0) {
    const hungry = columns.map((_, i) => i).filter((i) => (widths[i] ?? 0) < (desired[i] ?? 0))
    if (hungry.length === 0) break
    const weight = hungry.reduce((n, i) => n + (columns[i]?.width ?? 1), 0)
    let given = 0
    for (const i of hungry) {
      const share = Math.max(1, Math.floor((spare * (columns[i]?.width ?? 1)) / weight))
      const grant = Math.min(share, (desired[i] ?? 0) - (widths[i] ?? 0), spare - given)
      if (grant <= 0) continue
      widths[i] = (widths[i] ?? 0) + grant
      given += grant
    }
    if (given === 0) break
    spare -= given
  }
  return widths
}
