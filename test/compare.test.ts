/**
 * Comparing forms across years (issue 15): the seed against a 2022 copy with changed figures and
 * indicators, public forms paired by department and project, and the comparison's tolerance of
 * anything passed as an evaluation.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  compareEvaluations,
  type Evaluation,
  evaluate,
  type FormComparison,
  liwan2021Form,
  OptionError,
  pairEvaluations,
} from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'
import { batch2, toInput2 } from './helpers/public-forms-batch2'

type Json = Record<string, unknown>
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

interface Ind {
  name: string
  target?: string
  actual?: string
  [k: string]: unknown
}
interface Task {
  name: string
  indicators: Ind[]
  [k: string]: unknown
}

/** The seed as it might be filed a year later: more spent, one KPI dropped, one added, one retargeted. */
function liwan2022(): Json {
  const form = clone(liwan2021Form) as unknown as Json & { tasks: Task[]; funding: Json[] }
  form.fiscalYear = 2022
  form.funding = form.funding.map((row) => ({
    source: row.source,
    label: row.label,
    initialBudget: '6500',
    adjustment: '-200',
    actual: '6048',
  }))
  const [t1, t2, t3, t4] = form.tasks as [Task, Task, Task, Task]
  // Dropped: the flower fair's stall rental rate.
  t1.indicators = t1.indicators.filter((i) => i.name !== '花市档位出租率')
  // Retargeted: 垃圾分类率 100% → ≥98% (still met: the actual is 100%).
  const sorting = t2.indicators.find((i) => i.name === '垃圾分类率')
  if (sorting) sorting.target = '≥98%'
  // Status changed: the meeting rooms were finished this year.
  const rooms = t3.indicators.find((i) => i.name === '改造会议室数量')
  if (rooms) rooms.actual = '完成改造2个'
  // New: charging posts.
  t3.indicators.push({ name: '新能源充电桩建设数量', target: '4个', actual: '完成建设4个' })
  // Printed differently, the same indicator and target: numbering, full-width digits, OCR spaces.
  const water = t4.indicators.find((i) => i.name === '水电费缴交完成率')
  if (water) {
    water.name = '指标1：水电费缴交完成率'
    water.target = '１００％'
  }
  const property = t4.indicators.find((i) => i.name === '物业管理服务满意度指标')
  if (property) property.target = '≥ 95 %'
  return form
}

const before = evaluate(liwan2021Form)
const after = evaluate(liwan2022())

