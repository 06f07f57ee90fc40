import { emptyStatusCounts } from '../assess/statuses'
import type { AssessmentStatus } from '../assess/types'
import type { EvaluatedIndicator } from '../evaluate/types'
import type { Indicator } from '../schema/index'
import {
  amountText,
  type BuildContext,
  countsText,
  notesCell,
  percentText,
  statusCell,
} from './context'
import { categoryLabel, ruleLabel, STATUS_ORDER, statusLabel } from './labels'
import { anchorOf } from './locate'
import type { Block, Cell, Column, Row, StatusBar } from './model'

/** The indicator of the form a path points at. */
function formIndicator(
  ctx: BuildContext,
  path: readonly (string | number)[],
): Indicator | undefined {
  const form = ctx.form
  if (form === null) return undefined
  const [head, a, , b] = path
  if (head === 'tasks' && typeof a === 'number' && typeof b === 'number') {
    return form.tasks[a]?.indicators[b]
  }
  if (head === 'indicators' && typeof a === 'number') return form.indicators[a]
  return undefined
}

function actualCell(ctx: BuildContext, ind: Indicator | undefined): Cell {
  const structured =
    ind?.actualValue === undefined ? undefined : `${ind.actualValue}${ind.actualUnit ?? ''}`
  const text = ind?.actual ?? structured ?? '—'
  const reason = ind?.deviationReason
  return reason === undefined || reason.trim() === ''
    ? { text }
    : { text, note: `${ctx.l('fieldDeviation')}${reason}` }
}

function formulaCell(ctx: BuildContext, ev: EvaluatedIndicator, ind: Indicator | undefined): Cell {
  const raw = ind?.formula?.trim() ?? ''
  if (ev.formula === 'formula' && ev.formulaDescription !== null)
    return { text: ev.formulaDescription }
  if (ev.formula === 'invalid') {
    return { text: raw, badge: { text: ctx.l('formulaInvalid'), mark: 'warning' } }
  }
  return { text: raw === '' ? '—' : raw }
}

function scoreCell(ctx: BuildContext, ev: EvaluatedIndicator, ind: Indicator | undefined): Cell {
  const s = ev.score
  const printed = ind?.printed?.score
  const note = printed === undefined ? undefined : ctx.l('printedValue', { value: printed })
  if (s === null) return { text: ev.weight === null ? '—' : `—/${ev.weight}`, note }
  const text =
    s.display === null
      ? ruleLabel(ctx.locale, s.rule)
      : `${s.display}/${s.weight ?? ev.weight ?? '—'}`
  return { text, note }
}

function hasScores(ctx: BuildContext, list: readonly EvaluatedIndicator[]): boolean {
  return (
    ctx.evaluation.score !== null &&
    list.some(
      (i) =>
        i.score !== null || i.weight !== null || formIndicator(ctx, i.path)?.printed !== undefined,
    )
  )
}

/** The indicator table; `level2` adds the 二级指标 column, blank where it repeats. */
function indicatorTable(
  ctx: BuildContext,
  list: readonly EvaluatedIndicator[],
  options: { level2: boolean },
): Block {
  const scored = hasScores(ctx, list)
  const columns: Column[] = [
    ...(options.level2 ? [{ label: ctx.l('level2'), width: 8 }] : []),
    { label: ctx.l('indicator'), width: 14 },
    { label: ctx.l('target'), width: 8 },
    { label: ctx.l('indicatorActual'), width: 20 },
    { label: ctx.l('status'), width: 14 },
    { label: ctx.l('ratio'), width: 8, align: 'right', compact: true },
    { label: ctx.l('formula'), width: 16 },
    ...(scored
      ? [{ label: ctx.l('scoreOfWeight'), width: 8, align: 'right' as const, compact: true }]
      : []),
    { label: ctx.l('notes'), width: 6, compact: true },
  ]
  let previousLevel2: string | null = null
  const rows: Row[] = list.map((ev) => {
    const ind = formIndicator(ctx, ev.path)
    const anchor = anchorOf(ev.path)
    const level2 = ind?.level2?.trim() ?? ''
    const level2Cell: Cell = { text: level2 === previousLevel2 ? '' : level2 }
    previousLevel2 = level2
    return {
      id: anchor,
      cells: [
        ...(options.level2 ? [level2Cell] : []),
        { text: ev.name },
        { text: ind?.target?.trim() === undefined || ind.target.trim() === '' ? '—' : ind.target },
        actualCell(ctx, ind),
        statusCell(ctx.locale, ev.status, ev.reasons.join(ctx.locale === 'en' ? '; ' : '；')),
        { text: percentText(ev.ratio) },
        formulaCell(ctx, ev, ind),
        ...(scored ? [scoreCell(ctx, ev, ind)] : []),
        notesCell(ctx, anchor),
      ],
    }
  })
  return { kind: 'table', columns, rows }
}

