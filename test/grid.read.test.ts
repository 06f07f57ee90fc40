/**
 * readFormGrid on sheets laid out as real forms print them (test/helpers/grids.ts): the seed's
 * department-overall layout, with and without merged cells and with traditional labels, and a
 * public project form (25, 濉溪 临时救助 2019) in the national layout. Each reading is set against the
 * JSON transcription of the same form, and evaluated.
 */
import { describe, expect, it } from 'vitest'
import liwan from '../examples/liwan-2021.json' with { type: 'json' }
import { sourceOfLabel } from '../src/grid/labels'
import { evaluate, type Finding, OptionError, readFormGrid, renderReport } from '../src/index'
import f25 from './fixtures/public-forms/25-huaibei-suixi-linshijiuzhu-2019.json' with {
  type: 'json',
}
import { liwanGrid, projectGrid } from './helpers/grids'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

const codes = (fs: readonly Finding[]) => fs.map((f) => f.code).sort()

describe('readFormGrid: the seed in its department-overall layout', () => {
  const { form, cells, findings } = readFormGrid(liwanGrid())

  it('reads the header lines, the funding table and the goal as the transcription has them', () => {
    expect(form).toMatchObject({
      kind: 'department-overall',
      title: liwan.title,
      department: liwan.department,
      fiscalYear: 2021,
      unit: '万元',
      funding: liwan.funding.map(
        ({ source, label, initialBudget, adjustment, actual, printed }) => ({
          source,
          label,
          initialBudget,
          adjustment,
          actual,
          printed,
        }),
      ),
      goal: liwan.goal,
    })
    expect(findings).toEqual([])
  })

  it('reads every task with its merged cells and every indicator of it', () => {
    const tasks = (form?.tasks ?? []) as { name: string; funds?: string; indicators: unknown[] }[]
    expect(tasks.map((t) => [t.name, t.funds, t.indicators.length])).toEqual(
      liwan.tasks.map((t) => [t.name, t.funds, t.indicators.length]),
    )
    expect(tasks).toEqual(
      liwan.tasks.map((t) => ({
        name: t.name,
        plannedTarget: t.plannedTarget,
        achievement: t.achievement,
        funds: t.funds,
        indicators: t.indicators.map((i) => ({ ...i })),
      })),
    )
  })

  it('splits 存在问题 and 改进措施 at their printed numbers', () => {
    expect(form?.problems).toEqual(liwan.problems)
    expect(form?.improvements).toEqual(liwan.improvements.map(({ id, text }) => ({ id, text })))
  })

  it('maps each value to the cell it came from, by JSON Pointer', () => {
    expect(cells['/funding/0/initialBudget']).toBe('荔湾区!C5')
    expect(cells['/funding/1/printed/completionRate']).toBe('荔湾区!F6')
    expect(cells['/tasks/0/name']).toBe('荔湾区!A10')
    // A merged cell's value comes from its top-left cell, for every row of the task.
    expect(cells['/tasks/1/funds']).toBe(`荔湾区!H${10 + (liwan.tasks[0]?.indicators.length ?? 0)}`)
    expect(cells['/tasks/2/indicators/1/target']).toMatch(/^荔湾区!F\d+$/)
    expect(cells['/problems/2/text']).toBe(cells['/problems/0/text'])
  })

  it('evaluates to the JSON example: 89.31%, the same statuses and findings', () => {
    const fromGrid = evaluate(form)
    const fromJson = evaluate(liwan)
    expect(fromGrid.summary.completionRate).toBe('89.31%')
    expect(fromGrid.indicators.map((i) => i.status)).toEqual(
      fromJson.indicators.map((i) => i.status),
    )
    // The transcription links each improvement to its problem (`answers`), which the sheet does not print.
    expect(codes(fromGrid.findings)).toEqual(codes(fromJson.findings))
  })

  it('with its cell map, every finding carries the cell to fix, in each report format', () => {
    const e = evaluate(form, { cells })
    const cellOf = (code: string) => e.findings.find((f) => f.code === code)?.cell
    // A whole row points at its name's cell; a value at its own; the form's goal at its text.
    expect(cellOf('BUDGET_COMPLETION_LOW')).toBe('荔湾区!B5')
    expect(cellOf('FORMULA_INVERTED_RATIO')).toBe(cells['/tasks/0/indicators/2/formula'])
    expect(cellOf('EVIDENCE_MISSING')).toBe(cells['/tasks/1/indicators/1/name'])
    expect(e.findings.map((f) => f.cell)).not.toContain(undefined)
    expect(renderReport(e, { format: 'text' })).toContain('荔湾区!B5 · funding[0]')
    expect(renderReport(e, { format: 'markdown' })).toContain('荔湾区!B5 · funding\\[0\\]')
    expect(renderReport(e, { format: 'html' })).toContain('荔湾区!B5 · funding[0]')
    // Without the map nothing changes: no `cell` key at all.
    expect(evaluate(form).findings.some((f) => 'cell' in f)).toBe(false)
  })

  it('a cell map that is not an object of strings is an OptionError', () => {
    for (const bad of [null, [], 'A1', { '/title': 7 }]) {
      expect(() => evaluate(form, { cells: bad as never })).toThrow(OptionError)
    }
  })

  it("reads the same form when the sheet has no merged ranges (values on each block's first row)", () => {
    const plain = readFormGrid(liwanGrid({ merges: false }))
    expect(plain.form?.tasks).toEqual(form?.tasks)
    expect(plain.form?.funding).toEqual(form?.funding)
  })

  it('reads labels printed in traditional characters (資金來源, 預期實現值, 關鍵指標)', () => {
    const trad = readFormGrid(liwanGrid({ traditional: true }))
    expect(trad.form?.tasks).toEqual(form?.tasks)
    expect(trad.form?.funding).toEqual(form?.funding)
  })
})