describe('compareEvaluations: the seed against a 2022 copy', () => {
  const c = compareEvaluations(before, after)

  it('names both forms', () => {
    expect(c.fiscalYear).toEqual({ before: 2021, after: 2022 })
    expect(c.department).toEqual({
      before: '广州市荔湾区机关事务管理局(部门)',
      after: '广州市荔湾区机关事务管理局(部门)',
    })
    expect(c.kind).toEqual({ before: 'department-overall', after: 'department-overall' })
    expect(c.projectName).toEqual({ before: null, after: null })
    expect(c.title).toBe('广州市荔湾区机关事务管理局(部门)：2021年度 → 2022年度')
    expect(c.unit).toBe('万元')
  })

  it('budget and actual: exact changes, relative change as a signed percent', () => {
    // 6211.89 + 327.17 = 6539.06 → 6500 − 200 = 6300: −239.06 ÷ 6539.06 = −3.6559%
    expect(c.budget).toEqual({
      before: '6539.06',
      after: '6300',
      change: '-239.06',
      ratio: expect.stringMatching(/^-0\.03655877144421369432/u),
      display: '-3.66%',
    })
    // 5840.18 → 6048: +207.82, 207.82 ÷ 5840.18 = 3.55845%
    expect(c.actual.change).toBe('207.82')
    expect(c.actual.display).toBe('3.56%')
    expect(c.actual.ratio?.startsWith('0.035584519655216106352886')).toBe(true)
  })

  it('rates in percentage points, from the unrounded ratios', () => {
    // 5840.18 ÷ 6539.06 = 89.3122…% → 6048 ÷ 6300 = 96% : +6.6878 points
    expect(c.completionRate).toEqual({ before: '89.31%', after: '96.00%', change: '6.69' })
    // 327.17 ÷ 6211.89 = 5.26684% → −200 ÷ 6500 = −3.07692% : −8.34376 points (not −8.35,
    // which the rounded 5.27% and −3.08% would give)
    expect(c.adjustmentRate).toEqual({ before: '5.27%', after: '-3.08%', change: '-8.34' })
    expect(c.score).toEqual({ before: null, after: null, change: null })
    expect(c.grade).toEqual({ before: null, after: null })
  })

  it('status counts of each year and their change', () => {
    expect(c.statusCounts.before).toEqual({
      met: 9,
      'partially-met': 0,
      'not-met': 3,
      'not-carried-out': 7,
      unknown: 2,
    })
    // rooms not-met → met, the new KPI met, a not-carried-out KPI dropped
    expect(c.statusCounts.after).toEqual({
      met: 11,
      'partially-met': 0,
      'not-met': 2,
      'not-carried-out': 6,
      unknown: 2,
    })
    expect(c.statusCounts.change).toEqual({
      met: 2,
      'partially-met': 0,
      'not-met': -1,
      'not-carried-out': -1,
      unknown: 0,
    })
  })

  it('indicators: one appeared, one disappeared, two changed, the rest unchanged', () => {
    const { appeared, disappeared, changed, unchanged } = c.indicators
    expect(appeared).toEqual([
      {
        key: '新能源充电桩建设数量',
        name: '新能源充电桩建设数量',
        task: '任务3',
        level1: 'output',
        level2: null,
        target: { before: null, after: '4个' },
        status: { before: null, after: 'met' },
        changes: [],
      },
    ])
    expect(disappeared).toEqual([
      {
        key: '花市档位出租率',
        name: '花市档位出租率',
        task: '任务1',
        level1: null,
        level2: null,
        target: { before: '100%', after: null },
        status: { before: 'not-carried-out', after: null },
        changes: [],
      },
    ])
    expect(changed.map((x) => [x.name, x.task, x.target, x.status, x.changes])).toEqual([
      [
        '垃圾分类率',
        '任务2',
        { before: '100%', after: '≥98%' },
        { before: 'met', after: 'met' },
        ['target'],
      ],
      [
        '改造会议室数量',
        '任务3',
        { before: '2个', after: '2个' },
        { before: 'not-met', after: 'met' },
        ['status'],
      ],
    ])
    // 21 before: 1 dropped, 2 changed; "指标1：水电费缴交完成率" at "１００％" and "≥ 95 %" are unchanged
    expect(unchanged).toBe(18)
  })

  it('in English, the title only', () => {
    const en = compareEvaluations(before, after, { locale: 'en' })
    expect(en.title).toBe('广州市荔湾区机关事务管理局(部门): FY 2021 → FY 2022')
    expect({ ...en, title: c.title, locale: c.locale }).toEqual(c)
  })

  it('the same form twice: nothing changed', () => {
    const same = compareEvaluations(before, before)
    expect(same.indicators).toEqual({ appeared: [], disappeared: [], changed: [], unchanged: 21 })
    expect(same.actual).toEqual({
      before: '5840.18',
      after: '5840.18',
      change: '0',
      ratio: '0',
      display: '0.00%',
    })
    expect(same.completionRate.change).toBe('0.00')
  })

  it('converts amounts to 万元 when the two forms are in different units', () => {
    const inYuan = clone(liwan2022()) as Json & { funding: Json[] }
    inYuan.unit = '元'
    inYuan.funding = [
      { source: 'total', initialBudget: '65000000', adjustment: '-2000000', actual: '60480000' },
    ]
    const c2 = compareEvaluations(before, evaluate(inYuan))
    expect(c2.unit).toBe('万元')
    expect(c2.budget.after).toBe('6300')
    expect(c2.actual.after).toBe('6048')
    expect(c2.actual.change).toBe('207.82')
  })
})

