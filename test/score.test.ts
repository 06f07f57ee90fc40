import { describe, expect, it } from 'vitest'
import {
  assessIndicator,
  evaluate,
  executionScore,
  gradeFor,
  liwan2021Form,
  type ScoringScheme,
  ScoringSchemeSchema,
  schemes,
  scoreForm,
  scoreIndicator,
} from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'

const mof = schemes['mof-2020-project']
const hubei = schemes['hubei-department']
const score = (indicator: Parameters<typeof assessIndicator>[0], weight: string, scheme = mof) =>
  scoreIndicator(assessIndicator(indicator, { reverseRule: scheme.reverseRule }), weight, scheme)

describe('schemes', () => {
  it('are valid data with their sources', () => {
    for (const scheme of Object.values(schemes)) {
      expect(ScoringSchemeSchema.safeParse(scheme).success).toBe(true)
      expect(scheme.source.length).toBeGreaterThan(40)
    }
  })

  it('hold the national and the 湖北 numbers', () => {
    expect(mof.groupWeights).toEqual({
      budgetExecution: '10',
      output: '50',
      effect: '30',
      satisfaction: '10',
    })
    expect(mof.qualitativeBands['partially-met']).toMatchObject({ low: '0.6', high: '0.8' })
    expect(hubei.groupWeights?.budgetExecution).toBe('20')
    expect(hubei.qualitativeBands['partially-met'].low).toBe('0.5')
    expect(schemes['liwan-2021-department'].scoring).toBe(false)
  })

  it('refuses a scheme supplied as JSON with a bad threshold, naming where', () => {
    const bad = { ...mof, thresholds: { ...mof.thresholds, completionFloor: '90%' } }
    expect(ScoringSchemeSchema.safeParse(bad).success).toBe(false)
    const form = {
      kind: 'project',
      department: '某局',
      fiscalYear: 2022,
      unit: '万元',
      funding: [{ source: 'total', adjustedBudget: '10', actual: '10' }],
    }
    expect(() => evaluate(form, { scheme: bad })).toThrow(
      expect.objectContaining({
        name: 'OptionError',
        option: 'scheme',
        message: expect.stringContaining('(at thresholds.completionFloor:'),
      }),
    )
  })

  it('accepts a province scheme supplied as JSON (优 from 80)', () => {
    const shanxi: ScoringScheme = JSON.parse(
      JSON.stringify({
        ...mof,
        id: 'shanxi-fasp2',
        grades: [
          { grade: '优', min: '80' },
          { grade: '良', min: '70' },
          { grade: '中', min: '60' },
          { grade: '差', min: '0' },
        ],
      }),
    )
    expect(gradeFor('85', shanxi)).toBe('优')
    expect(gradeFor('85', mof)).toBe('良')
  })
})

describe('scoreIndicator under 财预〔2020〕10号', () => {
  it('gives full weight when met, and caps over-achievement at the weight (临沧 204.46 ≥ 200)', () => {
    const t = score({ name: '野生动物收容所', target: '≥200平方米', actual: '204.46平方米' }, '10')
    expect(t).toMatchObject({ rule: 'full-when-met', score: '10', display: '10.00' })
  })

  it('scores higher-is-better short of target as weight × actual/target', () => {
    const t = score({ name: '保障人数', target: '2370人', actual: '2000人' }, '10')
    expect(t.rule).toBe('proportional')
    expect(t.score?.startsWith('8.438818565')).toBe(true)
    expect(t.display).toBe('8.44')
  })

  it('scores lower-is-better above target by the chosen reverse rule', () => {
    const linear = score({ name: '项目总成本', target: '≤90万元', actual: '99万元' }, '10')
    expect(linear).toMatchObject({ rule: 'reverse', score: '9' }) // (2×90 − 99)/90 = 0.9
    const inverse = score({ name: '项目总成本', target: '≤90万元', actual: '99万元' }, '10', {
      ...mof,
      reverseRule: 'target-over-actual',
    })
    expect(inverse.display).toBe('9.09') // 90/99
    const doubled = score({ name: '项目总成本', target: '≤90万元', actual: '180万元' }, '10')
    expect(doubled.score).toBe('0')
  })

  it('gives a zero target ("0起") all or nothing', () => {
    expect(score({ name: '花市安全事故数', target: '0起', actual: '0起' }, '5').score).toBe('5')
    expect(score({ name: '花市安全事故数', target: '0起', actual: '1起' }, '5').score).toBe('0')
  })

  it('scores a qualitative judgement at its band point', () => {
    const met = score(
      { name: '对控制基建项目成本影响程度', target: '效果明显', actual: '达成预期指标' },
      '10',
    )
    expect(met).toMatchObject({
      rule: 'qualitative-band',
      score: '10',
      band: { low: '0.8', high: '1' },
    })
    const partial = score({ name: '社会效益', target: '效果明显', actual: '部分达成' }, '10')
    expect(partial.status).toBe('partially-met')
    expect(partial.score).toBe('6')
    expect(
      score({ name: '社会效益', target: '效果明显', actual: '部分达成' }, '10', hubei).score,
    ).toBe('5')
  })

  it('invents no score: no weight, or an unknown status', () => {
    expect(
      score({ name: '保障人数', target: '2370人', actual: '2370人' }, undefined as never).rule,
    ).toBe('unscorable')
    expect(
      score({ name: '法律顾问参与工作率', target: '100%', actual: '参与工作率达' }, '5'),
    ).toMatchObject({
      rule: 'unscorable',
      score: null,
    })
  })

  it('excludes a not-carried-out indicator, or scores it zero when the scheme says so', () => {
    const cancelled = {
      name: '花市档位出租率',
      target: '100%',
      actual: '受新冠疫情影响,该项工作未开展。',
    }
    expect(score(cancelled, '10')).toMatchObject({ rule: 'excluded', score: null })
    expect(score(cancelled, '10', { ...mof, notCarriedOut: 'zero' })).toMatchObject({ score: '0' })
  })
})

