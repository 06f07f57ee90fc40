import { describe, expect, it } from 'vitest'
import { type AssessableIndicator, type AssessmentStatus, assessIndicator } from '../src/index'
import chizhou from './fixtures/public-forms/01-chizhou-tangxi-weituo-2022.json'
import hengshan from './fixtures/public-forms/05-hengyang-hengshan-chubeiliang-2020.json'
import luan from './fixtures/public-forms/10-luan-jinzhai-chagu-meili-dept-2023.json'
import yinchuan from './fixtures/public-forms/12-yinchuan-liuzhong-gongyong-2021.json'
import lincang from './fixtures/public-forms/20-lincang-linxiang-maluken-shourongsuo-2023.json'
import beijing from './fixtures/public-forms/22-beijing-haidian-xueyuanlu-baojie-2016.json'

interface Kpi {
  readonly level1?: string
  readonly level2?: string
  readonly name: string
  readonly target?: string
  readonly actual?: string
  readonly deviation_reason?: string
}

const FORMS: Readonly<Record<string, { readonly year: number; readonly kpis: readonly Kpi[] }>> = {
  chizhou,
  hengshan,
  luan,
  yinchuan,
  lincang,
  beijing,
}

function indicator(k: Kpi): AssessableIndicator {
  return {
    name: k.name,
    ...(k.level1 !== undefined ? { level1: k.level1 } : {}),
    ...(k.level2 !== undefined ? { level2: k.level2 } : {}),
    ...(k.target !== undefined ? { target: k.target } : {}),
    ...(k.actual !== undefined ? { actual: k.actual } : {}),
    ...(k.deviation_reason !== undefined ? { deviationReason: k.deviation_reason } : {}),
  }
}

function assess(form: string, index: number) {
  const f = FORMS[form]
  const k = f?.kpis[index]
  if (f === undefined || k === undefined) throw new Error(`no KPI ${form}[${index}]`)
  return assessIndicator(indicator(k), { path: ['kpis', index], fiscalYear: f.year })
}

interface Row {
  readonly form: string
  readonly index: number
  readonly name: string
  readonly status: AssessmentStatus
  readonly ratio?: string | null
  readonly findings?: readonly string[]
}