describe('readFormGrid: a project form in the national layout (25, 濉溪 临时救助 2019)', () => {
  const grid = projectGrid({
    title: '(临时救助)绩效目标自评表',
    year: '2019',
    project: '临时救助',
    department: '[155]濉溪县民政局',
    funding: f25.funding.map((f) => ({
      label: f.source,
      adjustedBudget: f.full_year_budget,
      actual: f.actual,
      weight: f.weight,
      rate: f.reported_execution_rate,
      score: f.score,
    })),
    goal: { planned: f25.overall_goal, achieved: f25.overall_goal_result },
    kpis: f25.kpis.map((k) => ({ ...k, deviation: (k as { deviation?: string }).deviation })),
  })
  const { form, findings } = readFormGrid(grid)

  it('reads the funding rows with their sources, weights, printed rates and scores', () => {
    expect(form).toMatchObject({
      kind: 'project',
      projectName: '临时救助',
      department: '[155]濉溪县民政局',
      fiscalYear: 2019,
      unit: '万元',
    })
    expect(form?.funding).toEqual([
      {
        source: 'total',
        label: '年度资金总额:',
        adjustedBudget: '30',
        actual: '30',
        weight: '10',
        printed: { completionRate: '100%', score: '10' },
      },
      {
        source: 'current-appropriation',
        label: '其中:本年财政拨款',
        adjustedBudget: '30',
        actual: '30',
        weight: '10',
        printed: { completionRate: '100%', score: '10' },
      },
      { source: 'other', label: '其他资金' },
    ])
    expect(form?.goal).toEqual({ planned: f25.overall_goal, achieved: f25.overall_goal_result })
    expect(findings).toEqual([])
  })

  it('reads every KPI row with its 一级/二级 levels carried down their merged cells', () => {
    const inds = (form?.indicators ?? []) as Record<string, unknown>[]
    expect(inds).toHaveLength(f25.kpis.length)
    for (const [i, k] of f25.kpis.entries()) {
      expect(inds[i]).toMatchObject({
        level1: k.level1,
        level2: k.level2,
        name: k.name,
        target: k.target,
      })
    }
  })

  it('evaluates: the execution rate recomputed as 100.00%', () => {
    const e = evaluate(form)
    expect(e.outcome).toBe('evaluated')
    expect(e.summary.completionRate).toBe('100.00%')
    expect(e.indicators).toHaveLength(f25.kpis.length)
  })
})