describe('executionScore and gradeFor', () => {
  it('scores budget execution as weight × rate, capped (金寨 102.59% → 10, 临沧 97.81% → 9.78)', () => {
    expect(executionScore('1.025896837189556', '10', mof)).toMatchObject({
      score: '10',
      capped: true,
    })
    expect(executionScore('0.978086419753086', '10', mof).display).toBe('9.78')
    expect(executionScore(null, '10', mof).rule).toBe('unscorable')
    expect(
      executionScore('1.025896837189556', '10', { ...mof, capExecutionScore: false }).display,
    ).toBe('10.26')
  })

  it('grades on the exact total with inclusive lower bounds', () => {
    expect(gradeFor('90', mof)).toBe('优')
    expect(gradeFor('89.995', mof)).toBe('良')
    expect(gradeFor('80', mof)).toBe('良')
    expect(gradeFor('60', mof)).toBe('中')
    expect(gradeFor('59.99', mof)).toBe('差')
  })
})

describe('scoring a whole form', () => {
  const form = {
    kind: 'project',
    department: '临沧市临翔区林业和草原局',
    fiscalYear: 2023,
    unit: '万元',
    funding: [{ source: 'total', adjustedBudget: '32.4', actual: '31.69', weight: '10' }],
    indicators: [
      {
        name: '野生动物收容所',
        level1: '产出指标',
        target: '≥200平方米',
        actual: '204.46平方米',
        weight: '40',
      },
      {
        name: '提供务工岗位',
        level1: '效益指标',
        target: '≥5个',
        actual: '4个',
        weight: '40',
        deviationReason: '1人离岗',
      },
      {
        name: '受益农户满意度',
        level1: '满意度指标',
        target: '≥90%',
        actual: '受新冠疫情影响未开展',
        weight: '10',
      },
    ],
  }

  it('adds the items, rescales over what was carried out, and grades', () => {
    const e = evaluate(form)
    // 9.7808… + 40 + 40 × 4/5 = 81.7808…, over 90 of 100 points → × 100/90 = 90.867…
    expect(e.score?.items.map((i) => [i.item, i.rule, i.display])).toEqual([
      ['预算执行', 'execution', '9.78'],
      ['野生动物收容所', 'full-when-met', '40.00'],
      ['提供务工岗位', 'proportional', '32.00'],
      ['受益农户满意度', 'excluded', null],
    ])
    expect(e.score?.rescale?.startsWith('1.1111')).toBe(true)
    expect(e.score?.display).toBe('90.87')
    expect(e.score?.grade).toBe('优')
    expect(e.summary.grade).toBe('优')
  })

  it('spreads group weights only when the scheme says so, and says it did', () => {
    const unweighted = {
      ...form,
      indicators: form.indicators.map((i) => ({ ...i, weight: undefined })),
    }
    expect(evaluate(unweighted).score?.weightsSpread ?? false).toBe(false)
    const e = evaluate(unweighted, { scheme: { ...mof, spreadWeights: 'equal-within-group' } })
    expect(e.score?.weightsSpread).toBe(true)
    expect(e.score?.items.map((i) => i.weight)).toEqual(['10', '50', '30', '10'])
  })
})

