import { type Finding, formatPath, type Severity } from '../findings/index'
import { formatPercent } from '../rates/index'
import type { ScoreTrace } from '../score/index'
import { type BuildContext, countsText, percentText, statusCell } from './context'
import { kindLabel, ruleLabel } from './labels'
import {
  anchorOf,
  GOAL_ANCHOR,
  knownAnchors,
  OVERVIEW_ANCHOR,
  placeName,
  rowAnchor,
  SCORE_ANCHOR,
} from './locate'
import type { Block, Cell, Column, Link, Row } from './model'

interface Field {
  readonly label: string
  readonly value: Cell
}

/** The head of the report: who, which year, the headline figures and the count of findings. */
export function overviewBlocks(ctx: BuildContext): Block[] {
  const { evaluation, form, locale } = ctx
  const s = evaluation.summary
  const rows: Field[] = []
  const add = (label: string, text: string | null | undefined) => {
    if (text !== null && text !== undefined && text.trim() !== '')
      rows.push({ label, value: { text } })
  }
  add(ctx.l('department'), form?.department ?? s.department)
  add(ctx.l('projectName'), form?.projectName)
  add(ctx.l('locality'), form?.locality)
  const year = form?.fiscalYear ?? s.fiscalYear
  add(ctx.l('fiscalYear'), year === null ? null : String(year))
  add(ctx.l('unit'), form?.unit)
  const kind = form?.kind ?? s.kind
  add(ctx.l('kind'), kind === null ? null : kindLabel(locale, kind))
  add(ctx.l('evaluationDate'), form?.evaluationDate)
  add(ctx.l('scheme'), evaluation.scheme.name)
  if (evaluation.outcome === 'evaluated') {
    add(ctx.l('completionRate'), s.completionRate ?? '—')
    add(ctx.l('adjustmentRate'), s.adjustmentRate ?? '—')
    add(
      ctx.l('indicators'),
      s.indicators === 0
        ? '0'
        : ctx.l('paren', { text: s.indicators, inner: countsText(locale, s.statusCounts) }),
    )
    if (s.score !== null) add(ctx.l('scoreGrade'), `${s.score} / ${s.grade ?? '—'}`)
  }
  add(
    ctx.l('findingCounts'),
    `${ctx.l('errors')} ${s.errors} · ${ctx.l('warnings')} ${s.warnings} · ${ctx.l('infos')} ${s.infos}`,
  )
  const links = ctx.findingsByRow.get(OVERVIEW_ANCHOR) ?? []
  if (links.length > 0) rows.push({ label: ctx.l('notes'), value: { text: '', links } })
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: ctx.l('overview'), id: OVERVIEW_ANCHOR },
  ]
  if (evaluation.outcome !== 'evaluated')
    blocks.push({ kind: 'paragraph', text: ctx.l('invalidNotice'), mark: 'error' })
  blocks.push({ kind: 'fields', rows })
  return blocks
}

/** 年度目标: planned and achieved, as printed. */
export function goalBlocks(ctx: BuildContext): Block[] {
  const goal = ctx.form?.goal
  if (goal === undefined) return []
  const links = ctx.findingsByRow.get(GOAL_ANCHOR) ?? []
  return [
    { kind: 'heading', level: 2, text: ctx.l('goal'), id: GOAL_ANCHOR },
    {
      kind: 'fields',
      long: true,
      rows: [
        { label: ctx.l('goalPlanned'), value: { text: goal.planned ?? '—' } },
        { label: ctx.l('goalAchieved'), value: { text: goal.achieved ?? '—', links } },
      ],
    },
  ]
}

/** 存在问题 and 改进措施, each improvement linked to the problems it answers and back. */
export function problemBlocks(ctx: BuildContext): Block[] {
  const form = ctx.form
  if (form === null || (form.problems.length === 0 && form.improvements.length === 0)) return []
  const problemIndex = new Map(form.problems.map((p, i) => [p.id, i]))
  const answeredBy = new Map<number, Link[]>()
  const improvements = form.improvements.map((imp, k) => {
    const anchor = anchorOf(['improvements', k])
    const answers: Link[] = []
    for (const id of imp.answers ?? []) {
      const p = problemIndex.get(id)
      if (p === undefined) continue
      answers.push({ text: `→ ${ctx.l('problemRef', { id })}`, target: anchorOf(['problems', p]) })
      const back = answeredBy.get(p) ?? []
      back.push({ text: `→ ${ctx.l('improvementList')} ${imp.id}`, target: anchor })
      answeredBy.set(p, back)
    }
    return {
      id: anchor,
      marker: `${imp.id}.`,
      cell: { text: imp.text, links: [...answers, ...(ctx.findingsByRow.get(anchor) ?? [])] },
    }
  })
  const problems = form.problems.map((p, i) => {
    const anchor = anchorOf(['problems', i])
    return {
      id: anchor,
      marker: `${p.id}.`,
      cell: {
        text: p.text,
        links: [...(answeredBy.get(i) ?? []), ...(ctx.findingsByRow.get(anchor) ?? [])],
      },
    }
  })
  const none = [{ marker: '-', cell: { text: ctx.l('none') } }]
  return [
    { kind: 'heading', level: 2, text: ctx.l('problems'), id: 'problems' },
    { kind: 'heading', level: 3, text: ctx.l('problemList') },
    { kind: 'list', items: problems.length > 0 ? problems : none },
    { kind: 'heading', level: 3, text: ctx.l('improvementList') },
    { kind: 'list', items: improvements.length > 0 ? improvements : none },
  ]
}