describe('readFormGrid: what is not a form, and hostile sheets', () => {
  it('a sheet with no form table is GRID_NO_FORM and no form', () => {
    const r = readFormGrid({ name: '说明', rows: [['填表说明'], ['1. 金额单位为万元']] })
    expect(r.form).toBeNull()
    expect(codes(r.findings)).toEqual(['GRID_NO_FORM'])
  })

  it('never throws on junk: null rows, objects, NaN, ragged rows, bad merges', () => {
    const junk = [
      null,
      undefined,
      5,
      'x',
      {},
      { rows: 5 },
      { rows: [null, 7, [NaN, Infinity, {}, []]], merges: ['ZZZZ1', 'A1:', 5] },
    ]
    for (const g of junk) expect(() => readFormGrid(g as never)).not.toThrow()
  })

  it('a formula cell without a cached value is blank with a warning naming the cell', () => {
    const r = readFormGrid({
      name: 'S',
      rows: [
        ['资金来源', '年初预算数', '全年执行数', '执行率'],
        ['合计', '100', '90', { formula: 'C2/B2', value: null }],
      ],
    })
    expect(r.form?.funding).toEqual([
      { source: 'total', label: '合计', initialBudget: '100', actual: '90' },
    ])
    expect(r.findings.map((f) => [f.code, (f.params as Record<string, unknown>).cell])).toEqual([
      ['GRID_FORMULA_NO_VALUE', 'S!D2'],
    ])
  })

  it('a cached formula result and a displayed text are read (the text first)', () => {
    const r = readFormGrid({
      rows: [
        ['资金来源', '年初预算数', '全年执行数', '执行率'],
        ['合计', 100, 90, { formula: 'C2/B2', value: 0.9, text: '90.00%' }],
      ],
    })
    expect(r.form?.funding).toEqual([
      {
        source: 'total',
        label: '合计',
        initialBudget: '100',
        actual: '90',
        printed: { completionRate: '90.00%' },
      },
    ])
  })

  it('a sheet of 10⁶ rows is read up to the limit, with GRID_TOO_LARGE', () => {
    const rows = Array.from({ length: 1_000_000 }, () => ['x'])
    const r = readFormGrid({ rows })
    expect(codes(r.findings)).toEqual(['GRID_NO_FORM', 'GRID_TOO_LARGE'])
  })

  it('an unknown header column is an info finding and is not read', () => {
    const r = readFormGrid({
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标方向', '年度指标值', '实际完成值'],
        ['产出指标', '数量指标', '培训人数', '正向', '≥100人', '120人'],
      ],
    })
    expect(
      r.findings.map((f) => [
        f.code,
        (f.params as Record<string, unknown>).cell,
        (f.params as Record<string, unknown>).label,
      ]),
    ).toEqual([['GRID_LABEL_UNKNOWN', 'Sheet1!D1', '指标方向']])
    expect(r.form?.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '培训人数',
        target: '≥100人',
        actual: '120人',
      },
    ])
  })
})