/** Every KPI row of the public forms, with the status a careful reader gives it. */
const ROWS: readonly Row[] = [
  { form: 'chizhou', index: 0, name: '基建工程委托业务项目数量', status: 'met', ratio: '1' },
  { form: 'chizhou', index: 1, name: '委托业务报告合格率', status: 'met', ratio: '1' },
  { form: 'chizhou', index: 2, name: '经费支出合规性', status: 'met', ratio: null },
  { form: 'chizhou', index: 3, name: '提交报告及时性', status: 'met', ratio: null },
  { form: 'chizhou', index: 4, name: '项目总成本', status: 'met', ratio: '1' },
  { form: 'chizhou', index: 5, name: '单项业务成本', status: 'met' },
  { form: 'chizhou', index: 6, name: '对维护基建市场公平的影响程度', status: 'met' },
  { form: 'chizhou', index: 7, name: '对控制基建项目成本影响程度', status: 'met' },
  {
    form: 'chizhou',
    index: 8,
    name: '对推动基建项目“四项制度”健全和落实的持续性影响',
    status: 'met',
  },
  {
    form: 'chizhou',
    index: 9,
    name: '公众满[摘录在此截断]',
    status: 'unknown',
    findings: ['TARGET_MISSING', 'INDICATOR_ACTUAL_MISSING'],
  },
  ...[0, 1, 2, 3, 5, 6, 7, 8, 9, 11, 12].map(
    (index): Row => ({
      form: 'hengshan',
      index,
      name: hengshan.kpis[index]?.name ?? '',
      status: 'met',
      ratio: '1',
    }),
  ),
  { form: 'hengshan', index: 4, name: '县级储备粮库存粮食明显变质比例', status: 'met', ratio: '1' },
  { form: 'hengshan', index: 10, name: '政策性挂账利息补贴保障率', status: 'unknown', ratio: null },
  { form: 'hengshan', index: 13, name: '粮食储备设备维护及安全性', status: 'met' },
  {
    form: 'hengshan',
    index: 14,
    name: '因粮食市场波动引起的粮食安全事件发生数',
    status: 'met',
    ratio: '1',
  },
  {
    form: 'hengshan',
    index: 15,
    name: '市民满意度调查',
    status: 'unknown',
    ratio: null,
    findings: ['TARGET_OCR_SUSPECT'],
  },
  {
    form: 'luan',
    index: 0,
    name: '指标1:开展精品示范村建设数量',
    status: 'met',
    ratio: '1',
    findings: ['TARGET_COMPARATOR_UNUSUAL'],
  },
  { form: 'luan', index: 1, name: '指标2:建设美丽宜居自然村庄数量', status: 'met', ratio: '1.01' },
  {
    form: 'luan',
    index: 2,
    name: '指标3:完成农村户用卫生厕所改造数量',
    status: 'met',
    ratio: '1.5305',
    findings: ['INDICATOR_OVER_TARGET'],
  },
  { form: 'luan', index: 3, name: '指标4:新建省级中心村数量', status: 'met', ratio: '1' },
  { form: 'luan', index: 4, name: '指标1:美丽宜居自然村庄验收通过率', status: 'met' },
  { form: 'luan', index: 5, name: '指标2:户用卫生厕所改造验收通过率', status: 'met' },
  {
    form: 'luan',
    index: 6,
    name: '指标1:完成美丽宜居自然村庄验收时间',
    status: 'met',
    ratio: null,
  },
  {
    form: 'luan',
    index: 7,
    name: '指标2:完成户用卫生厕所改造验收时间',
    status: 'met',
    ratio: null,
  },
  {
    form: 'luan',
    index: 8,
    name: '指标1:[摘录在此截断]',
    status: 'unknown',
    findings: ['TARGET_MISSING', 'INDICATOR_ACTUAL_MISSING'],
  },
  ...[0, 1, 4, 5, 6, 7].map(
    (index): Row => ({
      form: 'yinchuan',
      index,
      name: yinchuan.kpis[index]?.name ?? '',
      status: 'unknown',
      ratio: null,
    }),
  ),
  { form: 'yinchuan', index: 2, name: '可行性', status: 'unknown', findings: ['TARGET_MISSING'] },
  { form: 'yinchuan', index: 3, name: '适当性', status: 'unknown', findings: ['TARGET_MISSING'] },
  { form: 'yinchuan', index: 8, name: '保障人数', status: 'met', ratio: '1' },
  { form: 'yinchuan', index: 9, name: '公用经费标准', status: 'met' },
  { form: 'yinchuan', index: 10, name: '公用经费完成时间', status: 'met' },
  { form: 'yinchuan', index: 11, name: '办公所需成本', status: 'met', ratio: '1' },
  { form: 'yinchuan', index: 12, name: '维修(维护)所需成本', status: 'met', ratio: '1' },
  {
    form: 'yinchuan',
    index: 13,
    name: '绿化、水电费等成本',
    status: 'unknown',
    findings: ['TARGET_UNPARSEABLE'],
  },
  { form: 'yinchuan', index: 14, name: '效果显著', status: 'met' },
  { form: 'yinchuan', index: 15, name: '使学生和老师行个更好的学习和工作环境,做到', status: 'met' },
  {
    form: 'yinchuan',
    index: 16,
    name: '学生和老[摘录在此截断]',
    status: 'unknown',
    findings: ['TARGET_MISSING', 'INDICATOR_ACTUAL_MISSING'],
  },
  { form: 'lincang', index: 0, name: '野生动物收容所', status: 'met', ratio: '1.0223' },
  { form: 'lincang', index: 1, name: '钢结构圈养围栏', status: 'met', ratio: '1.0125' },
  { form: 'lincang', index: 2, name: '项目完工时限', status: 'met', ratio: null },
  { form: 'lincang', index: 3, name: '项目竣工验收率', status: 'met', ratio: '1' },
  { form: 'lincang', index: 4, name: '务工人员年人均增收', status: 'met', ratio: '1' },
  { form: 'lincang', index: 5, name: '提供务工岗位', status: 'met', ratio: '1' },
  { form: 'lincang', index: 6, name: '项目建成后可持续影响年限', status: 'met', ratio: '1' },
  {
    form: 'lincang',
    index: 7,
    name: '受益农户满意度[摘录在此截断]',
    status: 'unknown',
    findings: ['TARGET_MISSING', 'INDICATOR_ACTUAL_MISSING'],
  },
  {
    form: 'beijing',
    index: 0,
    name: '是否完成绩效目标申报表中申报的数量',
    status: 'unknown',
    findings: ['TARGET_MISSING', 'INDICATOR_ACTUAL_MISSING'],
  },
  {
    form: 'beijing',
    index: 1,
    name: '是否达到国[摘录在此截断]',
    status: 'unknown',
    findings: ['TARGET_MISSING', 'INDICATOR_ACTUAL_MISSING'],
  },
]

