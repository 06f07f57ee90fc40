import { LOCALES, type Locale, shownText } from '../i18n/index'
import { checkOptions, oneOf } from '../options/index'
import { fieldName, fundingFieldName, sourceName } from './labels'
import { toPointer } from './make'
import type { FindingPath } from './types'

/**
 * Options of {@link locate}.
 *
 * @example
 * ```ts
 * import type { LocateOptions } from '@lw/perf-eval'
 * const o: LocateOptions = { locale: 'en' }
 * ```
 */
export interface LocateOptions {
  /** Language of the words. Default zh-CN. */
  readonly locale?: Locale | undefined
}

const WORDS = {
  form: ['表单', 'form'],
  task: ['任务{n}', 'Task {n}'],
  named: ['{row}（{name}）', '{row} ({name})'],
  indicator: ['指标{n}', 'Indicator {n}'],
  fundingRow: ['资金第{n}行', 'Funding row {n}'],
  problem: ['存在问题 {id}', 'Problems {id}'],
  improvement: ['改进措施 {id}', 'Improvements {id}'],
} as const satisfies Readonly<Record<string, readonly [string, string]>>

function word(locale: Locale, key: keyof typeof WORDS, params: Record<string, string>): string {
  return WORDS[key][locale === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (w, k: string) => params[k] ?? w)
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : undefined
}

function itemOf(form: unknown, list: string, index: unknown): Readonly<Record<string, unknown>> {
  const items = record(form)?.[list]
  if (typeof index !== 'number' || !Array.isArray(items)) return {}
  return record(items[index]) ?? {}
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return null
  // A label, not the cell: cut first, so a megabyte name costs what a short one does.
  const shown = shownText(value.trimStart()).replace(/\s+/g, ' ').trim()
  return shown === '' ? null : shown
}

const n = (index: number) => String(index + 1)

/** The name of a main task: its number, and its own name when that says more than the number. */
function taskName(task: Readonly<Record<string, unknown>>, index: number, locale: Locale): string {
  const row = word(locale, 'task', { n: n(index) })
  const name = text(task.name)
  if (name === null || name.replace(/\s/g, '') === `任务${n(index)}`) return row
  return word(locale, 'named', { row, name })
}

function indicatorName(item: Readonly<Record<string, unknown>>, index: number, locale: Locale) {
  return text(item.name) ?? word(locale, 'indicator', { n: n(index) })
}

/** The rows a path starts with, by name, and how many of its segments they take. */
function rows(form: unknown, path: FindingPath, locale: Locale): { names: string[]; used: number } {
  const [head, index, sub, subIndex] = path
  if (typeof index !== 'number') return { names: [], used: 0 }
  if (head === 'funding') {
    const row = itemOf(form, 'funding', index)
    const source = typeof row.source === 'string' ? sourceName(locale, row.source) : null
    const name = text(row.label) ?? source ?? word(locale, 'fundingRow', { n: n(index) })
    return { names: [name], used: 2 }
  }
  if (head === 'tasks') {
    const task = itemOf(form, 'tasks', index)
    const names = [taskName(task, index, locale)]
    if (sub !== 'indicators' || typeof subIndex !== 'number') return { names, used: 2 }
    const indicator = itemOf(task, 'indicators', subIndex)
    return { names: [...names, indicatorName(indicator, subIndex, locale)], used: 4 }
  }
  if (head === 'indicators') {
    const indicator = itemOf(form, 'indicators', index)
    return { names: [indicatorName(indicator, index, locale)], used: 2 }
  }
  if (head === 'problems' || head === 'improvements') {
    const id = text(itemOf(form, head, index).id) ?? n(index)
    return {
      names: [word(locale, head === 'problems' ? 'problem' : 'improvement', { id })],
      used: 2,
    }
  }
  return { names: [], used: 0 }
}

/**
 * Where a path points in a form, in words of the locale: the task, indicator or funding row it
 * is in, by name, then the field ("任务2 › 垃圾分类率 › 预期实现值"; "Task 2 › 垃圾分类率 ›
 * target"). A list index is counted from 1 ("佐证材料 › #2"); a key the form does not define is
 * shown as written. `form` is the input the path points into — any JSON value, raw or as
 * {@link evaluate} normalised it: a path that leaves the form still reads, by its keys. This is
 * `location` of every finding {@link evaluate} returns.
 *
 * @example
 * ```ts
 * import { liwan2021Form, locate } from '@lw/perf-eval'
 * locate(liwan2021Form, ['tasks', 1, 'indicators', 1, 'target']) // '任务2 › 垃圾分类率 › 预期实现值'
 * locate(liwan2021Form, ['tasks', 1, 'indicators', 1, 'target'], { locale: 'en' }) // 'Task 2 › 垃圾分类率 › target'
 * locate(liwan2021Form, ['funding', 0, 'actual']) // '合计 › 实际支出数'
 * locate(liwan2021Form, []) // '表单'
 * ```
 */
export function locate(form: unknown, path: FindingPath, options: LocateOptions = {}): string {
  const given = checkOptions('locate', options)
  return placeOf(form, path, oneOf('locate', 'locale', given.locale, LOCALES, 'zh-CN'))
}

/** {@link locate} with a checked locale. @internal */
export function placeOf(form: unknown, path: FindingPath, locale: Locale): string {
  const { names, used } = rows(form, path, locale)
  const label = path[0] === 'funding' ? fundingFieldName : fieldName
  for (const part of path.slice(used)) {
    if (typeof part === 'number') names.push(`#${n(part)}`)
    else names.push(label(locale, part) ?? part)
  }
  return names.length === 0 ? word(locale, 'form', {}) : names.join(' › ')
}

/**
 * Where each value of a form was read from a sheet: JSON Pointer → cell address, as
 * {@link readFormGrid} and `readWorkbook` return it, and as {@link evaluate} takes it (`cells`) to
 * put the cell on every finding.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form, type CellMap } from '@lw/perf-eval'
 * const cells: CellMap = { '/funding/0/actual': 'Sheet1!E5' }
 * const e = evaluate(liwan2021Form, { cells })
 * e.findings.find((f) => f.code === 'BUDGET_COMPLETION_LOW')?.cell // 'Sheet1!E5'
 * ```
 */
export type CellMap = Readonly<Record<string, string>>

/** The fields that name a row, tried first when a finding points at a whole row. */
const ROW_NAME_FIELDS = ['name', 'label', 'text'] as const

/**
 * The cell a finding at `path` should send a person to: the cell of the path itself; for a whole
 * row, the cell of its name (or its first mapped value); else the cell of the nearest enclosing
 * value. `undefined` when the map says nothing of it. @internal
 */
export function cellOf(path: FindingPath, cells: CellMap): string | undefined {
  const pointer = toPointer(path)
  const own = cells[pointer]
  if (own !== undefined) return own
  if (path.length > 0) {
    for (const field of ROW_NAME_FIELDS) {
      const named = cells[`${pointer}/${field}`]
      if (named !== undefined) return named
    }
    const prefix = `${pointer}/`
    for (const key in cells) if (key.startsWith(prefix)) return cells[key]
  }
  for (let n = path.length - 1; n > 0; n--) {
    const cell = cells[toPointer(path.slice(0, n))]
    if (cell !== undefined) return cell
  }
  return undefined
}
