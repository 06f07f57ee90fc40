/**
 * Reading a form from the grid it is printed in. The layout is found by its printed labels, never
 * by fixed coordinates: the header lines (title, 部门名称, 单位), the funding table (its header row
 * names the columns), the goal, the indicator table (one or two header rows; a department-overall
 * table adds task columns), and the problems and improvements. What cannot be placed is a finding.
 */
import type { Finding } from '../findings/index'
import { makeSheetFinding, toPointer } from '../findings/index'
import {
  FUND_MANAGEMENT_COLUMNS,
  FUND_MANAGEMENT_HEADING,
  FUND_MANAGEMENT_LABELS,
  FUNDING_LABELS,
  type FundingRole,
  HEADER_LABELS,
  INDICATOR_LABELS,
  type IndicatorRole,
  type LabelEntry,
  labelKey,
  roleOf,
  SECTION_LABELS,
  type SectionRole,
  sourceOfLabel,
  TARGET_PART_LABELS,
  type TargetPart,
} from './labels'
import { columnName, type Sheet, toSheet } from './sheet'
import type { Grid, GridReading, ReadFormGridOptions } from './types'

type Obj = Record<string, unknown>

/** What a reading collects while it walks the sheet. */
interface Ctx {
  readonly sheet: Sheet
  /** labelKey of every cell, computed once. */
  readonly keys: readonly (readonly string[])[]
  readonly cells: Record<string, string>
  readonly findings: Finding[]
  readonly locale: 'zh-CN' | 'en'
}

/** Sets `obj[key]` to the cell's text when it is not blank, and records where it came from. */
function place(ctx: Ctx, obj: Obj, path: readonly (string | number)[], row: number, col: number) {
  const text = ctx.sheet.text(row, col)
  if (text === '') return
  obj[String(path[path.length - 1])] = text
  ctx.cells[toPointer(path)] = ctx.sheet.address(row, col)
}

/** The columns of a header row, by role: each role's columns, left to right. */
function columnsOf<R extends string>(
  ctx: Ctx,
  row: number,
  entries: readonly LabelEntry<R>[],
): Map<R, number[]> {
  const out = new Map<R, number[]>()
  for (let c = 0; c < ctx.sheet.width; c++) {
    const key = ctx.keys[row]?.[c] ?? ''
    if (key === '') continue
    const r = roleOf(key, entries)
    if (r === null) continue
    out.set(r.role, [...(out.get(r.role) ?? []), c])
  }
  return out
}

/**
 * The column of the first value among a role's columns on a row below a header: a non-blank cell
 * that is not the header's own label merged down into the table.
 */
function valueAt(
  ctx: Ctx,
  row: number,
  cols: readonly number[] | undefined,
  header: number,
): number | null {
  for (const c of cols ?? []) {
    if (ctx.sheet.text(row, c) !== '' && ctx.sheet.anchor(row, c).row > header) return c
  }
  return null
}

/** The role of a row label (the row's first non-blank cell), when it is one of the section labels. */
function sectionOf(ctx: Ctx, row: number): { role: SectionRole; col: number } | null {
  for (let c = 0; c < ctx.sheet.width; c++) {
    const key = ctx.keys[row]?.[c] ?? ''
    if (key === '') continue
    // A row label is short and starts with its word; prose that mentions 存在问题 is not a label.
    if (key.length > 16) return null
    const r = roleOf(key, SECTION_LABELS)
    return r !== null && key.startsWith(r.word.replace(/:$/u, '')) ? { role: r.role, col: c } : null
  }
  return null
}

const FUNDING_VALUE_ROLES: ReadonlySet<FundingRole> = new Set([
  'initialBudget',
  'adjustment',
  'adjustedBudget',
  'actual',
  'completionRate',
])

/** The funding table's header row: the first row naming two of its money columns. */
function findFundingHeader(ctx: Ctx, from: number, to: number): number | null {
  for (let r = from; r < to; r++) {
    const roles = columnsOf(ctx, r, FUNDING_LABELS)
    if ([...roles.keys()].filter((k) => FUNDING_VALUE_ROLES.has(k)).length >= 2) return r
  }
  return null
}

