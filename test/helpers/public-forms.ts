/**
 * Maps the public-form transcriptions in test/fixtures/public-forms/ (their own format: every
 * number a string as printed) into the library's input format. Nothing is corrected here: printed
 * figures stay as printed, so the library's checks meet the forms' real mistakes.
 */
import chizhou from '../fixtures/public-forms/01-chizhou-tangxi-weituo-2022.json'
import hengshan from '../fixtures/public-forms/05-hengyang-hengshan-chubeiliang-2020.json'
import luan from '../fixtures/public-forms/10-luan-jinzhai-chagu-meili-dept-2023.json'
import yinchuan from '../fixtures/public-forms/12-yinchuan-liuzhong-gongyong-2021.json'
import lincang from '../fixtures/public-forms/20-lincang-linxiang-maluken-shourongsuo-2023.json'
import beijing from '../fixtures/public-forms/22-beijing-haidian-xueyuanlu-baojie-2016.json'

/** A funding row of a transcription, every figure as printed. */
export interface PublicFunding {
  source: string
  initial_budget?: string
  adjustment?: string
  full_year_budget?: string
  actual?: string
  weight?: string
  reported_execution_rate?: string
  reported_adjustment_rate?: string
  score?: string
}

interface PublicKpi {
  level1?: string
  level2?: string
  name: string
  formula?: string
  target?: string
  actual?: string
  weight?: string
  score?: string
  deviation_reason?: string
}

export interface PublicForm {
  source_url: string
  title: string
  locality: string
  department: string
  year: number
  unit: string
  form_kind: string
  excerpt_truncated?: boolean
  funding: PublicFunding[]
  overall_goal?: string
  overall_goal_result?: string
  kpis: PublicKpi[]
  total_score?: string
  notes: string
}

/** The transcriptions, by a short name. */
export const publicForms: Readonly<Record<string, PublicForm>> = {
  chizhou,
  hengshan,
  luan,
  yinchuan,
  lincang,
  beijing,
}

const TRUNCATED = '[摘录在此截断]'

/** Which funding source a printed row label names. */
export function sourceOf(label: string): string {
  if (/合计|资金总额/.test(label)) return 'total'
  if (label.includes('上年结转')) return 'carry-over'
  if (label.includes('其他资金')) return 'other'
  if (label.includes('补助')) return 'transfer'
  if (/财政拨款|一般公共预算拨款/.test(label)) return 'current-appropriation'
  if (label.includes('一般公共预算')) return 'general-public-budget'
  return 'other'
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/**
 * One transcription in the library's input format. Rows the excerpt cuts off (their name ends in
 * "[摘录在此截断]" and they carry no figures) are left out.
 */
export function toInput(form: PublicForm): Record<string, unknown> {
  // 银川's four-part template scores budget execution as a KPI row "预算执行率" under 项目管理;
  // in the library's model that weight and score belong to the funding row that speaks for the form.
  const execution = form.kpis.find((k) => k.name === '预算执行率' && k.weight !== undefined)
  const first = form.funding[0]
  const funding =
    execution && first && first.weight === undefined
      ? [{ ...first, weight: execution.weight, score: execution.score }, ...form.funding.slice(1)]
      : form.funding
  const kpis = funding === form.funding ? form.kpis : form.kpis.filter((k) => k !== execution)
  return defined({
    kind: form.form_kind,
    title: form.title,
    department: form.department,
    locality: form.locality,
    fiscalYear: form.year,
    unit: form.unit,
    funding: funding.map((row) =>
      defined({
        source: sourceOf(row.source),
        label: row.source,
        initialBudget: row.initial_budget,
        adjustment: row.adjustment,
        adjustedBudget: row.full_year_budget,
        actual: row.actual,
        weight: row.weight,
        printed:
          row.reported_execution_rate === undefined &&
          row.score === undefined &&
          row.reported_adjustment_rate === undefined
            ? undefined
            : defined({
                completionRate: row.reported_execution_rate,
                adjustmentRate: row.reported_adjustment_rate,
                score: row.score,
              }),
      }),
    ),
    goal: defined({ planned: form.overall_goal, achieved: form.overall_goal_result }),
    indicators: kpis
      .filter((k) => !k.name.includes(TRUNCATED))
      .map((k) =>
        defined({
          level1: k.level1,
          level2: k.level2,
          name: k.name,
          formula: k.formula,
          target: k.target,
          actual: k.actual,
          weight: k.weight,
          deviationReason: k.deviation_reason,
          printed: k.score === undefined ? undefined : { score: k.score },
        }),
      ),
    printed: form.total_score === undefined ? undefined : { totalScore: form.total_score },
    source: { url: form.source_url, notes: [form.notes] },
  })
}
