import type { CellMap, Finding } from '../findings/index'

/**
 * What a spreadsheet cell holds, as a reader of .xlsx/.xls gives it: text, a number, a boolean, or
 * nothing.
 *
 * @example
 * ```ts
 * import type { GridValue } from '@lw/perf-eval'
 * const v: GridValue = '6211.89'
 * ```
 */
export type GridValue = string | number | boolean | null | undefined

/**
 * A cell with more than its value: `text` is what the sheet displays ("89.31%" for a number 0.8931
 * formatted as a percent) and is read in preference to `value`; `formula` marks a formula cell,
 * whose `value` is the result the file cached (null when the file cached none).
 *
 * @example
 * ```ts
 * import type { GridCell } from '@lw/perf-eval'
 * const rate: GridCell = { value: 0.8931, text: '89.31%', formula: 'D5/C5' }
 * ```
 */
export interface GridCell {
  /** The stored value (for a formula cell: its cached result). */
  readonly value?: GridValue
  /** The displayed text, when the reader knows it; read before `value`. */
  readonly text?: string | undefined
  /** The formula, without its leading "=", when the cell is a formula. */
  readonly formula?: string | undefined
}

/**
 * One sheet as rows of cells (row 0 is the sheet's row 1, column 0 its column A), with its merged
 * ranges in A1 notation ("A5:A9"). Rows may be ragged and sparse (`undefined` holes).
 *
 * @example
 * ```ts
 * import type { Grid } from '@lw/perf-eval'
 * const g: Grid = { name: 'Sheet1', rows: [['资金来源', '年初预算数'], ['合计', 100]], merges: [] }
 * ```
 */
export interface Grid {
  /** The sheet's name, used in cell addresses ("Sheet1!C5"). */
  readonly name?: string | undefined
  /** The rows, from the sheet's first; each a list of cells from column A (holes allowed). */
  readonly rows: readonly (readonly (GridValue | GridCell)[] | undefined)[]
  /** Merged ranges, "A5:A9"; the top-left cell holds the value of the whole range. */
  readonly merges?: readonly string[] | undefined
}

/**
 * What {@link readFormGrid} found in a sheet: the form input (for `evaluate` or
 * `parseSelfEvaluation`), the cell each value came from, keyed by the value's JSON Pointer
 * (`/funding/0/actual` → `Sheet1!D5`), and findings about what could not be placed. `form` is null
 * when the sheet holds no form.
 *
 * @example
 * ```ts
 * import { readFormGrid } from '@lw/perf-eval'
 * const r = readFormGrid({ name: 'S', rows: [['资金来源', '年初预算数', '全年执行数'], ['合计', '100', '90']] })
 * r.cells['/funding/0/actual'] // 'S!C2'
 * ```
 */
export interface GridReading {
  /** The form input found in the sheet (for `evaluate`); null when the sheet holds no form. */
  readonly form: Readonly<Record<string, unknown>> | null
  /**
   * The cell each value came from, by its JSON Pointer ("/funding/0/actual" → "Sheet1!E4"): give it
   * to {@link evaluate} as `cells` and every finding carries the cell to fix.
   */
  readonly cells: CellMap
  /** What could not be placed: `GRID_*` findings. */
  readonly findings: readonly Finding[]
}

/**
 * Options of {@link readFormGrid}.
 *
 * @example
 * ```ts
 * import type { ReadFormGridOptions } from '@lw/perf-eval'
 * const o: ReadFormGridOptions = { locale: 'en' }
 * ```
 */
export interface ReadFormGridOptions {
  /** Locale of the findings' messages. Default zh-CN. */
  readonly locale?: 'zh-CN' | 'en' | undefined
}