/** Whether a row is an indicator table's header: a name column beside a target, actual or criterion. */
function isIndicatorHeader(ctx: Ctx, row: number): boolean {
  const roles = columnsOf(ctx, row, INDICATOR_LABELS)
  return roles.has('name') && (roles.has('target') || roles.has('actual') || roles.has('criterion'))
}

function findIndicatorHeader(ctx: Ctx, from: number): number | null {
  for (let r = from; r < ctx.sheet.height; r++) if (isIndicatorHeader(ctx, r)) return r
  return null
}

/** A money or rate cell: a figure, or a placeholder for none ("-", "/", "—", "无"). */
// A figure, a dash or 无 for none, or a unit printed in a cell left blank ("万元" on form 34).
const FIGURE_LIKE = /\d|^[-—－/／\\无]+$|^(?:万元|亿元|千元|元|%|％)$/u

const RATE_FIELDS: Partial<Record<FundingRole, string>> = {
  completionRate: 'completionRate',
  adjustmentRate: 'adjustmentRate',
  balanceRate: 'balanceRate',
  arrivalRate: 'arrivalRate',
  score: 'score',
}

/** Reads the funding rows under the header row; returns the row after the table. */
function readFunding(ctx: Ctx, header: number, form: Obj): number {
  const roles = columnsOf(ctx, header, FUNDING_LABELS)
  const valueCols = [...roles.entries()].filter(([k]) => k !== 'label').flatMap(([, cs]) => cs)
  const firstValueCol = valueCols.reduce((n, c) => Math.min(n, c), ctx.sheet.width)
  const rows: Obj[] = []
  let r = header + 1
  for (; r < ctx.sheet.height; r++) {
    if (sectionOf(ctx, r) !== null || isIndicatorHeader(ctx, r)) break
    if (findFundingHeader(ctx, r, r + 1) === r) break
    const label = rowLabel(ctx, r, header, firstValueCol)
    const values = valueCols.filter(
      (c) => ctx.sheet.text(r, c) !== '' && ctx.sheet.anchor(r, c).row > header,
    )
    if (label === null && values.length === 0) break
    // Words where figures belong (a heading merged across the columns) end the table.
    if (values.some((c) => !FIGURE_LIKE.test(ctx.sheet.text(r, c)))) break
    const i = rows.length
    const row: Obj = { source: label === null ? 'other' : sourceOfLabel(label.text) }
    if (label !== null) {
      row.label = label.text
      ctx.cells[toPointer(['funding', i, 'label'])] = ctx.sheet.address(r, label.col)
    }
    const printed: Obj = {}
    for (const [role, cols] of roles) {
      if (role === 'label') continue
      const c = valueAt(ctx, r, cols, header)
      if (c === null) continue
      const rate = RATE_FIELDS[role]
      if (rate !== undefined) place(ctx, printed, ['funding', i, 'printed', rate], r, c)
      else place(ctx, row, ['funding', i, role], r, c)
    }
    if (Object.keys(printed).length > 0) row.printed = printed
    rows.push(row)
  }
  if (rows.length > 0) form.funding = rows
  return r
}

/**
 * A funding row's label: the right-most text left of the money columns that starts on this row
 * (a section title merged down the table's left edge, 部门资金情况 or 资金情况(万元), is not a label).
 */
function rowLabel(
  ctx: Ctx,
  row: number,
  header: number,
  before: number,
): { text: string; col: number } | null {
  for (let c = before - 1; c >= 0; c--) {
    const text = ctx.sheet.text(row, c)
    if (text === '') continue
    const a = ctx.sheet.anchor(row, c)
    if (a.row <= header) continue
    if (a.row < row && roleOf(labelKey(text), FUNDING_LABELS)?.role === 'label') continue
    return { text, col: c }
  }
  return null
}

/** "产出指标(50分)" → { name: '产出指标', points: '50' }. */
function withPoints(text: string): { name: string; points: string | null } {
  const m = /^(.*?)\(\s*(\d+(?:\.\d+)?)\s*分\s*\)$/u.exec(labelKey(text))
  return m === null ? { name: text, points: null } : { name: m[1] ?? text, points: m[2] ?? null }
}