describe('readFormGrid: other printed layouts', () => {
  it('a target split in 符号 / 值 / 单位 under a two-row header (26, 成安 高龄津贴 2020)', () => {
    const r = readFormGrid({
      name: '自评表',
      rows: [
        ['项目支出绩效自评表(2020年度)'],
        ['项目名称', '19名百岁老人高龄津贴', '', '主管部门', '成安县民政局'],
        ['资金情况(万元)', '', '全年预算数', '全年到位数', '全年执行数', '执行率'],
        ['', '预算数(预算安排情况(调整后))', '6.84', '6.84', '6.84', '100.00'],
        ['', '其中:财政资金', '6.84', '6.84', '6.84', ''],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '指标解释',
          '预期指标值',
          '',
          '',
          '单项指标实际完成值',
          '单项指标完成情况',
          '分值',
          '得分',
          '折算得分',
        ],
        ['', '', '', '', '符号', '值', '单位(文字描述)', '', '', '', '', ''],
        [
          '产出指标',
          '质量指标',
          '符合条件申报对象覆盖率',
          '享受补贴政策人数占符合条件申报对象总数的比例',
          '>=',
          '98',
          '%(百分比)',
          '100%',
          '完成',
          '25.00',
          '25.00',
          '6.25',
        ],
        [
          '',
          '时效指标',
          '完成率',
          '按照要求每月及时完成符合条件对象审批的比例(百分比)',
          '>=',
          '99',
          '%(百分比)',
          '100%',
          '完成',
          '25.00',
          '25.00',
          '6.25',
        ],
      ],
      merges: [
        'A6:A7',
        'B6:B7',
        'C6:C7',
        'D6:D7',
        'E6:G6',
        'H6:H7',
        'I6:I7',
        'J6:J7',
        'K6:K7',
        'L6:L7',
        'A8:A9',
        'A3:A5',
      ],
    })
    expect(r.form?.funding).toEqual([
      {
        source: 'total',
        label: '预算数(预算安排情况(调整后))',
        adjustedBudget: '6.84',
        arrived: '6.84',
        actual: '6.84',
        printed: { completionRate: '100.00' },
      },
      {
        source: 'current-appropriation',
        label: '其中:财政资金',
        adjustedBudget: '6.84',
        arrived: '6.84',
        actual: '6.84',
      },
    ])
    expect(r.form?.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '质量指标',
        name: '符合条件申报对象覆盖率',
        explanation: '享受补贴政策人数占符合条件申报对象总数的比例',
        actual: '100%',
        weight: '25.00',
        printed: { score: '25.00', convertedScore: '6.25', status: '完成' },
        targetParts: { comparator: '>=', value: '98', unit: '%(百分比)' },
      },
      {
        level1: '产出指标',
        level2: '时效指标',
        name: '完成率',
        explanation: '按照要求每月及时完成符合条件对象审批的比例(百分比)',
        actual: '100%',
        weight: '25.00',
        printed: { score: '25.00', convertedScore: '6.25', status: '完成' },
        targetParts: { comparator: '>=', value: '99', unit: '%(百分比)' },
      },
    ])
    expect(r.findings).toEqual([])
    const e = evaluate(r.form)
    expect(e.indicators.map((i) => [i.target.kind, i.status])).toEqual([
      ['quantitative', 'met'],
      ['quantitative', 'met'],
    ])
  })

  it('group points on the 一级 heading become groups; money in 元 from the funding header; columns moved and added', () => {
    const r = readFormGrid({
      rows: [
        ['某项目绩效自评表'],
        [
          '项目资金(元)',
          '',
          '全年执行数',
          '年初预算数',
          '全年预算数',
          '备注',
          '执行率',
          '分值',
          '得分',
        ],
        ['', '年度资金总额', '95000', '100000', '100000', '', '95%', '10', '9.5'],
        ['三级指标', '一级指标', '二级指标', '实际完成值', '年度指标值', '分值', '得分'],
        ['培训人次', '产出指标(50分)', '数量指标', '120人次', '≥100人次', '50', '50'],
        ['满意度', '满意度指标(40分)', '服务对象满意度指标', '96%', '≥90%', '40', '40'],
      ],
    })
    expect(r.form).toMatchObject({ unit: '元', kind: 'project' })
    expect(r.form?.funding).toEqual([
      {
        source: 'total',
        label: '年度资金总额',
        actual: '95000',
        initialBudget: '100000',
        adjustedBudget: '100000',
        weight: '10',
        printed: { completionRate: '95%', score: '9.5' },
      },
    ])
    expect(r.form?.groups).toEqual([
      { level1: '产出指标', weight: '50' },
      { level1: '满意度指标', weight: '40' },
    ])
    const indicators = (r.form?.indicators ?? []) as { level1: string; target: string }[]
    expect(indicators.map((i) => [i.level1, i.target])).toEqual([
      ['产出指标', '≥100人次'],
      ['满意度指标', '≥90%'],
    ])
    expect(r.findings.map((f) => [f.code, (f.params as Record<string, unknown>).label])).toEqual([
      ['GRID_LABEL_UNKNOWN', '备注'],
    ])
    const e = evaluate(r.form)
    expect(e.score?.display).toBe('99.50')
  })
})