/** The 一级 group of a top-level indicator: as printed, else the inferred category, marked. */
function groupOf(ctx: BuildContext, ev: EvaluatedIndicator): string {
  const printed = formIndicator(ctx, ev.path)?.level1?.trim()
  if (printed !== undefined && printed !== '') return printed
  const inferred = ev.category === null ? null : categoryLabel(ctx.locale, ev.category)
  if (inferred === null) return ctx.l('unclassified')
  return `${inferred}${ctx.l('inferred')}`
}

/** Top-level indicators grouped by 一级指标, in the order the groups first appear. */
function topLevelGroups(ctx: BuildContext): [string, EvaluatedIndicator[]][] {
  const groups = new Map<string, EvaluatedIndicator[]>()
  for (const ev of ctx.evaluation.indicators) {
    if (ev.task !== null) continue
    const key = groupOf(ctx, ev)
    const list = groups.get(key) ?? []
    list.push(ev)
    groups.set(key, list)
  }
  return [...groups]
}

/** The status overview: a chart (HTML) and a table of counts per task or group. */
export function statusBlocks(ctx: BuildContext): Block[] {
  const { evaluation } = ctx
  if (evaluation.indicators.length === 0) return []
  const bars: StatusBar[] = evaluation.tasks.map((task) => ({
    label: task.name,
    counts: task.statusCounts,
  }))
  for (const [group, list] of topLevelGroups(ctx)) {
    const counts = emptyStatusCounts()
    for (const ev of list) counts[ev.status] += 1
    bars.push({ label: group, counts })
  }
  const columns: Column[] = [
    { label: ctx.l('group'), width: 20 },
    { label: ctx.l('indicators'), width: 6, align: 'right', compact: true },
    ...STATUS_ORDER.map((s) => ({
      label: statusLabel(ctx.locale, s),
      width: 6,
      align: 'right' as const,
      compact: true,
    })),
  ]
  const total = evaluation.summary.statusCounts
  const totalCount = STATUS_ORDER.reduce((n, s) => n + total[s], 0)
  const row = (
    name: string,
    counts: Readonly<Record<AssessmentStatus, number>>,
    n: number,
  ): Row => ({
    cells: [
      { text: name },
      { text: String(n) },
      ...STATUS_ORDER.map((s) => ({ text: String(counts[s]) })),
    ],
  })
  const rows = bars.map((b) =>
    row(
      b.label,
      b.counts,
      STATUS_ORDER.reduce((n, s) => n + b.counts[s], 0),
    ),
  )
  rows.push(row(ctx.l('total'), total, totalCount))
  return [
    { kind: 'heading', level: 2, text: ctx.l('statusOverview'), id: 'status' },
    {
      kind: 'status-chart',
      title: evaluation.tasks.length > 0 ? ctx.l('chartStatus') : ctx.l('chartStatusGroups'),
      description: ctx.l('chartStatusDesc'),
      bars,
    },
    { kind: 'table', columns, rows },
  ]
}

/** Each task: its planned target and achievement, funds, and its indicators. */
export function taskBlocks(ctx: BuildContext): Block[] {
  const { evaluation, form } = ctx
  if (evaluation.tasks.length === 0) return []
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: ctx.l('tasks'), id: 'tasks' }]
  evaluation.tasks.forEach((task, t) => {
    const formTask = form?.tasks[t]
    const anchor = anchorOf(task.path)
    blocks.push({ kind: 'heading', level: 3, text: task.name, id: anchor })
    const narrative = [
      { label: ctx.l('plannedTarget'), value: { text: formTask?.plannedTarget ?? '—' } },
      { label: ctx.l('achievement'), value: { text: formTask?.achievement ?? '—' } },
    ]
    blocks.push({ kind: 'fields', rows: narrative, long: true })
    const funds =
      task.funds === null
        ? '—'
        : task.fundsShare === null
          ? amountText(task.funds)
          : ctx.l('fundsShare', { funds: amountText(task.funds), share: task.fundsShare })
    const links = ctx.findingsByRow.get(anchor) ?? []
    blocks.push({
      kind: 'fields',
      rows: [
        { label: ctx.l('taskFunds'), value: { text: funds } },
        {
          label: ctx.l('indicatorStatus'),
          value: { text: countsText(ctx.locale, task.statusCounts) },
        },
        ...(links.length > 0 ? [{ label: ctx.l('notes'), value: { text: '', links } }] : []),
      ],
    })
    const list = evaluation.indicators.filter((i) => i.task === t)
    blocks.push(
      list.length === 0
        ? { kind: 'paragraph', text: ctx.l('noIndicators') }
        : indicatorTable(ctx, list, { level2: false }),
    )
  })
  return blocks
}

/** Indicators outside tasks (project forms), grouped by 一级 then 二级指标. */
export function topLevelBlocks(ctx: BuildContext): Block[] {
  const groups = topLevelGroups(ctx)
  if (groups.length === 0) return []
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: ctx.l('topIndicators'), id: 'indicators' },
  ]
  for (const [group, list] of groups) {
    blocks.push({ kind: 'heading', level: 3, text: group })
    const level2 = list.some((ev) => (formIndicator(ctx, ev.path)?.level2 ?? '').trim() !== '')
    blocks.push(indicatorTable(ctx, list, { level2 }))
  }
  return blocks
}