const CARRIED: readonly IndicatorRole[] = [
  'task',
  'level1',
  'level2',
  'plannedTarget',
  'achievement',
]

const INDICATOR_FIELDS: Partial<Record<IndicatorRole, string>> = {
  id: 'id',
  name: 'name',
  formula: 'formula',
  explanation: 'explanation',
  criterion: 'criterion',
  target: 'target',
  actual: 'actual',
  weight: 'weight',
  deviation: 'deviationReason',
}

/** The target's three parts when a sub-header splits it (符号/值/单位, 指标性质/指标值/度量单位). */
function targetParts(
  ctx: Ctx,
  sub: number,
  roles: Map<IndicatorRole, number[]>,
): Map<TargetPart, number> | null {
  const parts = new Map<TargetPart, number>()
  for (let c = 0; c < ctx.sheet.width; c++) {
    const key = ctx.keys[sub]?.[c] ?? ''
    if (key === '' || ctx.sheet.anchor(sub, c).row !== sub) continue
    // The value sub-column is printed "值": only a whole-cell match counts for so short a word.
    const r = roleOf(key, TARGET_PART_LABELS)
    if (r !== null && (r.role !== 'value' || key.replace(/\(.*\)$/u, '').endsWith('值')))
      parts.set(r.role, c)
  }
  if (parts.size < 2) return null
  // The parts sit under the target's header; elsewhere they are some other table's.
  const targetCols = roles.get('target') ?? []
  const under = [...parts.values()].some(
    (c) => targetCols.includes(c) || targetCols.includes(c - 1),
  )
  return under || targetCols.length === 0 ? parts : null
}

/** Reads the indicator table; returns the row after it. */
function readIndicators(ctx: Ctx, header: number, form: Obj): number {
  const roles = columnsOf(ctx, header, INDICATOR_LABELS)
  let start = header + 1
  const parts = start < ctx.sheet.height ? targetParts(ctx, start, roles) : null
  if (parts !== null) {
    for (const c of parts.values()) {
      for (const [role, cols] of roles)
        roles.set(
          role,
          cols.filter((x) => x !== c),
        )
    }
    start++
  }
  reportUnknownLabels(ctx, header, INDICATOR_LABELS)
  const byTask = roles.has('task')
  const tasks: Obj[] = []
  const indicators: Obj[] = []
  const groups: Obj[] = []
  const carried = new Map<IndicatorRole, { text: string; row: number; col: number }>()
  let r = start
  // A part's words in a level column of a row that names an indicator head a group of indicators
  // (二级 "绩效目标 (6分)"), not the form's next part; a table's foot (总分, 填表人) ends it anyway.
  const levelCols = new Set(
    (['level1', 'level2'] as const).flatMap((role) => roles.get(role) ?? []),
  )
  const headsGroup = (section: { role: SectionRole; col: number }, row: number) => {
    if (section.role === 'end' || !levelCols.has(section.col)) return false
    const name = valueAt(ctx, row, roles.get('name'), header)
    return (
      name !== null && ctx.sheet.anchor(row, name).col !== ctx.sheet.anchor(row, section.col).col
    )
  }
  for (; r < ctx.sheet.height; r++) {
    const section = sectionOf(ctx, r)
    if (section !== null && !headsGroup(section, r)) break
    if (r > start && findFundingHeader(ctx, r, r + 1) === r) break
    const at = (role: IndicatorRole) => valueAt(ctx, r, roles.get(role), header)
    for (const role of CARRIED) {
      const c = at(role)
      if (c !== null) carried.set(role, { text: ctx.sheet.text(r, c), row: r, col: c })
    }
    const nameCol = at('name')
    const hasFigures = (['target', 'actual', 'criterion'] as const).some((k) => at(k) !== null)
    if (
      nameCol === null &&
      !hasFigures &&
      (parts === null || ![...parts.values()].some((c) => ctx.sheet.text(r, c) !== ''))
    ) {
      continue
    }
    const indicator: Obj = {}
    const task = byTask ? taskFor(ctx, tasks, carried) : null
    const list = task === null ? indicators : (task.indicators as Obj[])
    const base: (string | number)[] =
      task === null
        ? ['indicators', list.length]
        : ['tasks', tasks.indexOf(task), 'indicators', list.length]
    if (nameCol !== null) place(ctx, indicator, [...base, 'name'], r, nameCol)
    else indicator.name = ''
    for (const level of ['level1', 'level2'] as const) {
      const held = carried.get(level)
      if (held === undefined) continue
      const { name, points } = withPoints(held.text)
      // A heading printed as its points alone ("(50分)") names no group to give them to.
      if (name.trim() === '') continue
      indicator[level] = name
      ctx.cells[toPointer([...base, level])] = ctx.sheet.address(held.row, held.col)
      if (points !== null) addGroup(groups, indicator, level, points)
    }
    const printed: Obj = {}
    for (const [role, field] of Object.entries(INDICATOR_FIELDS) as [IndicatorRole, string][]) {
      if (role === 'name') continue
      const c = at(role)
      if (c !== null) place(ctx, indicator, [...base, field], r, c)
    }
    for (const [role, field] of [
      ['score', 'score'],
      ['convertedScore', 'convertedScore'],
      ['status', 'status'],
    ] as const) {
      const c = at(role)
      if (c !== null) place(ctx, printed, [...base, 'printed', field], r, c)
    }
    if (Object.keys(printed).length > 0) indicator.printed = printed
    if (parts !== null) {
      const tp: Obj = {}
      for (const [part, c] of parts) place(ctx, tp, [...base, 'targetParts', part], r, c)
      if (Object.keys(tp).length > 0) indicator.targetParts = tp
    }
    if (indicator.criterion !== undefined && indicator.target === undefined)
      indicator.kind = 'rubric'
    list.push(indicator)
  }
  if (byTask) form.tasks = tasks
  if (indicators.length > 0) form.indicators = indicators
  if (groups.length > 0) form.groups = groups
  return r
}