describe('compareEvaluations: indicators whose names repeat', () => {
  const project = (year: number, rows: readonly Json[]) =>
    evaluate({
      kind: 'project',
      department: '某局',
      projectName: '某项目',
      fiscalYear: year,
      unit: '万元',
      funding: [{ source: 'total', adjustedBudget: '100', actual: '90', weight: '10' }],
      indicators: rows,
    })
  const a = project(2022, [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '1.完成率',
      target: '100%',
      actual: '100%',
      weight: '45',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '2.完成率',
      target: '≥90%',
      actual: '95%',
      weight: '45',
    },
  ])
  const b = project(2023, [
    // Headings printed without 指标, the rows in the other order, the quality target raised.
    {
      level1: '产出',
      level2: '质量',
      name: '（一）完成率',
      target: '≥95%',
      actual: '95%',
      weight: '45',
    },
    {
      level1: '产出',
      level2: '数量',
      name: '（二）完成率',
      target: '100%',
      actual: '100%',
      weight: '45',
    },
  ])

  it('tells them apart by their 二级 heading', () => {
    const c = compareEvaluations(a, b)
    expect(c.indicators.appeared).toEqual([])
    expect(c.indicators.disappeared).toEqual([])
    expect(c.indicators.unchanged).toBe(1)
    expect(c.indicators.changed).toEqual([
      {
        key: '完成率',
        name: '（一）完成率',
        task: null,
        level1: '产出',
        level2: '质量',
        target: { before: '≥90%', after: '≥95%' },
        status: { before: 'met', after: 'met' },
        changes: ['target'],
      },
    ])
    // 90 ÷ 100 both years: 9 of the 10 execution points, every KPI met — 99 both years
    expect(c.completionRate).toEqual({ before: '90.00%', after: '90.00%', change: '0.00' })
    expect(c.score).toEqual({ before: '99.00', after: '99.00', change: '0.00' })
    expect(c.grade).toEqual({ before: '优', after: '优' })
    expect(c.title).toBe('某局 某项目：2022年度 → 2023年度')
  })
})

const without = (o: Json, key: string): Json =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key))

function comparisonAt(pairs: readonly { comparison: FormComparison }[], i: number): FormComparison {
  const pair = pairs[i]
  if (pair === undefined) throw new Error(`no pair ${i}`)
  return pair.comparison
}

/** A public form moved to another year, with changed figures. */
function nextYear(input: Json, year: number, changes: Json = {}): Json {
  const copy = clone(input)
  const old = String(copy.fiscalYear)
  copy.fiscalYear = year
  if (typeof copy.title === 'string') copy.title = copy.title.replaceAll(old, String(year))
  return { ...copy, ...changes }
}

const yinchuan = toInput(publicForms.yinchuan!)
const xuancheng = toInput2(batch2['40']!) as unknown as Json
const ningde = toInput2(batch2['41']!) as unknown as Json
const hexicun = toInput2(batch2['28']!) as unknown as Json

