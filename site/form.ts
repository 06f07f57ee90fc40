// The editor: the form's input as tables in the order the printed form has them (basics, funding
// block, annual goal, tasks with their indicators, indicators by 一级/二级, problems and
// improvements). Every cell is a text box keyed by its JSON Pointer, which is also how a finding
// finds its row. The page edits the input object itself; `setAt` writes one value into it.

import { sourceName } from '../src/findings/labels'
import type { Locale } from '../src/i18n/index'
import { escapeHtml as h } from '../src/report/escape'
import { type TextKey, t } from './strings'

type Path = readonly (string | number)[]
type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const pointer = (path: Path) => `/${path.join('/')}`

function value(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : ''
}

/** One editable cell. */
function cell(root: unknown, path: Path, label: string): string {
  let here: unknown = root
  for (const key of path) here = isObj(here) || Array.isArray(here) ? (here as Obj)[key] : undefined
  const editable = here === undefined || typeof here === 'string' || typeof here === 'number'
  if (!editable) return `<td><code>${h(JSON.stringify(here))}</code></td>`
  const text = value(here)
  const long = text.length > 24
  return `<td><textarea class="cell${long ? ' long' : ''}" rows="1" data-pointer="${h(pointer(path))}" aria-label="${h(label)}">${h(text)}</textarea></td>`
}

function header(locale: Locale, keys: readonly TextKey[]): string {
  return `<thead><tr>${keys.map((k) => `<th scope="col">${h(t(locale, k))}</th>`).join('')}</tr></thead>`
}

function section(id: string, title: string, body: string): string {
  return `<section class="form-part" data-pointer="${h(id)}" aria-label="${h(title)}"><h3>${h(title)}</h3><div class="scroll">${body}</div></section>`
}

const BASICS: readonly (readonly [string, TextKey])[] = [
  ['title', 'title'],
  ['department', 'department'],
  ['projectName', 'project'],
  ['locality', 'locality'],
  ['fiscalYear', 'fiscalYear'],
  ['unit', 'unit'],
]

function basics(form: Obj, locale: Locale): string {
  const rows = BASICS.filter(
    ([key]) => key in form || key !== 'projectName' || form.kind === 'project',
  )
    .map(
      ([key, label]) =>
        `<tr data-pointer="/${key}"><th scope="row">${h(t(locale, label))}</th>${cell(form, [key], t(locale, label))}</tr>`,
    )
    .join('')
  return section(
    '/basics',
    t(locale, 'basics'),
    `<table class="grid pairs"><tbody>${rows}</tbody></table>`,
  )
}

const FUNDING: readonly (readonly [Path, TextKey])[] = [
  [['label'], 'label'],
  [['initialBudget'], 'initialBudget'],
  [['adjustment'], 'adjustment'],
  [['adjustedBudget'], 'adjustedBudget'],
  [['actual'], 'fundingActual'],
  [['printed', 'completionRate'], 'printedCompletion'],
  [['printed', 'adjustmentRate'], 'printedAdjustment'],
]

function funding(form: Obj, locale: Locale): string {
  const rows = list(form.funding)
  if (rows.length === 0) return ''
  const body = rows
    .map((row, i) => {
      const source = isObj(row) ? value(row.source) : ''
      const name = sourceName(locale, source) ?? source
      const cells = FUNDING.map(([p, label]) =>
        cell(form, ['funding', i, ...p], `${name} · ${t(locale, label)}`),
      ).join('')
      return `<tr data-pointer="/funding/${i}"><th scope="row">${h(name)}</th>${cells}</tr>`
    })
    .join('')
  const head = header(locale, ['source', ...FUNDING.map(([, k]) => k)])
  return section(
    '/funding',
    t(locale, 'funding'),
    `<table class="grid">${head}<tbody>${body}</tbody></table>`,
  )
}

function goal(form: Obj, locale: Locale): string {
  if (!isObj(form.goal) && form.kind !== 'department-overall') return ''
  const rows = (['planned', 'achieved'] as const)
    .map(
      (key) =>
        `<tr data-pointer="/goal/${key}"><th scope="row">${h(t(locale, key))}</th>${cell(form, ['goal', key], `${t(locale, 'goal')} · ${t(locale, key)}`)}</tr>`,
    )
    .join('')
  return section(
    '/goal',
    t(locale, 'goal'),
    `<table class="grid pairs"><tbody>${rows}</tbody></table>`,
  )
}

const INDICATOR_COLUMNS: readonly (readonly [string, TextKey])[] = [
  ['level1', 'level1'],
  ['level2', 'level2'],
  ['name', 'indicatorName'],
  ['formula', 'formula'],
  ['target', 'target'],
  ['actual', 'actual'],
  ['weight', 'weight'],
  ['deviationReason', 'deviationReason'],
]
const ALWAYS = new Set(['name', 'target', 'actual'])

/** The indicator columns the form uses: name, target and actual always, the rest when any row has them. */
function indicatorColumns(form: Obj): (readonly [string, TextKey])[] {
  const all = [
    ...list(form.indicators),
    ...list(form.tasks).flatMap((task) => list(isObj(task) ? task.indicators : [])),
  ]
  return INDICATOR_COLUMNS.filter(
    ([key]) => ALWAYS.has(key) || all.some((i) => isObj(i) && i[key] !== undefined),
  )
}