/** The task a row belongs to (its 主要任务 cell, carried down), created on its first row. */
function taskFor(
  ctx: Ctx,
  tasks: Obj[],
  carried: Map<IndicatorRole, { text: string; row: number; col: number }>,
): Obj {
  const held = carried.get('task')
  const name = held?.text ?? ''
  let task = tasks.find((t) => t.name === name)
  if (task === undefined) {
    task = { name, indicators: [] }
    if (held !== undefined)
      ctx.cells[toPointer(['tasks', tasks.length, 'name'])] = ctx.sheet.address(held.row, held.col)
    tasks.push(task)
  }
  const t = tasks.indexOf(task)
  for (const [role, field] of [
    ['plannedTarget', 'plannedTarget'],
    ['achievement', 'achievement'],
  ] as const) {
    const v = carried.get(role)
    if (v !== undefined && task[field] === undefined) {
      task[field] = v.text
      ctx.cells[toPointer(['tasks', t, field])] = ctx.sheet.address(v.row, v.col)
    }
  }
  return task
}

function addGroup(groups: Obj[], indicator: Obj, level: 'level1' | 'level2', points: string) {
  const key =
    level === 'level1'
      ? { level1: indicator.level1 }
      : { level1: indicator.level1, level2: indicator.level2 }
  const same = groups.find((g) => g.level1 === key.level1 && g.level2 === (key as Obj).level2)
  if (same === undefined) groups.push({ ...key, weight: points })
}

/** Task funds (任务涉及资金): the first figure printed on a task's rows. */
function readTaskFunds(ctx: Ctx, header: number, end: number, form: Obj) {
  const roles = columnsOf(ctx, header, INDICATOR_LABELS)
  const fundsCols = roles.get('funds')
  const taskCols = roles.get('task')
  if (fundsCols === undefined || taskCols === undefined || !Array.isArray(form.tasks)) return
  const tasks = form.tasks as Obj[]
  let current: string | null = null
  for (let r = header + 1; r < end; r++) {
    const tc = valueAt(ctx, r, taskCols, header)
    if (tc !== null) current = ctx.sheet.text(r, tc)
    const fc = valueAt(ctx, r, fundsCols, header)
    if (fc === null) continue
    const t = tasks.findIndex((x) => x.name === (current ?? ''))
    const task = tasks[t]
    if (task === undefined || task.funds !== undefined) continue
    place(ctx, task, ['tasks', t, 'funds'], r, fc)
  }
}