describe('pairEvaluations: public forms', () => {
  const xuancheng2022 = nextYear(xuancheng, 2022, {
    funding: [
      {
        source: 'total',
        label: '年度资金总额',
        initialBudget: '60',
        adjustedBudget: '60',
        actual: '57',
      },
    ],
  })
  const yinchuan2022 = nextYear(yinchuan, 2022, {
    department: '银川市第六中学（主管部门：银川市教育局）',
  })
  const entries = [
    { name: 'xuancheng-2022', evaluation: evaluate(xuancheng2022) },
    { name: 'ningde-2020', evaluation: evaluate(ningde) },
    { name: 'yinchuan-2021', evaluation: evaluate(yinchuan) },
    { name: 'xuancheng-2021', evaluation: evaluate(xuancheng) },
    { name: 'junk', evaluation: evaluate('not a form') },
    { name: 'ningde-2021a', evaluation: evaluate(nextYear(ningde, 2021)) },
    { name: 'yinchuan-2022', evaluation: evaluate(yinchuan2022) },
    { name: 'ningde-2021b', evaluation: evaluate(nextYear(ningde, 2021)) },
    { name: 'hexicun-2023', evaluation: evaluate(hexicun) },
  ]
  const r = pairEvaluations(entries)

  it('pairs consecutive years of a group; a year printed twice and strays stay unpaired', () => {
    expect(r.pairs.map((p) => [p.key, p.before, p.after])).toEqual([
      ['project:宣城市地震局/宣城市地震局防震减灾-防震减灾综合保障', 3, 0],
      ['project:银川市第六中学/银川市本级部门-初中公用经费', 2, 6],
    ])
    expect(r.unpaired).toEqual([1, 4, 5, 7, 8])
  })

  it('compares each pair: 宣城 防震减灾 55 → 60 budget, 100% → 95% completion', () => {
    const c = comparisonAt(r.pairs, 0)
    expect(c.fiscalYear).toEqual({ before: 2021, after: 2022 })
    expect(c.budget).toMatchObject({ before: '55', after: '60', change: '5', display: '9.09%' })
    expect(c.actual).toMatchObject({ before: '55', after: '57', change: '2', display: '3.64%' })
    expect(c.completionRate).toEqual({ before: '100.00%', after: '95.00%', change: '-5.00' })
    // Same indicators both years; the year's own figures changed nothing in them.
    expect(c.indicators.appeared).toEqual([])
    expect(c.indicators.disappeared).toEqual([])
    expect(c.indicators.unchanged).toBe(
      (entries[3]?.evaluation.indicators.length ?? 0) - c.indicators.changed.length,
    )
  })

  it('银川: the department noted differently still groups; the figures are unchanged', () => {
    const c = comparisonAt(r.pairs, 1)
    expect(c.department.after).toBe('银川市第六中学（主管部门：银川市教育局）')
    expect(c.budget).toMatchObject({ before: '64.8', after: '64.8', change: '0' })
    expect(c.completionRate).toEqual({ before: '100.00%', after: '100.00%', change: '0.00' })
    expect(c.score).toEqual({ before: '62.00', after: '62.00', change: '0.00' })
    expect(c.indicators.changed).toEqual([])
  })

  it('chains three years into two pairs, and breaks the chain at a year printed twice', () => {
    const chain = pairEvaluations([
      { evaluation: evaluate(nextYear(ningde, 2021)) },
      { evaluation: evaluate(nextYear(ningde, 2019)) },
      { evaluation: evaluate(ningde) },
    ])
    expect(chain.pairs.map((p) => [p.before, p.after])).toEqual([
      [1, 2],
      [2, 0],
    ])
    expect(chain.pairs[0]?.key).toBe('department-overall:宁德市地震局')
    expect(chain.unpaired).toEqual([])
    const broken = pairEvaluations([
      { evaluation: evaluate(ningde) },
      { evaluation: evaluate(nextYear(ningde, 2021)) },
      { evaluation: evaluate(nextYear(ningde, 2021)) },
      { evaluation: evaluate(nextYear(ningde, 2022)) },
    ])
    expect(broken.pairs).toEqual([])
    expect(broken.unpaired).toEqual([0, 1, 2, 3])
  })

  it('pairs across a missing year (2019 with 2021)', () => {
    const gap = pairEvaluations([
      { evaluation: evaluate(nextYear(ningde, 2021)) },
      { evaluation: evaluate(nextYear(ningde, 2019)) },
    ])
    expect(gap.pairs.map((p) => [p.before, p.after, p.comparison.fiscalYear])).toEqual([
      [1, 0, { before: 2019, after: 2021 }],
    ])
  })

  it('leaves forms without a year or a department unpaired', () => {
    const noYear = without(ningde, 'fiscalYear')
    const noDept = without(ningde, 'department')
    const r2 = pairEvaluations([
      { evaluation: evaluate(noYear) },
      { evaluation: evaluate(ningde) },
      { evaluation: evaluate(noDept) },
      { evaluation: evaluate(nextYear(noDept, 2021)) },
    ])
    expect(r2.pairs).toEqual([])
    expect(r2.unpaired).toEqual([0, 1, 2, 3])
  })

  it('keeps department-overall and project forms of one department apart', () => {
    const asProject = nextYear(ningde, 2021, { kind: 'project', projectName: '地震监测' })
    const r3 = pairEvaluations([
      { evaluation: evaluate(ningde) },
      { evaluation: evaluate(asProject) },
    ])
    expect(r3.pairs).toEqual([])
  })
})