function indicatorTable(
  form: Obj,
  base: Path,
  indicators: unknown[],
  columns: readonly (readonly [string, TextKey])[],
  locale: Locale,
): string {
  const body = indicators
    .map((ind, i) => {
      const name = isObj(ind) ? value(ind.name) : ''
      const cells = columns
        .map(([key, label]) => cell(form, [...base, i, key], `${name} · ${t(locale, label)}`))
        .join('')
      return `<tr data-pointer="${h(pointer([...base, i]))}">${cells}</tr>`
    })
    .join('')
  return `<table class="grid">${header(
    locale,
    columns.map(([, k]) => k),
  )}<tbody>${body}</tbody></table>`
}

const TASK_FIELDS: readonly (readonly [string, TextKey])[] = [
  ['name', 'taskName'],
  ['plannedTarget', 'plannedTarget'],
  ['achievement', 'achievement'],
  ['funds', 'funds'],
]

function tasks(form: Obj, locale: Locale): string {
  const all = list(form.tasks)
  if (all.length === 0) return ''
  const columns = indicatorColumns(form)
  const parts = all.map((task, i) => {
    const name = isObj(task) ? value(task.name) : ''
    const fields = TASK_FIELDS.map(
      ([key, label]) =>
        `<tr data-pointer="/tasks/${i}/${key}"><th scope="row">${h(t(locale, label))}</th>${cell(form, ['tasks', i, key], `${name} · ${t(locale, label)}`)}</tr>`,
    ).join('')
    const indicators = list(isObj(task) ? task.indicators : [])
    return [
      `<div class="task" data-pointer="/tasks/${i}">`,
      `<h4>${h(name === '' ? `${t(locale, 'taskName')} ${i + 1}` : name)}</h4>`,
      `<table class="grid pairs"><tbody>${fields}</tbody></table>`,
      indicators.length === 0
        ? ''
        : indicatorTable(form, ['tasks', i, 'indicators'], indicators, columns, locale),
      '</div>',
    ].join('')
  })
  return section('/tasks', t(locale, 'tasks'), parts.join(''))
}

function topIndicators(form: Obj, locale: Locale): string {
  const all = list(form.indicators)
  if (all.length === 0) return ''
  return section(
    '/indicators',
    t(locale, 'indicators'),
    indicatorTable(form, ['indicators'], all, indicatorColumns(form), locale),
  )
}

function numbered(form: Obj, key: 'problems' | 'improvements', locale: Locale): string {
  const all = list(form[key])
  if (all.length === 0) return ''
  const body = all
    .map((item, i) => {
      const id = isObj(item) ? value(item.id) : ''
      return `<tr data-pointer="/${key}/${i}"><th scope="row">${h(id)}</th>${cell(form, [key, i, 'text'], `${t(locale, key)} ${id}`)}</tr>`
    })
    .join('')
  return section(
    `/${key}`,
    t(locale, key),
    `<table class="grid pairs">${header(locale, ['number', 'text'])}<tbody>${body}</tbody></table>`,
  )
}

/** The editor's tables for an input; a note when the input is not an object. */
export function formHtml(input: unknown, locale: Locale): string {
  if (!isObj(input)) return `<p class="note">${h(t(locale, 'notEditable'))}</p>`
  return [
    basics(input, locale),
    funding(input, locale),
    goal(input, locale),
    tasks(input, locale),
    topIndicators(input, locale),
    numbered(input, 'problems', locale),
    numbered(input, 'improvements', locale),
  ].join('\n')
}

/** Keys whose value the schema requires: an emptied cell keeps them, as an empty text. */
const REQUIRED = new Set(['name', 'text', 'source', 'kind', 'id'])

/**
 * Writes `text` at `path` in `root`, making the objects on the way. A number stays a number when
 * the text is one; an emptied optional cell removes its key, as a blank cell of the printed form.
 */
export function setAt(root: unknown, path: Path, text: string): void {
  if (!isObj(root) || path.length === 0) return
  let here: Obj | unknown[] = root
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next: unknown = (here as Obj)[key]
    if (isObj(next) || Array.isArray(next)) {
      here = next
      continue
    }
    const made: Obj | unknown[] = typeof path[i + 1] === 'number' ? [] : {}
    ;(here as Obj)[key] = made
    here = made
  }
  const last = path.at(-1)
  if (last === undefined) return
  const before = (here as Obj)[last]
  if (text === '' && typeof last === 'string' && !REQUIRED.has(last)) {
    Reflect.deleteProperty(here, last)
    return
  }
  const asNumber = text.trim() === '' ? Number.NaN : Number(text)
  ;(here as Obj)[last] = typeof before === 'number' && Number.isFinite(asNumber) ? asNumber : text
}

/** A JSON Pointer's keys: array indexes as numbers. */
export function pathOf(p: string): (string | number)[] {
  if (p === '' || p === '/') return []
  return p
    .slice(1)
    .split('/')
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
}