/** An info finding for each header cell the reader does not know: its column is not read. */
function reportUnknownLabels<R extends string>(
  ctx: Ctx,
  row: number,
  entries: readonly LabelEntry<R>[],
) {
  const seen = new Set<string>()
  for (let c = 0; c < ctx.sheet.width; c++) {
    const key = ctx.keys[row]?.[c] ?? ''
    const address = ctx.sheet.address(row, c)
    if (key === '' || seen.has(address) || roleOf(key, entries) !== null) continue
    seen.add(address)
    ctx.findings.push(
      makeSheetFinding(
        'GRID_LABEL_UNKNOWN',
        [],
        { cell: address, label: ctx.sheet.text(row, c) },
        { locale: ctx.locale },
      ),
    )
  }
}

/** The texts of a row right of `col`, one per merged range. */
function textsAfter(ctx: Ctx, row: number, col: number): { text: string; col: number }[] {
  const out: { text: string; col: number }[] = []
  const seen = new Set<string>()
  for (let c = col + 1; c < ctx.sheet.width; c++) {
    const text = ctx.sheet.text(row, c)
    const a = ctx.sheet.anchor(row, c)
    const k = `${a.row}:${a.col}`
    if (text === '' || seen.has(k) || a.row < row) continue
    seen.add(k)
    out.push({ text, col: c })
  }
  return out
}

/** A column heading of the goal block ("部门整体支出的预期目标", "年度总体目标完成情况综述"), not its text. */
function goalHeading(text: string): boolean {
  const k = labelKey(text)
  return k.length <= 24 && /预期目标|设定目标|完成情况|实际完成|目标内容/u.test(k)
}

function readGoal(ctx: Ctx, row: number, col: number, form: Obj) {
  let texts = textsAfter(ctx, row, col).filter((t) => !goalHeading(t.text))
  let at = row
  if (texts.length === 0 && row + 1 < ctx.sheet.height) {
    at = row + 1
    texts = textsAfter(ctx, at, col).filter((t) => !goalHeading(t.text))
  }
  const goal: Obj = {}
  const [planned, achieved] = texts
  if (planned !== undefined) place(ctx, goal, ['goal', 'planned'], at, planned.col)
  if (achieved !== undefined) place(ctx, goal, ['goal', 'achieved'], at, achieved.col)
  if (Object.keys(goal).length > 0) form.goal = goal
}

/** "1、…2、…" split at its printed numbers (which become the ids); one item otherwise. */
function numberedItems(text: string): { id: string; text: string }[] {
  const marks = [...text.matchAll(/(?:^|(?<=[。；;！!\s]))(\d{1,2})[、.．](?!\d)/gu)]
  if (marks.length < 2 || marks[0]?.index !== 0) return [{ id: '1', text }]
  return marks.map((m, i) => {
    const from = m.index + m[0].length
    const to = marks[i + 1]?.index ?? text.length
    return { id: m[1] ?? String(i + 1), text: text.slice(from, to).trim() }
  })
}

function readList(
  ctx: Ctx,
  row: number,
  col: number,
  form: Obj,
  field: 'problems' | 'improvements',
) {
  const texts = textsAfter(ctx, row, col)
  if (texts.length === 0) return
  const items = texts.flatMap((t) => numberedItems(t.text).map((item) => ({ ...item, col: t.col })))
  const seen = new Set<string>()
  form[field] = items.map((item, i) => {
    // Ids must be unique: a second numbering run restarts at 1, so it takes its place in order.
    const id = seen.has(item.id) ? String(i + 1) : item.id
    seen.add(id)
    ctx.cells[toPointer([field, i, 'text'])] = ctx.sheet.address(row, item.col)
    return { id, text: item.text }
  })
}

