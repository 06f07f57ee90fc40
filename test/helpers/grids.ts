/**
 * Sheets laid out as the real forms are printed, for the grid reader's tests. Each builder places
 * a transcription's values in the printed layout of its template — title lines, the funding table,
 * the goal, the indicator table with its merged cells — the way a department's Excel file holds
 * them. The layout is written here by hand from the printed forms; the reader must find it by its
 * labels.
 */
import liwan from '../../examples/liwan-2021.json' with { type: 'json' }
import type { Grid, GridValue } from '../../src/index'

type Row = GridValue[]

/** A1 name of a 0-based column. */
const col = (c: number) => String.fromCharCode(65 + c)
const range = (r0: number, c0: number, r1: number, c1: number) =>
  `${col(c0)}${r0 + 1}:${col(c1)}${r1 + 1}`

interface LiwanIndicator {
  name: string
  formula?: string
  target?: string
  actual?: string
}
interface LiwanTask {
  name: string
  plannedTarget?: string
  achievement?: string
  funds?: string
  indicators: LiwanIndicator[]
}

/**
 * The seed (广州 荔湾 2021) in its department-overall layout: 8 columns, the task columns merged
 * down each task's rows, header labels wrapped as the printed form wraps them.
 */
export function liwanGrid(options: { merges?: boolean; traditional?: boolean } = {}): Grid {
  const rows: Row[] = []
  const merges: string[] = []
  const t = (s: string) => (options.traditional ? toTraditional(s) : s)
  const [total, gpb] = liwan.funding
  rows.push([liwan.title], ['(2021年度)'])
  merges.push(range(0, 0, 0, 7), range(1, 0, 1, 7))
  rows.push([`部门名称:${liwan.department}`, '', '', '', '', '单位: 万 元'])
  merges.push(range(2, 0, 2, 4))
  rows.push([
    '',
    t('资金来源'),
    t('整体支出 年初预算 数'),
    t('整体支出预 算调整数'),
    t('整体年度实际 支出数'),
    t('预算完成率'),
    t('预算调整率'),
  ])
  for (const f of [total, gpb]) {
    if (f === undefined) continue
    rows.push([
      rows.length === 4 ? t('部门资金 情况') : '',
      f.label,
      f.initialBudget,
      f.adjustment,
      f.actual,
      f.printed.completionRate,
      f.printed.adjustmentRate,
    ])
  }
  merges.push(range(4, 0, 5, 0))
  rows.push(['', t('部门整体支出的预期目标'), '', '', t('部门整体支出的目标完成情况')])
  merges.push(range(6, 1, 6, 3), range(6, 4, 6, 7))
  rows.push([t('年度目标'), liwan.goal.planned, '', '', liwan.goal.achieved])
  merges.push(range(7, 1, 7, 3), range(7, 4, 7, 7))
  rows.push([
    t('主要任务'),
    t('年初预期 目标'),
    t('目标完成情况'),
    t('关键指标'),
    t('计算公式或指 标内容'),
    t('预期实现 值'),
    t('指标完成情况'),
    t('任务涉 及资金'),
  ])
  for (const task of liwan.tasks as LiwanTask[]) {
    const first = rows.length
    for (const [i, ind] of task.indicators.entries()) {
      // The task's cells hold their value on its first row (the top-left of a merged range).
      const keep = (v: string | undefined) => (i === 0 ? (v ?? '') : '')
      rows.push([
        keep(task.name),
        keep(task.plannedTarget),
        keep(task.achievement),
        ind.name,
        ind.formula ?? '',
        ind.target ?? '',
        ind.actual ?? '',
        keep(task.funds),
      ])
    }
    const last = rows.length - 1
    if (options.merges !== false && last > first) {
      for (const c of [0, 1, 2, 7]) merges.push(range(first, c, last, c))
    }
  }
  const joined = (items: { id: string; text: string }[]) =>
    items.map((p) => `${p.id}、${p.text}`).join('')
  rows.push([t('存在问题'), joined(liwan.problems)])
  merges.push(range(rows.length - 1, 1, rows.length - 1, 7))
  rows.push([t('改进措施'), joined(liwan.improvements)])
  merges.push(range(rows.length - 1, 1, rows.length - 1, 7))
  return { name: '荔湾区', rows, merges: options.merges === false ? [] : merges }
}