function printedScoreAt(ctx: BuildContext, path: readonly (string | number)[]): string | undefined {
  const form = ctx.form
  const [head, a, , b] = path
  if (form === null || typeof a !== 'number') return undefined
  if (head === 'funding') return form.funding[a]?.printed?.score
  if (head === 'indicators') return form.indicators[a]?.printed?.score
  if (head === 'tasks' && typeof b === 'number') return form.tasks[a]?.indicators[b]?.printed?.score
  return undefined
}

/** How a score came about, in a few words: the ratio, the band, whether it was capped. */
function working(ctx: BuildContext, t: ScoreTrace): string {
  const parts: string[] = []
  if (t.ratio !== null) parts.push(`${t.weight ?? '—'} × ${percentText(t.ratio)}`)
  if (t.band !== null) {
    const p = (x: string) => formatPercent(x, { decimals: 0 }) ?? x
    parts.push(`[${p(t.band.low)}, ${p(t.band.high)}] → ${p(t.band.point)}`)
  }
  if (t.capped) parts.push(ctx.l('capped'))
  return parts.length === 0 ? '—' : parts.join('；')
}

/** The total, the grade and every item's trace, when the form is scored. */
export function scoreBlocks(ctx: BuildContext): Block[] {
  const score = ctx.evaluation.score
  if (score === null) return []
  const printed = ctx.form?.printed
  const rows: Field[] = [
    {
      label: ctx.l('totalScore'),
      value: {
        text: score.display,
        ...(printed?.totalScore !== undefined
          ? { note: ctx.l('printedValue', { value: printed.totalScore }) }
          : {}),
      },
    },
    {
      label: ctx.l('grade'),
      value: {
        text: score.grade ?? '—',
        ...(printed?.grade !== undefined
          ? { note: ctx.l('printedValue', { value: printed.grade }) }
          : {}),
      },
    },
    { label: ctx.l('scheme'), value: { text: ctx.evaluation.scheme.name } },
  ]
  if (score.rescale !== null) {
    rows.push({
      label: ctx.l('rescale'),
      value: { text: ctx.l('rescaleNote', { factor: score.rescale }) },
    })
  }
  const remarks = [
    ...(score.complete ? [] : [ctx.l('incomplete')]),
    ...(score.weightsSpread ? [ctx.l('weightsSpread')] : []),
  ]
  if (remarks.length > 0)
    rows.push({ label: ctx.l('notes'), value: { text: remarks.join('；'), mark: 'warning' } })
  const links = ctx.findingsByRow.get(SCORE_ANCHOR) ?? []
  if (links.length > 0) rows.push({ label: ctx.l('findings'), value: { text: '', links } })

  const known = knownAnchors(ctx.form, true)
  const columns: Column[] = [
    { label: ctx.l('item'), width: 20 },
    { label: ctx.l('weight'), width: 6, align: 'right', compact: true },
    { label: ctx.l('rule'), width: 12 },
    { label: ctx.l('status'), width: 10 },
    { label: ctx.l('detail'), width: 16 },
    { label: ctx.l('score'), width: 7, align: 'right', compact: true },
    { label: ctx.l('printedScore'), width: 7, align: 'right', compact: true },
  ]
  const items: Row[] = score.items.map((item) => ({
    cells: [
      { text: item.item, target: rowAnchor(item.path, known) },
      { text: item.weight ?? '—' },
      { text: ruleLabel(ctx.locale, item.rule) },
      item.status === null ? { text: '—' } : statusCell(ctx.locale, item.status),
      { text: working(ctx, item) },
      { text: item.display ?? '—' },
      { text: printedScoreAt(ctx, item.path) ?? '—' },
    ],
  }))
  return [
    { kind: 'heading', level: 2, text: ctx.l('scoreSection'), id: SCORE_ANCHOR },
    { kind: 'fields', rows },
    { kind: 'table', columns, rows: items },
  ]
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
const SEVERITY_LABEL = { error: 'errors', warning: 'warnings', info: 'infos' } as const

/** The findings, grouped by severity, each pointing at its row by name and path. */
export function findingBlocks(ctx: BuildContext): Block[] {
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: ctx.l('paren', { text: ctx.l('findings'), inner: ctx.findings.length }),
      id: 'findings',
    },
  ]
  if (ctx.findings.length === 0) {
    blocks.push({ kind: 'paragraph', text: ctx.l('noFindings') })
    return blocks
  }
  if (ctx.evaluation.outcome === 'evaluated')
    blocks.push({ kind: 'paragraph', text: ctx.l('refLegend') })
  const columns: Column[] = [
    { label: ctx.l('findingNo'), width: 5, compact: true },
    { label: ctx.l('code'), width: 17, compact: true, code: true },
    { label: ctx.l('message'), width: 46 },
    { label: ctx.l('where'), width: 22 },
  ]
  for (const severity of SEVERITIES) {
    const list = ctx.findings.filter((f) => f.severity === severity)
    if (list.length === 0) continue
    blocks.push({
      kind: 'heading',
      level: 3,
      text: ctx.l('paren', { text: ctx.l(SEVERITY_LABEL[severity]), inner: list.length }),
    })
    const rows: Row[] = list.map((f) => ({
      id: f.anchor,
      cells: [
        { text: f.number, mark: severity },
        { text: f.finding.code },
        { text: f.finding.message },
        {
          text: placeName(f.finding.path, ctx.form, ctx.locale),
          note: noteOf(f.finding),
          target: f.row,
        },
      ],
    }))
    blocks.push({ kind: 'table', columns, rows })
  }
  return blocks
}

/** The small print under a finding's place: the sheet cell to fix when known, then the path. */
function noteOf(finding: Finding & { readonly cell?: unknown }): string | undefined {
  const path = finding.path.length === 0 ? undefined : formatPath(finding.path)
  const cell = typeof finding.cell === 'string' ? finding.cell : undefined
  if (cell === undefined) return path
  return path === undefined ? cell : `${cell} · ${path}`
}