describe('scoreForm(form, scheme)', () => {
  it('scores the 临沧 2023 form: 9.78 for execution, full marks on its met indicators', () => {
    const s = scoreForm(toInput(publicForms.lincang!))
    expect(s?.items.map((i) => [i.item, i.rule, i.display])).toEqual([
      ['年度资金总额', 'execution', '9.78'],
      ['野生动物收容所', 'full-when-met', '10.00'],
      ['钢结构圈养围栏', 'full-when-met', '10.00'],
      ['项目完工时限', 'full-when-met', '15.00'],
      ['项目竣工验收率', 'full-when-met', '15.00'],
      ['务工人员年人均增收', 'full-when-met', '10.00'],
      ['提供务工岗位', 'full-when-met', '10.00'],
      ['项目建成后可持续影响年限', 'full-when-met', '10.00'],
    ])
    // 89.78 of the 90 points the excerpt shows (its 满意度 row is cut off): a total out of 90 is
    // not graded on bands made for 100 (良 would call a near-full score second-best).
    expect(s?.display).toBe('89.78')
    expect(s?.grade).toBeNull()
  })

  it('scores the same form under 湖北 weights only where the form gives none', () => {
    expect(scoreForm(toInput(publicForms.lincang!), 'hubei-department')?.display).toBe('89.78')
  })

  it('invents no score for the unweighted Liwan form, and none under a non-scoring scheme', () => {
    expect(scoreForm(liwan2021Form)).toBeNull()
    expect(scoreForm(toInput(publicForms.lincang!), 'liwan-2021-department')).toBeNull()
    expect(scoreForm('not a form')).toBeNull()
  })
})

describe('the execution item on a 其中 row', () => {
  it('is scored from the row that prints the 分值 when the total row prints none (临沧 2023 layout)', () => {
    const e = evaluate({
      kind: 'project',
      department: '临沧市临翔区林业和草原局',
      fiscalYear: 2023,
      unit: '万元',
      funding: [
        { source: 'total', adjustedBudget: '32.4', actual: '31.69' },
        {
          source: 'current-appropriation',
          label: '其中:当年财政拨款',
          adjustedBudget: '32.4',
          actual: '31.69',
          weight: '10',
          printed: { score: '9.78' },
        },
      ],
      indicators: [
        {
          name: '钢结构圈养围栏',
          level1: '产出指标',
          target: '≥120米',
          actual: '121.5米',
          weight: '90',
        },
      ],
    })
    const item = e.score?.items[0]
    expect(item).toMatchObject({ rule: 'execution', path: ['funding', 1], display: '9.78' })
    expect(e.score?.display).toBe('99.78')
    expect(e.findings.map((f) => f.code)).not.toContain('WEIGHTS_NOT_100')
  })
})

describe('score audit: a convention explains a printed score only when it gives exactly that figure', () => {
  // 2 of ≥7 is 2/7 of 10 points = 2.857…: truncated to one decimal it is 2.8, never 2.7.
  const form = (printed: string) => ({
    kind: 'project',
    department: '某县某局',
    fiscalYear: 2023,
    unit: '万元',
    funding: [{ source: 'total', adjustedBudget: '100', actual: '100', weight: '10' }],
    indicators: [
      {
        name: '培训场次',
        target: '≥7场',
        actual: '2场',
        weight: '10',
        deviationReason: '疫情',
        printed: { score: printed },
      },
      { name: '提供务工岗位', target: '≥5个', actual: '5个', weight: '80' },
    ],
  })
  const audit = (printed: string) =>
    evaluate(form(printed)).findings.find((f) => f.code === 'SCORE_PRINTED_DIFFERS')

  it.each([
    ['2.8', 'info', 'one-decimal-truncated'],
    ['3', 'info', 'whole-points-rounded'],
    ['2', 'info', 'whole-points-truncated'],
    ['2.7', 'warning', 'none'],
    ['2.85', 'warning', 'none'],
  ])('printed %s → %s (%s)', (printed, severity, explanation) => {
    expect(audit(printed)).toMatchObject({ severity, params: { explanation } })
  })

  it('the rule’s own figure, at the printed decimals, is no finding', () => {
    expect(audit('2.86')).toBeUndefined()
    expect(audit('2.9')).toBeUndefined()
  })
})