/** Traditional forms of the label characters the builders use (產出指標, 預算, 資金 …). */
const TRADITIONAL: Readonly<Record<string, string>> = {
  资: '資',
  来: '來',
  预: '預',
  调: '調',
  数: '數',
  际: '際',
  实: '實',
  务: '務',
  标: '標',
  况: '況',
  关: '關',
  键: '鍵',
  计: '計',
  现: '現',
  题: '題',
  进: '進',
  门: '門',
  体: '體',
  问: '問',
  项: '項',
  级: '級',
  产: '產',
  质: '質',
  执: '執',
  总: '總',
  额: '額',
  财: '財',
  拨: '撥',
  结: '結',
  转: '轉',
}

function toTraditional(s: string): string {
  return Array.from(s, (c) => TRADITIONAL[c] ?? c).join('')
}

/** A row of the national project layout (财预〔2020〕10号): 一级 / 二级 / 三级 / 分值 / 年度指标值 / 实际 / 得分 / 偏差. */
export interface ProjectKpi {
  level1: string
  level2: string
  name: string
  weight?: string | undefined
  target?: string | undefined
  actual?: string | undefined
  score?: string | undefined
  deviation?: string | undefined
}

/** A project form in the national layout, with the 一级 and 二级 cells merged down their groups. */
export function projectGrid(form: {
  title: string
  year: string
  project: string
  department: string
  funding: {
    label: string
    adjustedBudget?: string | undefined
    actual?: string | undefined
    weight?: string | undefined
    rate?: string | undefined
    score?: string | undefined
  }[]
  goal: { planned: string; achieved: string }
  kpis: ProjectKpi[]
  unitInHeader?: string
  traditional?: boolean
}): Grid {
  const t = (s: string) => (form.traditional ? toTraditional(s) : s)
  const rows: Row[] = []
  const merges: string[] = []
  rows.push([form.title], [`(${form.year}年度)`])
  rows.push([t('项目名称'), form.project], [t('主管部门'), form.department])
  rows.push([
    t(`资金情况(${form.unitInHeader ?? '万元'})`),
    '',
    t('全年预算数(A)'),
    t('全年执行数(B)'),
    t('分值'),
    t('执行率(B/A)'),
    t('得分'),
  ])
  const top = rows.length
  for (const f of form.funding) {
    rows.push([
      '',
      f.label,
      f.adjustedBudget ?? '',
      f.actual ?? '',
      f.weight ?? '',
      f.rate ?? '',
      f.score ?? '',
    ])
  }
  merges.push(range(top - 1, 0, rows.length - 1, 0))
  rows.push([t('年度总体目标'), t('年初设定目标'), '', '', t('年度总体目标完成情况综述')])
  rows.push(['', form.goal.planned, '', '', form.goal.achieved])
  merges.push(
    range(rows.length - 2, 0, rows.length - 1, 0),
    range(rows.length - 1, 1, rows.length - 1, 3),
    range(rows.length - 1, 4, rows.length - 1, 7),
  )
  rows.push([
    t('绩效指标'),
    t('一级指标'),
    t('二级指标'),
    t('三级指标'),
    t('分值'),
    t('年度指标值'),
    t('全年实际值'),
    t('得分'),
    t('未完成原因及拟采取的改进措施'),
  ])
  const header = rows.length - 1
  let l1Start = header + 1
  let l2Start = header + 1
  for (const [i, k] of form.kpis.entries()) {
    const prev = form.kpis[i - 1]
    const newL1 = prev?.level1 !== k.level1
    const newL2 = newL1 || prev.level2 !== k.level2
    const r = rows.length
    if (newL1 && r > l1Start) merges.push(range(l1Start, 1, r - 1, 1))
    if (newL2 && r > l2Start) merges.push(range(l2Start, 2, r - 1, 2))
    if (newL1) l1Start = r
    if (newL2) l2Start = r
    rows.push([
      '',
      newL1 ? t(k.level1) : '',
      newL2 ? t(k.level2) : '',
      k.name,
      k.weight ?? '',
      k.target ?? '',
      k.actual ?? '',
      k.score ?? '',
      k.deviation ?? '',
    ])
  }
  merges.push(range(l1Start, 1, rows.length - 1, 1), range(l2Start, 2, rows.length - 1, 2))
  merges.push(range(header, 0, rows.length - 1, 0))
  rows.push([t('总分'), '', '', '', '100'])
  return { name: 'Sheet1', rows, merges }
}