describe('readFormGrid: rubric tables and 资金管理情况', () => {
  it('a scoring rubric (47, 寿县 2023): 序号, group points on 一级 and 二级, criterion, no target column', () => {
    const r = readFormGrid({
      rows: [
        ['2023年度部门整体支出绩效评价自评表'],
        [
          '序号',
          '一级指标',
          '二级指标',
          '三级指标',
          '指标分值',
          '指标解释',
          '指标说明及评分标准',
          '自评得分',
        ],
        [
          '1',
          '规划(15分)',
          '基础信息(3分)',
          '基础信息 完整性',
          '3',
          '部门及所属二级单位预算基础信息是否符合相关规定',
          '1、基础数据信息是否真实(1分); 2、基础数据信息是否完整(1分); 3、基础数据信息是否准确(1分)。',
          '3',
        ],
        [
          '2',
          '',
          '工作计划(6分)',
          '年度工作 计划完整性',
          '3',
          '部门及所属二级单位年度工作计划制定是否完整可行。',
          '年度工作计划是否完整可行(3分)',
          '3',
        ],
        [
          '3',
          '',
          '',
          '年度工作 计划明确性',
          '3',
          '部门及所属二级单位年度工作计划制定是否明确可操作。',
          '年度工作计划是否明确可操作(3分)',
          '2',
        ],
      ],
      merges: ['B3:B5', 'C4:C5'],
    })
    expect(r.findings).toEqual([])
    expect(r.form).toMatchObject({ kind: 'department-overall', fiscalYear: 2023 })
    expect(r.form?.groups).toEqual([
      { level1: '规划', weight: '15' },
      { level1: '规划', level2: '基础信息', weight: '3' },
      { level1: '规划', level2: '工作计划', weight: '6' },
    ])
    expect(r.form?.indicators).toEqual([
      expect.objectContaining({
        id: '1',
        kind: 'rubric',
        name: '基础信息 完整性',
        level1: '规划',
        level2: '基础信息',
        weight: '3',
        printed: { score: '3' },
      }),
      expect.objectContaining({
        id: '2',
        kind: 'rubric',
        level2: '工作计划',
        criterion: '年度工作计划是否完整可行(3分)',
      }),
      expect.objectContaining({
        id: '3',
        kind: 'rubric',
        level1: '规划',
        level2: '工作计划',
        printed: { score: '2' },
      }),
    ])
    const e = evaluate(r.form)
    expect(e.findings.map((f) => f.code)).not.toContain('TARGET_MISSING')
    expect(e.score?.items.map((i) => i.score)).toEqual(['3', '3', '2'])
  })

  it('资金管理情况 of a transfer-payment form (43, 朝天区 2023): one aspect per row, as printed', () => {
    const r = readFormGrid({
      rows: [
        ['中央对地方转移支付项目绩效自评表(2023年度)'],
        ['项目名称', '广元市朝天区全民健身中心项目'],
        ['资金投入情况(万元)', '', '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
        ['', '年度资金总额:', '2000', '1157.97', '57.89%'],
        ['', '其中:中央财政资金', '2000', '1157.9', '57.89%'],
        ['资金管理情况', '', '情况说明', '', '存在问题和改进措施'],
        ['分配科学性', '', '资金分配科学合理'],
        ['执行准确性', '', '不存在执行数偏离预算数较多的问题'],
        ['预算绩效管理情况', '', '开展绩效监控和绩效评价'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '全年实际完成值'],
        ['产出指标', '数量指标', '新建全民健身中心数量', '1', '建设中'],
      ],
      merges: ['A3:A5', 'A6:B6', 'C6:D6', 'A7:B7', 'C7:D7', 'A8:B8', 'C8:D8', 'A9:B9', 'C9:D9'],
    })
    expect(r.findings).toEqual([])
    expect(r.form?.funding).toEqual([
      {
        source: 'total',
        label: '年度资金总额:',
        adjustedBudget: '2000',
        actual: '1157.97',
        printed: { completionRate: '57.89%' },
      },
      {
        source: 'transfer',
        label: '其中:中央财政资金',
        adjustedBudget: '2000',
        actual: '1157.9',
        printed: { completionRate: '57.89%' },
      },
    ])
    expect(r.form?.fundManagement).toEqual([
      { aspect: 'allocation', label: '分配科学性', description: '资金分配科学合理' },
      { aspect: 'accuracy', label: '执行准确性', description: '不存在执行数偏离预算数较多的问题' },
      { aspect: 'other', label: '预算绩效管理情况', description: '开展绩效监控和绩效评价' },
    ])
    expect(r.form?.indicators).toEqual([
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '新建全民健身中心数量',
        target: '1',
        actual: '建设中',
      },
    ])
    expect(evaluate(r.form).summary.completionRate).toBe('57.90%')
  })
})

describe('sourceOfLabel: every funding row label of the 31 public forms', () => {
  // The label words were gathered from these forms, so this guards the lexicon against regressions;
  // the layouts above and the made-up labels below test it beyond them.
  const forms = [
    ...Object.values(batch2).map((f) => toInput2(f)),
    ...Object.values(publicForms).map((f) => toInput(f)),
  ] as { funding?: { source: string; label?: string }[] }[]
  const rows = forms.flatMap((f) => f.funding ?? []).filter((r) => r.label !== undefined)

  it("names the source the transcriptions give (a transcriber's note is not a label)", () => {
    const differ = rows.filter((r) => sourceOfLabel(r.label ?? '') !== r.source).map((r) => r.label)
    expect(rows.length).toBeGreaterThan(90)
    expect(differ).toEqual(['(列归属不确定;推断为 本级/合计)'])
  })

  it.each([
    ['资金总额合计', 'total'],
    ['其中：省级财政资金', 'transfer'],
    ['其中:县本级配套资金', 'other'],
    ['上年结转结余资金', 'carry-over'],
    ['政府性基金预算拨款', 'government-fund-budget'],
    ['事业单位经营收入', 'unit-funds'],
    ['國有資本經營預算', 'state-capital-budget'],
    ['其中:中央補助資金', 'transfer'],
  ])('made-up label %s → %s', (label, source) => {
    expect(sourceOfLabel(label)).toBe(source)
  })
})