/**
 * 资金管理情况 (transfer-payment forms): a heading row naming its text columns (情况说明, 存在问题和改进
 * 措施), then one row per aspect, its label under the heading.
 */
function readFundManagement(ctx: Ctx, from: number, to: number, form: Obj) {
  let header = -1
  let col = -1
  for (let r = from; r < to && header < 0; r++) {
    for (let c = 0; c < ctx.sheet.width; c++) {
      if ((ctx.keys[r]?.[c] ?? '').startsWith(FUND_MANAGEMENT_HEADING)) {
        header = r
        col = c
        break
      }
    }
  }
  if (header < 0) return
  const columns = columnsOf(ctx, header, FUND_MANAGEMENT_COLUMNS)
  const rows: Obj[] = []
  for (let r = header + 1; r < to; r++) {
    const label = ctx.sheet.text(r, col)
    if (label === '' || ctx.sheet.anchor(r, col).row !== r || sectionOf(ctx, r) !== null) break
    if (isIndicatorHeader(ctx, r)) break
    const i = rows.length
    const row: Obj = { aspect: roleOf(labelKey(label), FUND_MANAGEMENT_LABELS)?.role ?? 'other' }
    place(ctx, row, ['fundManagement', i, 'label'], r, col)
    for (const [role, cols] of columns) {
      const c = valueAt(ctx, r, cols, header)
      if (c !== null && c !== col) place(ctx, row, ['fundManagement', i, role], r, c)
    }
    rows.push(row)
  }
  if (rows.length > 0) form.fundManagement = rows
}

/** Title, year, kind, department, project and unit from the lines above the tables. */
function readHeader(ctx: Ctx, to: number, form: Obj) {
  for (let r = 0; r < to; r++) {
    for (let c = 0; c < ctx.sheet.width; c++) {
      const key = ctx.keys[r]?.[c] ?? ''
      if (key === '' || ctx.sheet.anchor(r, c).col !== c || ctx.sheet.anchor(r, c).row !== r)
        continue
      const text = ctx.sheet.text(r, c)
      if (form.title === undefined && /自评表|自评报告|绩效自评/u.test(key)) {
        form.title = text.replace(/[（(]\s*\d{4}\s*年度?\s*[)）]/u, '').trim()
        ctx.cells['/title'] = ctx.sheet.address(r, c)
      }
      const year = /(?:^|[^\d])((?:19|20)\d{2})\s*年度?/u.exec(key)
      if (
        form.fiscalYear === undefined &&
        year !== null &&
        key.length <= 40 &&
        /年度|自评/u.test(key)
      ) {
        form.fiscalYear = Number(year[1])
        ctx.cells['/fiscalYear'] = ctx.sheet.address(r, c)
      }
      const unit = /单位:?(万元|亿元|元)|[([](万元|亿元|元)[)\]]/u.exec(key)
      if (form.unit === undefined && unit !== null) {
        form.unit = unit[1] ?? unit[2]
        ctx.cells['/unit'] = ctx.sheet.address(r, c)
      }
      const label = roleOf(key, HEADER_LABELS)
      if (label === null || label.role === 'unit' || form[label.role] !== undefined) continue
      if (!key.startsWith(label.word.replace(/:$/u, ''))) continue
      const after = text.split(/[:：]/u).slice(1).join(':').trim()
      if (after !== '') {
        form[label.role] = after
        ctx.cells[`/${label.role}`] = ctx.sheet.address(r, c)
      } else {
        const next = textsAfter(ctx, r, c)[0]
        if (next !== undefined) place(ctx, form, [label.role], r, next.col)
      }
    }
  }
}

