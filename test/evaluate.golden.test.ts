/**
 * Golden tests: what evaluate() says about real forms, finding by finding. The Liwan 2021 seed
 * and each public form, with the reason each finding is there (the forms' own notes, checked by
 * recomputation in test/fixtures/public-forms/). A finding that appears or disappears fails here.
 */
import { describe, expect, it } from 'vitest'
import { type Evaluation, evaluate, liwan2021Form } from '../src/index'
import { publicForms, toInput } from './helpers/public-forms'

const lines = (e: Evaluation) => e.findings.map((f) => [f.severity, f.code, f.path.join('.')])

describe('evaluate(Liwan 2021)', () => {
  const e = evaluate(liwan2021Form)

  it('recomputes both printed rates from the raw amounts and agrees with them', () => {
    expect(e.valid).toBe(true)
    const [total, general] = e.funding
    expect(total).toMatchObject({
      source: 'total',
      initialBudget: '6211.89',
      adjustment: '327.17',
      adjustedBudget: '6539.06',
      actual: '5840.18',
      completionBasis: 'initial-plus-adjustment',
    })
    expect(total?.completionRate).toMatchObject({ display: '89.31%', printed: '89. 31%' })
    expect(total?.completionRate.check?.verdict).toBe('match')
    expect(total?.completionRate.ratio?.startsWith('0.89312225304')).toBe(true)
    expect(total?.adjustmentRate).toMatchObject({ display: '5.27%', printed: '5. 27%' })
    expect(total?.adjustmentRate.check?.verdict).toBe('match')
    expect(total?.outturnRate.display).toBe('94.02%')
    expect(general?.completionRate.display).toBe('89.31%')
    expect(e.summary).toMatchObject({ completionRate: '89.31%', adjustmentRate: '5.27%' })
  })

  it('gives each task its funds and share of the adjusted budget', () => {
    expect(e.tasks.map((t) => [t.name, t.funds, t.fundsShare, t.indicatorCount])).toEqual([
      ['任务1', '3.13', '0.05%', 7],
      ['任务2', '1730.42', '26.46%', 6],
      ['任务3', '68.21', '1.04%', 3],
      ['任务4', '1611.2', '24.64%', 5],
    ])
  })

  it('judges every indicator as a careful reader would', () => {
    expect(Object.fromEntries(e.indicators.map((i) => [i.name, i.status]))).toEqual({
      任务完成率: 'not-carried-out',
      花市安全事故数: 'not-carried-out',
      花市档位出租率: 'not-carried-out',
      市民和花市档位档主的满意度: 'not-carried-out',
      对荔湾文化的宣传力度: 'not-carried-out',
      '市民对花市的气氛宣传装饰设计,牌楼设计满意度': 'not-carried-out',
      花市内各服务保障项目使用率: 'not-carried-out',
      // "…参与工作率达" is cut off before its figure: nothing to judge by.
      法律顾问参与工作率: 'unknown',
      垃圾分类率: 'met',
      服务达标率: 'met',
      机关办公效率及服务质量: 'met',
      干部职工满意度: 'met',
      资金及时支付率: 'not-met',
      购置新能源车数量: 'met',
      改造会议室数量: 'not-met',
      综合调度指挥平台场地改造面积: 'not-met',
      水电费缴交完成率: 'met',
      接待工作完成率: 'met',
      脱贫工作完成率: 'met',
      维修项目质量合格率: 'unknown',
      物业管理服务满意度指标: 'met',
    })
    expect(e.summary.statusCounts).toEqual({
      met: 9,
      'partially-met': 0,
      'not-met': 3,
      'not-carried-out': 7,
      unknown: 2,
    })
  })

  it('scores nothing: the form carries no weights', () => {
    expect(e.score).toBeNull()
    expect(e.indicators.every((i) => i.score === null)).toBe(true)
  })

  it('raises the findings a reviewer would, each where it sits', () => {
    expect(lines(e)).toEqual([
      // 89.31% < 90%: the completion must be explained (四川 rule; the form explains it in 存在问题 3).
      ['warning', 'BUDGET_COMPLETION_LOW', 'funding.0'],
      // 花市档位出租率 = (档位总数/档位实际租出数量)×100%: whole over part.
      ['warning', 'FORMULA_INVERTED_RATIO', 'tasks.0.indicators.2.formula'],
      // 花市内各服务保障项目使用率 is computed as 项目满意人数/项目服务人数: satisfaction, not use.
      ['warning', 'FORMULA_NAME_CONTRADICTS_INDICATOR', 'tasks.0.indicators.6.formula'],
      // 购置新能源车数量: target 2辆, formula 实际数量/目标数量*100 (a percent).
      ['warning', 'TARGET_FORMULA_UNIT_MISMATCH', 'tasks.2.indicators.0.formula'],
      // Judged met on the narrative alone, with no evidence record; and the seed's own OCR debris
      // (TEXT_GARBLED): "按黑在作为 案,市包…是 在,是 在", kana and corner brackets read off a frame
      // line, "一年, 一年, 一年…", "化二甲基甲基二甲基…".
      ['info', 'TEXT_GARBLED', 'tasks.0.indicators.0.formula'],
      ['info', 'TEXT_GARBLED', 'tasks.1.achievement'],
      ['info', 'EVIDENCE_MISSING', 'tasks.1.indicators.1'],
      ['info', 'EVIDENCE_MISSING', 'tasks.1.indicators.2'],
      ['info', 'EVIDENCE_MISSING', 'tasks.1.indicators.3'],
      ['info', 'EVIDENCE_MISSING', 'tasks.1.indicators.4'],
      ['info', 'TEXT_GARBLED', 'tasks.2.achievement'],
      ['info', 'EVIDENCE_MISSING', 'tasks.2.indicators.0'],
      ['info', 'EVIDENCE_MISSING', 'tasks.3.indicators.0'],
      ['info', 'EVIDENCE_MISSING', 'tasks.3.indicators.1'],
      ['info', 'EVIDENCE_MISSING', 'tasks.3.indicators.2'],
      ['info', 'TEXT_GARBLED', 'tasks.3.indicators.3.formula'],
      ['info', 'EVIDENCE_MISSING', 'tasks.3.indicators.4'],
    ])
  })

  it('says it in English on request', () => {
    const en = evaluate(liwan2021Form, { locale: 'en' })
    expect(lines(en)).toEqual(lines(e))
    expect(en.findings[0]?.message).toBe(
      'Budget completion rate 89.31% is below 90.00%; the reason should be explained',
    )
  })
})