describe('assessIndicator on the public forms', () => {
  it('covers every KPI row of every form', () => {
    const all = Object.entries(FORMS).flatMap(([form, f]) => f.kpis.map((_, i) => `${form}[${i}]`))
    expect(ROWS.map((r) => `${r.form}[${r.index}]`).sort()).toEqual(all.sort())
  })

  it.each(ROWS.map((r) => [`${r.form}: ${r.name}`, r] as const))('%s', (_label, row) => {
    expect(FORMS[row.form]?.kpis[row.index]?.name).toBe(row.name)
    const a = assess(row.form, row.index)
    expect(a.status).toBe(row.status)
    if (row.ratio !== undefined) expect(a.ratio).toBe(row.ratio)
    expect(a.findings.map((f) => f.code)).toEqual(row.findings ?? [])
    for (const f of a.findings) expect(f.path.slice(0, 2)).toEqual(['kpis', row.index])
  })
})

describe('the cases a reviewer looks at', () => {
  it('Luan "≤4" with actual 4 is met, and the upper bound on a quantity is noted', () => {
    const a = assess('luan', 0)
    expect(a).toMatchObject({
      status: 'met',
      ratio: '1',
      direction: 'lower',
      actualSource: 'value',
    })
    expect(a.findings[0]).toMatchObject({
      code: 'TARGET_COMPARATOR_UNUSUAL',
      severity: 'info',
      path: ['kpis', 0, 'target'],
    })
  })

  it('Luan deadlines "9月前" vs "7月" and "11月前" vs "10月" are met', () => {
    expect(assess('luan', 6)).toMatchObject({
      direction: 'deadline',
      actual: { date: { month: 7 } },
      target: { kind: 'deadline', month: 9 },
    })
    expect(assess('luan', 7).reasons[0]).toMatchObject({
      code: 'deadline',
      message: '完成时间 10月，期限 11月',
    })
  })

  it('Luan 3061 of ≥2000 is over target for review', () => {
    const [f] = assess('luan', 2).findings
    expect(f).toMatchObject({ code: 'INDICATOR_OVER_TARGET', path: ['kpis', 2] })
    expect(f?.params).toMatchObject({ ratio: '153.05%', threshold: '120.00%' })
  })

  it('Lincang ≥200平方米 vs 204.46平方米 is met at 1.0223', () => {
    expect(assess('lincang', 0)).toMatchObject({
      status: 'met',
      ratio: '1.0223',
      actual: { value: '204.46', unit: 'm²' },
      actualSource: 'value',
    })
  })

  it('Lincang deadline "2023年12月" vs "2023年10月" is met', () => {
    expect(assess('lincang', 2)).toMatchObject({
      status: 'met',
      actual: { date: { year: 2023, month: 10 } },
    })
  })

  it('Chizhou "≥100百分比" vs "100" and "≤90万元" vs "90" take the bare actual in the target unit', () => {
    expect(assess('chizhou', 1)).toMatchObject({
      status: 'met',
      actual: { value: '100', unit: '%' },
    })
    expect(assess('chizhou', 4)).toMatchObject({
      status: 'met',
      direction: 'lower',
      actual: { value: '90', unit: '万元' },
    })
  })

  it('Chizhou qualitative "效果明显" vs "达成预期指标" is met by FASP2 label words', () => {
    const a = assess('chizhou', 6)
    expect(a).toMatchObject({ status: 'met', direction: 'qualitative', actualSource: 'text' })
    expect(a.reasons[0]).toMatchObject({ code: 'words-met', words: '达成预期' })
  })

  it('Hengshan "无" actual with a reason is unknown, without a missing-actual finding', () => {
    const a = assess('hengshan', 10)
    expect(a).toMatchObject({ status: 'unknown', actualSource: 'none' })
    expect(a.reasons[0]).toMatchObject({ code: 'actual-placeholder', words: '无' })
    expect(a.findings).toEqual([])
    const bare = assessIndicator({ name: '政策性挂账利息补贴保障率', target: '100%', actual: '无' })
    expect(bare.findings.map((f) => f.code)).toEqual(['INDICATOR_ACTUAL_MISSING'])
  })

  it('Hengshan "290%" is not judged against 100%: probably "≥90%", left to a person', () => {
    const a = assess('hengshan', 15)
    expect(a.reasons[0]).toMatchObject({ code: 'target-suspect', params: { reading: '≥90%' } })
  })

  it('Yinchuan "M.8万元" gives TARGET_UNPARSEABLE at its path', () => {
    expect(assess('yinchuan', 13).findings[0]).toMatchObject({
      code: 'TARGET_UNPARSEABLE',
      path: ['kpis', 13, 'target'],
    })
  })

  it('Yinchuan 15万元 for 办公所需成本 is a cost ceiling, met by 15万元', () => {
    expect(assess('yinchuan', 11)).toMatchObject({
      status: 'met',
      direction: 'lower',
      target: { comparator: '<=', comparatorInferred: true, inferredFrom: 'lower-is-better-name' },
    })
  })
})