describe('purity and tolerance', () => {
  it('does not modify its inputs', () => {
    const x = deepFreeze(evaluate(liwan2021Form))
    const y = deepFreeze(evaluate(liwan2022()))
    const snapshot = JSON.stringify([x, y])
    const entries = deepFreeze([{ evaluation: y }, { evaluation: x }])
    expect(() => compareEvaluations(x, y)).not.toThrow()
    expect(pairEvaluations(entries).pairs.map((p) => [p.before, p.after])).toEqual([[1, 0]])
    expect(JSON.stringify([x, y])).toBe(snapshot)
  })

  it('reads an evaluation stored as JSON and edited', () => {
    const stored = JSON.parse(JSON.stringify(after)) as Json & { funding: Json[]; summary: Json }
    stored.funding = [{ source: 'total', adjustedBudget: 6300, actual: 'lots' }]
    stored.summary = { ...stored.summary, completionRate: 'NaN%', statusCounts: { met: 'x' } }
    delete stored.indicators
    const c = compareEvaluations(before, stored as unknown as Evaluation)
    expect(c.budget.after).toBe('6300')
    expect(c.actual).toMatchObject({ before: '5840.18', after: null, change: null })
    expect(c.completionRate).toEqual({ before: '89.31%', after: null, change: null })
    expect(c.statusCounts.after).toBeNull()
    expect(c.statusCounts.change).toBeNull()
    expect(c.indicators.disappeared).toHaveLength(21)
  })

  it('compares a not-a-form evaluation as all nulls', () => {
    const c = compareEvaluations(evaluate('not a form'), before)
    expect(c.fiscalYear).toEqual({ before: null, after: 2021 })
    expect(c.budget).toEqual({
      before: null,
      after: '6539.06',
      change: null,
      ratio: null,
      display: null,
    })
    expect(c.indicators.appeared).toHaveLength(21)
  })

  it('throws only on invalid options', () => {
    expect(() => compareEvaluations(before, after, { locale: 'fr' as never })).toThrow(OptionError)
    expect(() => compareEvaluations(before, after, null as never)).toThrow(OptionError)
    expect(() => pairEvaluations([], { locale: 'de' as never })).toThrow(OptionError)
  })

  /** Every figure of a comparison: none may be NaN or Infinity. */
  const figures = (c: FormComparison): unknown[] => [
    ...Object.values(c.budget),
    ...Object.values(c.actual),
    ...Object.values(c.completionRate),
    ...Object.values(c.adjustmentRate),
    ...Object.values(c.score),
  ]
  const bad = (v: unknown) => typeof v === 'string' && /NaN|Infinity/u.test(v)

  it('never throws and never gives NaN on random JSON (property)', () => {
    const leaf = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('NaN', 'Infinity', '1e400', '-0', '89.31%', '%', '', '6539.06', 'total'),
      fc.double(),
    )
    const rateLike = fc.record({ ratio: leaf, display: leaf })
    const evaluationLike = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          summary: fc.record(
            {
              fiscalYear: leaf,
              department: leaf,
              kind: leaf,
              completionRate: leaf,
              score: leaf,
              statusCounts: fc.dictionary(fc.string(), leaf),
            },
            { requiredKeys: [] },
          ),
          funding: fc.array(
            fc.record(
              {
                source: leaf,
                adjustedBudget: leaf,
                initialBudget: leaf,
                adjustment: leaf,
                actual: leaf,
                completionRate: rateLike,
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
          indicators: fc.array(
            fc.record(
              {
                name: leaf,
                task: leaf,
                path: leaf,
                target: fc.record({ raw: leaf }),
                status: leaf,
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
          score: fc.record({ total: leaf }),
          form: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    )
    fc.assert(
      fc.property(evaluationLike, evaluationLike, (x, y) => {
        const c = compareEvaluations(x as unknown as Evaluation, y as unknown as Evaluation)
        expect(figures(c).filter(bad)).toEqual([])
        const pairs = pairEvaluations([
          { evaluation: x as unknown as Evaluation },
          { evaluation: y as unknown as Evaluation },
        ])
        expect(pairs.unpaired.length + 2 * pairs.pairs.length).toBe(2)
      }),
      { numRuns: 300 },
    )
  })

  it('pairs any array of junk without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 6 }), (values) => {
        const r = pairEvaluations(values as never)
        expect(r.pairs.length * 2 + r.unpaired.length).toBe(values.length)
      }),
    )
  })
})