describe('evaluate(public forms)', () => {
  const run = (name: string) => evaluate(toInput(publicForms[name]!))

  it('池州 2022: the total row prints zeros above its only source; its 0 is the 0/0 convention', () => {
    const e = run('chizhou')
    expect(lines(e)).toEqual([
      ['error', 'FUNDING_TOTAL_MISMATCH', 'funding.0.actual'],
      ['error', 'FUNDING_TOTAL_MISMATCH', 'funding.0.adjustedBudget'],
      ['error', 'FUNDING_TOTAL_MISMATCH', 'funding.0.initialBudget'],
      // The excerpt stops inside the 满意度 row, so its 10 points are not there: 10 + 80 = 90.
      ['warning', 'WEIGHTS_NOT_100', ''],
      ['warning', 'RATE_UNDEFINED', 'funding.0'],
      ['info', 'REPORTED_RATE_CONVENTION', 'funding.0.printed.completionRate'],
      // Qualitative indicators judged met on "达成预期指标" alone.
      ['info', 'EVIDENCE_MISSING', 'indicators.2'],
      ['info', 'EVIDENCE_MISSING', 'indicators.3'],
      ['info', 'EVIDENCE_MISSING', 'indicators.5'],
      ['info', 'EVIDENCE_MISSING', 'indicators.6'],
      ['info', 'EVIDENCE_MISSING', 'indicators.7'],
      ['info', 'EVIDENCE_MISSING', 'indicators.8'],
    ])
    expect(e.findings.find((f) => f.code === 'FUNDING_TOTAL_MISMATCH')?.params).toMatchObject({
      reported: '0',
      sum: '89.974',
    })
    // The component row alone: 89.974 / 89.974.
    expect(e.funding[1]?.completionRate.display).toBe('100.00%')
    expect(e.funding[1]?.adjustmentRate.display).toBe('-0.03%')
  })

  it('衡山 2020: "290%" is read as printed and flagged as a probable "≥90%"', () => {
    const e = run('hengshan')
    expect(lines(e)).toEqual([
      ['warning', 'TARGET_OCR_SUSPECT', 'indicators.15.target'],
      ['info', 'EVIDENCE_MISSING', 'indicators.13'],
    ])
    expect(e.summary.completionRate).toBe('100.00%')
  })

  it('金寨 2023: spending above budget, an odd ≤ on an output count, a target far exceeded', () => {
    const e = run('luan')
    expect(lines(e)).toEqual([
      // The excerpt ends at the 成本指标 row.
      ['warning', 'WEIGHTS_NOT_100', ''],
      ['warning', 'BUDGET_OVERSPENT', 'funding.0'],
      ['info', 'TARGET_COMPARATOR_UNUSUAL', 'indicators.0.target'],
      ['info', 'INDICATOR_OVER_TARGET', 'indicators.2'],
    ])
    expect(e.funding[0]?.completionRate).toMatchObject({ display: '102.59%', printed: '102.59%' })
    expect(e.funding[0]?.completionRate.check?.verdict).toBe('match')
  })

  it('银川 2021: scores that do not add up to the printed 98, and OCR-damaged cells', () => {
    const e = run('yinchuan')
    expect(lines(e)).toEqual([
      ['error', 'SCORE_TOTAL_MISMATCH', 'printed.totalScore'],
      ['warning', 'WEIGHTS_NOT_100', ''],
      // 预算执行率 100% scores 9 of 10: no known rule gives 9.
      ['warning', 'SCORE_PRINTED_DIFFERS', 'funding.0.printed.score'],
      ['warning', 'TARGET_MISSING', 'indicators.2.target'],
      ['warning', 'TARGET_MISSING', 'indicators.3.target'],
      // "IO" for 10.
      ['warning', 'PRINTED_SCORE_UNREADABLE', 'indicators.7.printed.score'],
      // 时效 met ("2021年12月完成") scores 4 of 5.
      ['warning', 'SCORE_PRINTED_DIFFERS', 'indicators.9.printed.score'],
      // "M.8万元" for 14.8万元: never guessed.
      ['warning', 'TARGET_UNPARSEABLE', 'indicators.12.target'],
      ['info', 'EVIDENCE_MISSING', 'indicators.8'],
      ['info', 'EVIDENCE_MISSING', 'indicators.13'],
      // 社会效益 13 of 15 and 可持续 8 of 10: met, scored inside the 达成 band (80–100%).
      ['info', 'SCORE_PRINTED_DIFFERS', 'indicators.13.printed.score'],
      ['info', 'EVIDENCE_MISSING', 'indicators.14'],
      ['info', 'SCORE_PRINTED_DIFFERS', 'indicators.14.printed.score'],
    ])
    expect(e.findings[0]?.params).toMatchObject({ sum: '74', reported: '98' })
  })

  it('临沧 2023: 97.80% is 97.8086% truncated, and the score 9 is 9.78 truncated', () => {
    const e = run('lincang')
    expect(lines(e)).toEqual([
      ['warning', 'WEIGHTS_NOT_100', ''],
      ['info', 'REPORTED_RATE_CONVENTION', 'funding.0.printed.completionRate'],
      ['info', 'SCORE_PRINTED_DIFFERS', 'funding.0.printed.score'],
      ['info', 'REPORTED_RATE_CONVENTION', 'funding.1.printed.completionRate'],
    ])
    expect(e.findings[1]?.params).toMatchObject({ conventionId: 'truncated', reported: '97.80%' })
    expect(e.findings[2]?.params).toMatchObject({
      printed: '9',
      computed: '9.78',
      explanation: 'whole-points-truncated',
    })
  })

  it('北京 2016: 154.74 / 310.2 is 49.88%, printed as a whole 50%', () => {
    const e = run('beijing')
    expect(lines(e)).toEqual([
      ['warning', 'WEIGHTS_NOT_100', ''],
      ['warning', 'BUDGET_COMPLETION_LOW', 'funding.0'],
      // The 数量 row's target and actual cells are mangled across a page break.
      ['warning', 'INDICATOR_ACTUAL_MISSING', 'indicators.0.actual'],
      ['warning', 'TARGET_MISSING', 'indicators.0.target'],
      // 10 × 49.88% = 4.988 printed 5: whole points, rounded — said, not passed off by a tolerance.
      ['info', 'SCORE_PRINTED_DIFFERS', 'funding.0.printed.score'],
    ])
    expect(e.funding[0]?.completionRate).toMatchObject({ display: '49.88%', printed: '50%' })
    expect(e.funding[0]?.completionRate.check?.verdict).toBe('match')
  })
})