/**
 * Reads a self-evaluation form from a sheet given as cells (text or numbers, merged ranges, A1
 * addresses), as a spreadsheet or a PDF table extractor gives it. The layout is found by the
 * printed labels (年初预算数, 全年执行数, 执行率, 一级指标, 三级指标, 年度指标值, 实际完成值, 主要任务, 存在问题 …,
 * in simplified or traditional characters), not by fixed coordinates, so a template that moves or
 * adds a column still reads. Returns the form input for {@link evaluate}, the cell each value came
 * from (by JSON Pointer) and findings for what could not be placed. Never throws.
 *
 * @example
 * ```ts
 * import { evaluate, readFormGrid } from '@lw/perf-eval'
 * const grid = {
 *   name: 'Sheet1',
 *   rows: [
 *     ['荔湾区部门整体支出绩效自评表（2021年度）'],
 *     ['部门名称', '广州市荔湾区机关事务管理局', '', '', '单位：万元'],
 *     ['', '资金来源', '年初预算数', '预算调整数', '实际支出数', '预算完成率'],
 *     ['部门资金情况', '合计', '6211.89', '327.17', '5840.18', '89.31%'],
 *   ],
 * }
 * const r = readFormGrid(grid)
 * r.cells['/funding/0/actual'] // 'Sheet1!E4'
 * evaluate(r.form).summary.completionRate // '89.31%'
 * ```
 */
export function readFormGrid(grid: Grid, options: ReadFormGridOptions = {}): GridReading {
  const locale = options.locale === 'en' ? 'en' : 'zh-CN'
  const sheet = toSheet(grid, 'Sheet1')
  const keys: string[][] = []
  for (let r = 0; r < sheet.height; r++) {
    const row: string[] = []
    for (let c = 0; c < sheet.width; c++) {
      const a = sheet.anchor(r, c)
      // A merged range's label is read once, at its own row; below, its cells count as blank.
      row.push(a.row === r || keys[a.row] === undefined ? labelKey(sheet.text(r, c)) : '')
    }
    keys.push(row)
  }
  const ctx: Ctx = { sheet, keys, cells: {}, findings: [], locale }
  if (sheet.cut) {
    ctx.findings.push(
      makeSheetFinding(
        'GRID_TOO_LARGE',
        [],
        { sheet: sheet.name, rows: sheet.height, columns: sheet.width },
        { locale },
      ),
    )
  }
  for (const at of sheet.uncachedFormulas) {
    ctx.findings.push(
      makeSheetFinding(
        'GRID_FORMULA_NO_VALUE',
        [],
        { cell: `${sheet.name}!${columnName(at.col)}${at.row + 1}` },
        { locale },
      ),
    )
  }
  const fundingHeader = findFundingHeader(ctx, 0, sheet.height)
  const indicatorHeader = findIndicatorHeader(ctx, fundingHeader === null ? 0 : fundingHeader + 1)
  if (fundingHeader === null && indicatorHeader === null) {
    ctx.findings.push(makeSheetFinding('GRID_NO_FORM', [], { sheet: sheet.name }, { locale }))
    return { form: null, cells: {}, findings: ctx.findings }
  }
  const form: Obj = {}
  const first = Math.min(fundingHeader ?? sheet.height, indicatorHeader ?? sheet.height)
  readHeader(ctx, first + 1, form)
  if (fundingHeader !== null) {
    reportUnknownLabels(ctx, fundingHeader, FUNDING_LABELS)
    const after = readFunding(ctx, fundingHeader, form)
    readFundManagement(ctx, after, indicatorHeader ?? sheet.height, form)
  }
  if (indicatorHeader !== null) {
    const tableEnd = readIndicators(ctx, indicatorHeader, form)
    readTaskFunds(ctx, indicatorHeader, tableEnd, form)
  }
  for (let r = first + 1; r < sheet.height; r++) {
    const section = sectionOf(ctx, r)
    if (section === null) continue
    if (section.role === 'goal' && form.goal === undefined) readGoal(ctx, r, section.col, form)
    if (section.role === 'problems' && form.problems === undefined) {
      readList(ctx, r, section.col, form, 'problems')
    }
    if (section.role === 'improvements' && form.improvements === undefined) {
      readList(ctx, r, section.col, form, 'improvements')
    }
  }
  const title = typeof form.title === 'string' ? labelKey(form.title) : ''
  form.kind =
    form.tasks !== undefined || title.includes('部门整体') ? 'department-overall' : 'project'
  return { form, cells: ctx.cells, findings: ctx.findings }
}
