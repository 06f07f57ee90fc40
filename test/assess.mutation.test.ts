/**
 * Assertions that pin src/assess's comparisons and small readers operator by operator (issue 18,
 * mutation testing): each case sits at a threshold (met at the target, partly met at the partial
 * ratio, a deadline's last day) or picks one branch, and fails if a comparison or a word changes.
 */
import { describe, expect, it } from 'vitest'
import { classifyIndicator } from '../src/assess/classify'
import {
  compareDeadline,
  compareQuantity,
  dateText,
  directionOf,
  percentText,
  reconcile,
  reverseRatio,
  type Settings,
} from '../src/assess/compare'
import { type OtherSide, suspectCell, suspectFigure } from '../src/assess/ocr'
import { PRINTED_STATUS_WORDS, readPrintedStatus } from '../src/assess/printed-status'
import { inProgressWords, leastProgress, progressFigures } from '../src/assess/progress'
import {
  clauseAround,
  differenceBefore,
  figuresIn,
  findWords,
  givesCause,
  isBoundPhrase,
  truncatedEnding,
} from '../src/assess/read'
import { reason, reasonMessage, STATUS_TEXT, trendText } from '../src/assess/reasons'
import {
  fromPrintedStatus,
  fromSubRows,
  rubricAssessment,
  statusFromChildren,
} from '../src/assess/rows'
import { ASSESSMENT_STATUSES, emptyStatusCounts } from '../src/assess/statuses'
import type { Assessment, AssessmentStatus } from '../src/assess/types'
import { makeFinding } from '../src/findings/index'
import { dec } from '../src/money/decimal'
import { normalizeTargetText } from '../src/targets/normalize'
import { parseTarget } from '../src/targets/parse'
import type { DeadlineTarget, QuantitativeTarget } from '../src/targets/types'

const settings = (o: Partial<Settings> = {}): Settings => ({
  reverseRule: 'linear-to-double',
  partialRatio: dec('0.6'),
  overTargetRatio: dec('1.2'),
  fiscalYear: 2023,
  locale: 'zh-CN',
  ...o,
})
const S = settings()

const quantity = (text: string): QuantitativeTarget => {
  const t = parseTarget(text)
  if (t.kind !== 'quantitative') throw new Error(`${text} is ${t.kind}`)
  return t
}
const deadline = (text: string): DeadlineTarget => {
  const t = parseTarget(text)
  if (t.kind !== 'deadline') throw new Error(`${text} is ${t.kind}`)
  return t
}
const figure = (value: string) => ({ value, bound: null })

/** Status, ratio (as a decimal string) and reason codes of an outcome. */
const outcome = (o: ReturnType<typeof compareQuantity>) => ({
  status: o.status,
  ratio: o.ratio === null ? null : o.ratio.toString(),
  reasons: o.reasons.map((r) => r.code),
})

// ---------------------------------------------------------------------------------------------
describe('directionOf', () => {
  it.each([
    ['≥95%', 'higher'],
    ['>3', 'higher'],
    ['3个', 'higher'],
    ['≤5%', 'lower'],
    ['<5', 'lower'],
    ['=3', 'equal'],
    ['90%-100%', 'range'],
    ['2023年10月底前', 'deadline'],
    ['效果明显', 'qualitative'],
    ['', 'none'],
  ])('%j points %s', (text, direction) => {
    expect(directionOf(parseTarget(text))).toBe(direction)
  })
})

describe('reconcile', () => {
  it('the same unit, or a unit missing on either side, is the target unit (else the actual one)', () => {
    expect(reconcile('5', '个', quantity('≥3个'))).toEqual({ ok: true, value: '5', unit: '个' })
    expect(reconcile('5', null, quantity('≥3个'))).toEqual({ ok: true, value: '5', unit: '个' })
    expect(reconcile('5', '个', quantity('≥3'))).toEqual({ ok: true, value: '5', unit: '个' })
    expect(reconcile('5', null, quantity('≥3'))).toEqual({ ok: true, value: '5', unit: null })
  })

  it('money is converted exactly between 元, 万元 and 亿元', () => {
    expect(reconcile('15000', '元', quantity('≥1000万元'))).toEqual({
      ok: true,
      value: '1.5',
      unit: '万元',
      converted: { fromValue: '15000', fromUnit: '元' },
    })
    expect(reconcile('0.2', '亿元', quantity('≥1000万元'))).toMatchObject({ value: '2000' })
  })

  it('other units cannot be reconciled', () => {
    expect(reconcile('5', '人', quantity('≥3个'))).toEqual({
      ok: false,
      actualUnit: '人',
      targetUnit: '个',
    })
    expect(reconcile('5', '元', quantity('≥3个'))).toEqual({
      ok: false,
      actualUnit: '元',
      targetUnit: '个',
    })
  })
})

describe('percentText', () => {
  it('two decimals, half up', () => {
    expect(percentText(dec('0.87655'))).toBe('87.66%')
    expect(percentText(dec('1'))).toBe('100.00%')
  })
})

// ---------------------------------------------------------------------------------------------
describe('compareQuantity: higher is better', () => {
  const t = quantity('≥100个')

  it('met at the target, with the ratio actual ÷ target', () => {
    const o = compareQuantity(t, figure('100'), S)
    expect(outcome(o)).toEqual({ status: 'met', ratio: '1', reasons: ['ratio'] })
    expect(o.reasons[0]?.params).toEqual({
      ratio: '1',
      ratioPercent: '100.00%',
      rule: '完成值 ÷ 目标值',
    })
    expect(outcome(compareQuantity(t, figure('130'), S))).toMatchObject({
      status: 'met',
      ratio: '1.3',
    })
  })

  it('short of it: partly met down to the partial ratio, not met below', () => {
    expect(outcome(compareQuantity(t, figure('99'), S))).toMatchObject({
      status: 'partially-met',
      ratio: '0.99',
    })
    expect(outcome(compareQuantity(t, figure('60'), S))).toMatchObject({
      status: 'partially-met',
      ratio: '0.6',
    })
    expect(outcome(compareQuantity(t, figure('59'), S))).toMatchObject({
      status: 'not-met',
      ratio: '0.59',
    })
    // The default partial ratio is 1: any shortfall is not met.
    expect(compareQuantity(t, figure('99'), settings({ partialRatio: dec(1) })).status).toBe(
      'not-met',
    )
  })

  it('a negative actual is rated as zero', () => {
    expect(outcome(compareQuantity(t, figure('-5'), S))).toMatchObject({
      status: 'not-met',
      ratio: '0',
    })
  })

  it('writes the rule in the locale', () => {
    const o = compareQuantity(t, figure('50'), settings({ locale: 'en' }))
    expect(o.reasons[0]?.params).toEqual({
      ratio: '0.5',
      ratioPercent: '50.00%',
      rule: 'actual ÷ target',
    })
  })
})

describe('compareQuantity: lower is better', () => {
  const t = quantity('≤5%')

  it('met at or under the target', () => {
    const o = compareQuantity(t, figure('5'), S)
    expect(outcome(o)).toEqual({ status: 'met', ratio: '1', reasons: ['ratio'] })
    expect(o.reasons[0]?.params).toMatchObject({ rule: '在目标范围内' })
    expect(compareQuantity(t, figure('4.9'), S).status).toBe('met')
  })

  it('over it, the reverse rule rates it: 1 − (a − t) ÷ t, zero from twice the target', () => {
    expect(outcome(compareQuantity(t, figure('6'), S))).toMatchObject({
      status: 'partially-met',
      ratio: '0.8',
    })
    expect(outcome(compareQuantity(t, figure('7'), S))).toMatchObject({
      status: 'partially-met',
      ratio: '0.6',
    })
    expect(outcome(compareQuantity(t, figure('7.5'), S))).toMatchObject({
      status: 'not-met',
      ratio: '0.5',
    })
    expect(outcome(compareQuantity(t, figure('11'), S))).toMatchObject({
      status: 'not-met',
      ratio: '0',
    })
    expect(compareQuantity(t, figure('6'), S).reasons[0]?.params).toMatchObject({
      rule: '反向指标：1 − (完成值 − 目标值) ÷ 目标值，至两倍目标值时为 0',
    })
  })

  it('or target ÷ actual', () => {
    const s = settings({ reverseRule: 'target-over-actual' })
    const o = compareQuantity(quantity('<5'), figure('8'), s)
    expect(outcome(o)).toMatchObject({ status: 'partially-met', ratio: '0.625' })
    expect(o.reasons[0]?.params).toMatchObject({ rule: '反向指标：目标值 ÷ 完成值' })
  })

  it('reverseRatio at twice the target is zero, not negative', () => {
    expect(reverseRatio(dec(10), dec(5), 'linear-to-double').toString()).toBe('0')
    expect(reverseRatio(dec(9), dec(5), 'linear-to-double').toString()).toBe('0.2')
    expect(reverseRatio(dec(10), dec(5), 'target-over-actual').toString()).toBe('0.5')
  })
})

describe('compareQuantity: zero and negative targets', () => {
  it('a zero target (≤0, =0) is met only by zero or less', () => {
    const met = compareQuantity(quantity('=0个'), figure('0'), S)
    expect(outcome(met)).toEqual({ status: 'met', ratio: '1', reasons: ['zero-target'] })
    expect(met.reasons[0]?.params).toEqual({ actual: '0个', verdict: '，达成' })
    const missed = compareQuantity(quantity('≤0'), figure('1'), settings({ locale: 'en' }))
    expect(outcome(missed)).toEqual({ status: 'not-met', ratio: '0', reasons: ['zero-target'] })
    expect(missed.reasons[0]?.params).toEqual({ actual: '1', verdict: 'is not zero: not met' })
    expect(compareQuantity(quantity('≤0'), figure('-1'), S).status).toBe('met')
  })

  it('≥0 and negative targets have no ratio: only the comparison counts', () => {
    const o = compareQuantity(quantity('≥0'), figure('0'), S)
    expect(outcome(o)).toEqual({ status: 'met', ratio: null, reasons: ['ratio-undefined'] })
    expect(o.reasons[0]?.params).toEqual({ target: '≥0' })
    expect(compareQuantity(quantity('≥0'), figure('-1'), S).status).toBe('not-met')
    expect(compareQuantity(quantity('≥-5%'), figure('-5'), S).status).toBe('met')
    expect(compareQuantity(quantity('≥-5%'), figure('-6'), S).status).toBe('not-met')
    const lowerNegative = { ...quantity('≤5%'), value: '-5' }
    expect(outcome(compareQuantity(lowerNegative, figure('-5'), S))).toMatchObject({
      status: 'met',
      ratio: null,
    })
    expect(compareQuantity(lowerNegative, figure('-4'), S).status).toBe('not-met')
  })
})

describe('compareQuantity: ranges', () => {
  const t = quantity('90%-100%')

  it('met inside, bounds included', () => {
    for (const a of ['90', '95', '100']) {
      expect(outcome(compareQuantity(t, figure(a), S))).toEqual({
        status: 'met',
        ratio: '1',
        reasons: ['ratio'],
      })
    }
  })

  it('rated against the nearer bound outside', () => {
    expect(outcome(compareQuantity(t, figure('45'), S))).toMatchObject({
      status: 'not-met',
      ratio: '0.5',
    })
    expect(outcome(compareQuantity(t, figure('110'), S))).toMatchObject({
      status: 'partially-met',
      ratio: '0.9',
    })
  })

  it('no ratio against a bound of zero', () => {
    const o = compareQuantity(quantity('0-5个'), figure('-1'), S)
    expect(outcome(o)).toEqual({ status: 'not-met', ratio: null, reasons: ['ratio-undefined'] })
    expect(o.reasons[0]?.params).toEqual({ target: '0个~5个' })
    expect(compareQuantity(quantity('0-5个'), figure('6'), S)).toMatchObject({
      status: 'partially-met',
    })
  })
})

describe('compareQuantity: an actual written as a bound', () => {
  const bound = (value: string, b: '>=' | '>' | '<=' | '<') => ({ value, bound: b })

  it('"≥95%" meets "≥95%", rated at its bound', () => {
    const o = compareQuantity(quantity('≥95%'), bound('95', '>='), S)
    expect(outcome(o)).toEqual({ status: 'met', ratio: '1', reasons: ['actual-bound', 'ratio'] })
    expect(o.reasons[0]?.params).toEqual({ bound: '≥', actual: '95%' })
    expect(compareQuantity(quantity('≥95%'), bound('96', '>'), S).reasons[0]?.params).toEqual({
      bound: '>',
      actual: '96%',
    })
  })

  it('a lower bound under the target settles nothing', () => {
    const o = compareQuantity(quantity('≥95%'), bound('90', '>='), S)
    expect(outcome(o)).toEqual({ status: 'unknown', ratio: null, reasons: ['bound-inconclusive'] })
    expect(o.reasons[0]?.params).toEqual({ bound: '≥', actual: '90%', target: '≥95%' })
  })

  it('"≥0" meets "≥0" without a ratio', () => {
    expect(outcome(compareQuantity(quantity('≥0'), bound('0', '>='), S))).toEqual({
      status: 'met',
      ratio: null,
      reasons: ['actual-bound'],
    })
  })

  it('an upper bound within a ≤ target meets it', () => {
    const o = compareQuantity(quantity('≤5%'), bound('5', '<='), S)
    expect(outcome(o)).toEqual({ status: 'met', ratio: '1', reasons: ['actual-bound', 'ratio'] })
    expect(o.reasons[0]?.params).toEqual({ bound: '≤', actual: '5%' })
    expect(compareQuantity(quantity('≤5%'), bound('3', '<'), S).reasons[0]?.params).toMatchObject({
      bound: '<',
    })
    expect(compareQuantity(quantity('≤5%'), bound('6', '<='), S).status).toBe('unknown')
  })

  it('a bound on the far side of the target is a certain miss', () => {
    expect(outcome(compareQuantity(quantity('≤5%'), bound('6', '>='), S))).toEqual({
      status: 'not-met',
      ratio: null,
      reasons: ['actual-bound'],
    })
    expect(compareQuantity(quantity('≤5%'), bound('5', '>='), S).status).toBe('unknown')
    expect(compareQuantity(quantity('≥95%'), bound('90', '<='), S).status).toBe('not-met')
    expect(compareQuantity(quantity('≥95%'), bound('95', '<='), S).status).toBe('unknown')
  })

  it('a range target with a bound is unknown', () => {
    expect(compareQuantity(quantity('90%-100%'), bound('95', '>='), S).status).toBe('unknown')
  })
})

// ---------------------------------------------------------------------------------------------
describe('dateText', () => {
  it('year, month range and day when given', () => {
    expect(dateText({ year: 2023, month: 10 })).toBe('2023年10月')
    expect(dateText({ month: 12, fromMonth: 1 })).toBe('1-12月')
    expect(dateText({ month: 6, day: 30 })).toBe('6月30日')
  })
})

describe('compareDeadline', () => {
  it('done in or before the due month is met; a month later is not', () => {
    const t = deadline('2023年10月底前')
    const o = compareDeadline(t, { year: 2023, month: 10 }, S)
    expect(outcome(o)).toEqual({ status: 'met', ratio: null, reasons: ['deadline'] })
    expect(o.reasons[0]?.params).toEqual({ actual: '2023年10月', target: '2023年10月' })
    expect(compareDeadline(t, { year: 2023, month: 9 }, S).status).toBe('met')
    expect(compareDeadline(t, { year: 2023, month: 11 }, S).status).toBe('not-met')
  })

  it('the year decides before the month', () => {
    const t = deadline('2023年10月底前')
    expect(compareDeadline(t, { year: 2022, month: 12 }, S).status).toBe('met')
    expect(compareDeadline(t, { year: 2024, month: 1 }, S).status).toBe('not-met')
  })

  it('the day decides within the month, when both give one', () => {
    const t: DeadlineTarget = { ...deadline('2023年10月底前'), day: 20 }
    expect(compareDeadline(t, { year: 2023, month: 10, day: 20 }, S).status).toBe('met')
    expect(compareDeadline(t, { year: 2023, month: 10, day: 21 }, S).status).toBe('not-met')
    expect(compareDeadline(t, { year: 2023, month: 10 }, S).status).toBe('met')
    expect(
      compareDeadline(deadline('2023年10月底前'), { year: 2023, month: 10, day: 31 }, S).status,
    ).toBe('met')
  })

  it("a missing year is the fiscal year, else the other side's", () => {
    const t = deadline('10月')
    expect(compareDeadline(t, { year: 2024, month: 1 }, S).status).toBe('not-met')
    expect(compareDeadline(t, { year: 2022, month: 12 }, S).status).toBe('met')
    const none = settings({ fiscalYear: undefined })
    expect(compareDeadline(t, { year: 2024, month: 1 }, none).status).toBe('met')
    expect(compareDeadline(deadline('2023年10月底前'), { month: 11 }, none).status).toBe('not-met')
    expect(
      compareDeadline(deadline('2023年10月底前'), { month: 11 }, settings({ fiscalYear: 2022 }))
        .status,
    ).toBe('met')
    expect(compareDeadline(t, { month: 9 }, none).status).toBe('met')
  })
})

// ---------------------------------------------------------------------------------------------
describe('statusFromChildren', () => {
  const of = (...s: AssessmentStatus[]) => statusFromChildren(s)

  it('met only when every child is met', () => {
    expect(of('met', 'met')).toBe('met')
    expect(of('met', 'unknown')).toBe('unknown')
    expect(of('met', 'not-carried-out')).toBe('unknown')
  })

  it('not met when any judged child is not met, partly met otherwise', () => {
    expect(of('met', 'not-met', 'partially-met')).toBe('not-met')
    expect(of('unknown', 'not-met')).toBe('not-met')
    expect(of('met', 'partially-met')).toBe('partially-met')
    expect(of('partially-met', 'unknown')).toBe('partially-met')
  })

  it('not carried out when every child is; unknown when none could be judged', () => {
    expect(of('not-carried-out', 'not-carried-out')).toBe('not-carried-out')
    expect(of('not-carried-out', 'unknown')).toBe('unknown')
    expect(of('unknown')).toBe('unknown')
    expect(of()).toBe('unknown')
  })
})

describe('rows: rubric, printed status, sub-rows', () => {
  it('a rubric row is unknown, with no target and no actual', () => {
    const a = rubricAssessment('en')
    expect(a).toMatchObject({
      status: 'unknown',
      ratio: null,
      direction: 'none',
      actual: { text: null, value: null, unit: null, bound: null, date: null },
      actualSource: 'none',
      target: { kind: 'none' },
      findings: [],
    })
    expect(a.reasons.map((r) => r.code)).toEqual(['rubric'])
    expect(a.reasons[0]?.message).toMatch(/^A rubric row/)
  })

  const own: Assessment = {
    ...rubricAssessment('zh-CN'),
    actualSource: 'text',
    findings: [
      makeFinding('TARGET_MISSING', ['indicators', 0, 'target'], { indicator: '新增造林面积' }),
      makeFinding('INDICATOR_ACTUAL_MISSING', ['indicators', 0, 'actual'], {
        indicator: '新增造林面积',
      }),
      // Only the codes are read; the params of this one are not the point.
      {
        ...makeFinding('TARGET_MISSING', ['indicators', 0, 'target'], {
          indicator: '新增造林面积',
        }),
        code: 'TARGET_UNPARSEABLE',
      },
    ] as unknown as Assessment['findings'],
  }

  it('a printed verdict is taken, the reason appended', () => {
    const a = fromPrintedStatus(own, 'met', '完成', 'zh-CN')
    expect(a.status).toBe('met')
    expect(a.actualSource).toBe('text')
    expect(a.reasons.map((r) => [r.code, r.params])).toEqual([
      ['rubric', {}],
      ['printed-status', { printed: '完成' }],
    ])
  })

  it('a parent judged from its sub-rows drops its own missing-cell findings only', () => {
    const a = fromSubRows(own, 'partially-met', 3, 'zh-CN')
    expect(a.status).toBe('partially-met')
    expect(a.actualSource).toBe('none')
    expect(a.reasons.map((r) => [r.code, r.params, r.message])).toEqual([
      ['from-sub-rows', { count: 3 }, '本行未填目标值和实际值，按其 3 个子项判断'],
    ])
    expect(a.findings.map((f) => f.code)).toEqual(['TARGET_UNPARSEABLE'])
  })
})

describe('readPrintedStatus', () => {
  it.each([
    ['完成', 'met'],
    ['已完成。', 'met'],
    [' 未完成 ', 'not-met'],
    ['部分完成', 'partially-met'],
    ['基本达成；', 'partially-met'],
    ['未开展', 'not-carried-out'],
    ['是', 'met'],
    ['否!', 'not-met'],
    ['ＯＫ', null],
    ['已按期完成', null],
    ['完成,但有延误', null],
  ])('%j → %s', (text, status) => {
    expect(readPrintedStatus(text)).toBe(status)
  })

  it('nothing for no cell, and every word of the table reads as its own status', () => {
    expect(readPrintedStatus(undefined)).toBeNull()
    for (const [word, status] of PRINTED_STATUS_WORDS) expect(readPrintedStatus(word)).toBe(status)
  })
})

describe('statuses', () => {
  it('every status in report order, each counted from zero', () => {
    expect(ASSESSMENT_STATUSES).toEqual([
      'met',
      'partially-met',
      'not-met',
      'not-carried-out',
      'unknown',
    ])
    expect(emptyStatusCounts()).toEqual({
      met: 0,
      'partially-met': 0,
      'not-met': 0,
      'not-carried-out': 0,
      unknown: 0,
    })
  })
})

// ---------------------------------------------------------------------------------------------
describe('reasons', () => {
  it('fills the template in the locale, keeps the params and the words when given', () => {
    expect(reason('printed-status', { printed: '完成' }, 'en')).toEqual({
      code: 'printed-status',
      message: 'The actual does not settle the status; the form says "完成"',
      params: { printed: '完成' },
    })
    expect(reason('no-actual', {}, undefined, '无')).toEqual({
      code: 'no-actual',
      message: '没有填写完成情况',
      words: '无',
      params: {},
    })
  })

  it('writes a known code again in another locale; null for an unknown one', () => {
    expect(reasonMessage('from-sub-rows', { count: 2 }, 'en')).toBe(
      'This row prints no target or actual; judged from its 2 sub-rows',
    )
    expect(reasonMessage('no-such-reason', {}, 'en')).toBeNull()
    expect(reasonMessage('toString', {}, 'en')).toBeNull()
  })

  it('status and trend words', () => {
    expect(STATUS_TEXT['partially-met']).toEqual({ 'zh-CN': '部分达成', en: 'partially met' })
    expect(trendText('increase', 'zh-CN')).toBe('提升')
    expect(trendText('decrease', 'zh-CN')).toBe('降低')
    expect(trendText('increase', 'en')).toBe('an increase')
    expect(trendText('decrease', 'en')).toBe('a decrease')
  })
})

// ---------------------------------------------------------------------------------------------
describe('progressFigures', () => {
  const read = (actual: string, name: string, target: string) =>
    progressFigures(normalizeTargetText(actual), name, parseTarget(target)).map((f) => [
      f.value,
      f.words,
    ])

  it('a percent after a progress phrase is progress, against a count (改造会议室数量 2个)', () => {
    expect(read('工程形象进度80%', '改造会议室数量', '2个')).toEqual([['80', '工程形象进度80%']])
    expect(read('完成进度已达90%', '改造会议室数量', '2个')).toEqual([['90', '完成进度已达90%']])
    // Up to three connectors stand between the phrase and the figure.
    expect(read('完成进度累计已达约90%', '改造会议室数量', '2个')).toEqual([
      ['90', '完成进度累计已达约90%'],
    ])
    expect(read('完成全年任务的95%', '宣传效果', '效果明显')).toEqual([['95', '完成全年任务的95%']])
    expect(read('完成计划工程量的80%', '宣传效果', '效果明显')).toEqual([
      ['80', '完成计划工程量的80%'],
    ])
  })

  it('not when the indicator measures completion itself', () => {
    expect(read('已完成100%', '任务完成率', '100%')).toEqual([])
    expect(read('已完成80%', '项目实施进度', '2个')).toEqual([])
  })

  it('a bare percent is progress against a count or a criterion, not against a percent measure', () => {
    expect(read('80%', '改造会议室数量', '2个')).toEqual([['80', '80%']])
    expect(read('80%', '宣传效果', '效果明显')).toEqual([['80', '80%']])
    expect(read('80%', '群众满意度', '效果明显')).toEqual([])
    expect(read('80%', '宣传效果', '≥90%')).toEqual([])
    expect(read('80%', '宣传效果', '≥90')).toEqual([])
    expect(read('已完成80%', '宣传效果', '≥90%')).toEqual([['80', '已完成80%']])
  })

  it('a percent that is part of a longer figure is not a figure of its own', () => {
    // The value is canonical, as ProgressFigure documents: "1.80%" is 1.8, "080%" is 80.
    expect(read('达1.80%', '改造会议室数量', '2个')).toEqual([['1.8', '达1.80%']])
    expect(read('已完成080%', '改造会议室数量', '2个')).toEqual([['80', '已完成080%']])
    expect(read('已完成 5个,合格80%以上', '改造会议室数量', '2个').map(([v]) => v)).toEqual(['80'])
  })

  it('the phrase is looked for within the clause: a comma ends it', () => {
    expect(read('已完成,满意度80%', '宣传效果', '≥90%')).toEqual([])
  })

  it('the least figure is the one furthest behind', () => {
    const figures = progressFigures(
      normalizeTargetText('一期已完成100%，二期已完成60%'),
      '项目实施',
      parseTarget('按计划实施'),
    )
    expect(leastProgress(figures)?.words).toBe('二期已完成60%')
    expect(leastProgress([])).toBeNull()
    expect(leastProgress(figures.slice(0, 1))?.value).toBe('100')
  })
})

describe('inProgressWords', () => {
  it('the first words saying the work is under way', () => {
    expect(inProgressWords('目前正在施工', '2个')).toBe('正在施工')
    expect(inProgressWords('项目建设中,已完成主体', '2个')).toBe('建设中')
    expect(inProgressWords('项目建设中', '2个')).toBe('建设中')
  })

  it('a word ending in 中 must end a clause or a phrase (建设中心 is a centre)', () => {
    expect(inProgressWords('建设中心已投入使用', '1个')).toBeNull()
    expect(inProgressWords('建设中的项目3个', '1个')).toBe('建设中')
  })

  it('not when the target itself uses the words', () => {
    expect(inProgressWords('按计划推进中', '有序推进中')).toBeNull()
    expect(inProgressWords('已完成', '2个')).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
describe('classifyIndicator', () => {
  it('the printed 二级 decides, and its 一级 follows from it', () => {
    expect(
      classifyIndicator('保障人数', { level1: '项目效益', level2: '服务对象满意度指标' }),
    ).toEqual({
      level1: 'satisfaction',
      level2: 'service-recipient',
      inferred: false,
      matched: '服务对象满意度指标',
    })
    expect(classifyIndicator('x', { level2: '可持续影响指标' })).toMatchObject({
      level1: 'effect',
      level2: 'sustainable',
    })
  })

  it('else the printed 一级, with no 二级', () => {
    expect(classifyIndicator('x', { level1: '效果指标', level2: '其他' })).toEqual({
      level1: 'effect',
      level2: null,
      inferred: false,
      matched: '效果指标',
    })
    expect(classifyIndicator('x', { level1: '产出指标' })).toMatchObject({ level1: 'output' })
  })

  it('else the word of the name that ends last; the longer on a tie', () => {
    // 经费 (cost) ends before 合规 (quality).
    expect(classifyIndicator('经费支出合规')).toMatchObject({ level2: 'quality', matched: '合规' })
    // 经济效益 and 效益 end together: the longer decides.
    expect(classifyIndicator('项目经济效益')).toEqual({
      level1: 'effect',
      level2: 'economic',
      inferred: true,
      matched: '经济效益',
    })
    expect(classifyIndicator('项目效益')).toEqual({
      level1: 'effect',
      level2: null,
      inferred: true,
      matched: '效益',
    })
    // 达标率 ends where 达标 would not: the one that ends last.
    expect(classifyIndicator('服务达标率')).toMatchObject({ matched: '达标率' })
  })

  it('reads a name that is not text as no name', () => {
    expect(classifyIndicator(42 as unknown as string)).toBeNull()
    expect(classifyIndicator('x', { level1: 42 as unknown as string })).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
describe('read: figuresIn', () => {
  const figs = (actual: string, measure = '') =>
    figuresIn(normalizeTargetText(actual), measure)?.map((f) => [f.value, f.unit, f.bound])

  it('a figure with its unit and the clause it stands in', () => {
    const [f] = figuresIn(normalizeTargetText('共培训农民120人次,满意度98%')) ?? []
    expect(f).toMatchObject({
      value: '120',
      unit: '人次',
      bound: null,
      words: '共培训农民120人次',
      start: 5,
    })
    expect(figs('共培训农民120人次,满意度98%')).toEqual([
      ['120', '人次', null],
      ['98', '%', null],
    ])
  })

  it('skips dates, ordinals, list numbers and codes', () => {
    expect(figs('2021年6月底完成')).toEqual([])
    expect(figs('于6月12日验收')).toEqual([])
    expect(figs('于6月12号验收')).toEqual([])
    expect(figs('第3批')).toEqual([])
    expect(figs('1、完成培训')).toEqual([])
    expect(figs('通过ISO9001认证')).toEqual([])
    expect(figs('编号2023-10')).toEqual([])
    expect(figs('2023/10检查')).toEqual([])
    expect(figs('1.完成培训')).toEqual([])
    // 12 days after a figure that is not a month is a count of days.
    expect(figs('工期12日')).toEqual([['12', '天', null]])
    // A year-like figure of other length before 年 is a count of years.
    expect(figs('使用年限10年')).toEqual([['10', '年', null]])
  })

  it('a letter right after the figure makes it a code (5G)', () => {
    expect(figs('建成5G基站10个')).toEqual([['10', '个', null]])
  })

  it('a comparator before a negative figure still makes it a bound', () => {
    expect(figs('增长率≥-5%', '增长率')).toEqual([['-5', '%', '>=']])
  })

  it('a minus sign not part of a range makes the figure negative', () => {
    expect(figs('增长率为-5%', '增长率')).toEqual([['-5', '%', null]])
    expect(figs('区间3-5')).toEqual([])
  })

  it('a comparator before or after makes a bound; 达 and = state the value reached', () => {
    expect(figs('满意度≥95%')).toEqual([['95', '%', '>=']])
    expect(figs('超过100人')).toEqual([['100', '人', '>']])
    expect(figs('满意度达95%')).toEqual([['95', '%', null]])
    expect(figs('满意度=95%')).toEqual([['95', '%', null]])
    expect(figs('100人以上')).toEqual([['100', '人', '>=']])
    expect(figs('5%以下')).toEqual([['5', '%', '<=']])
  })

  it('a difference is not the figure, unless the indicator measures it', () => {
    expect(figs('比上年增加20人')).toEqual([])
    expect(figs('人数增加到120个')).toEqual([['120', '个', null]])
    expect(figs('收入增长20%', '收入增长率')).toEqual([['20', '%', null]])
  })

  it('null past twenty figures', () => {
    const many = Array.from({ length: 21 }, (_, i) => `${i + 1}个`).join(',')
    expect(figuresIn(many)).toBeNull()
    expect(figuresIn(many.split(',').slice(0, 20).join(','))).toHaveLength(20)
  })
})

describe('read: differenceBefore', () => {
  it('a difference word within four characters of the figure, in the same clause', () => {
    expect(differenceBefore('减少20', 2, '')).toBe(true)
    expect(differenceBefore('减少了约20', 4, '')).toBe(true)
    expect(differenceBefore('减少,20', 3, '')).toBe(false)
    expect(differenceBefore('减少甲乙丙丁戊20', 7, '')).toBe(false)
    expect(differenceBefore('减少甲乙丙丁20', 6, '')).toBe(true)
    expect(differenceBefore('减少至20', 3, '')).toBe(false)
    expect(differenceBefore('提高了20', 3, '提高率')).toBe(false)
    expect(differenceBefore('20', 0, '')).toBe(false)
  })
})

describe('read: clauseAround, isBoundPhrase, givesCause, truncatedEnding', () => {
  it('the clause runs from separator to separator, at most 40 characters each way', () => {
    expect(clauseAround('完成培训,满意度98%,效果好', 7, 10)).toBe('满意度98%')
    const long = `${'甲'.repeat(50)}98%${'乙'.repeat(50)}`
    expect(clauseAround(long, 50, 53)).toBe(`${'甲'.repeat(40)}98%${'乙'.repeat(40)}`)
  })

  it('达 states a value reached; ≥ is a bound', () => {
    expect(isBoundPhrase('达')).toBe(false)
    expect(isBoundPhrase('达到')).toBe(false)
    expect(isBoundPhrase('≥')).toBe(true)
  })

  it('a cause for a shortfall', () => {
    expect(givesCause('受疫情影响,未按期完成')).toBe(true)
    expect(givesCause('按期完成')).toBe(false)
  })

  it('a narrative cut off before its figure', () => {
    expect(truncatedEnding('法律顾问参与工作率达')).toBe('法律顾问参与工作率达')
    expect(truncatedEnding('已完成,参与率达。')).toBe('参与率达')
    expect(truncatedEnding('参与率达100%')).toBeNull()
    expect(truncatedEnding('')).toBeNull()
  })
})

describe('read: findWords', () => {
  const words = (actual: string) => findWords(normalizeTargetText(actual))

  it('the first word of each kind, with its clause and the others of its kind', () => {
    const w = words('一期已完成,二期延期,三期推迟,四期延期')
    expect(w.met).toEqual({ word: '已完成', at: 2, clause: '一期已完成', all: ['已完成'] })
    expect(w.notMet).toEqual({ word: '延期', at: 8, clause: '二期延期', all: ['延期', '推迟'] })
    expect(w.partiallyMet).toBeUndefined()
    expect(w.notCarriedOut).toBeUndefined()
  })

  it('keeps at most five distinct words of a kind', () => {
    const w = words('延期,推迟,滞后,逾期,不达标,未通过')
    expect(w.notMet?.all).toEqual(['延期', '推迟', '滞后', '逾期', '不达标'])
  })

  it('a negation just before a word turns it off, unless the word starts with one', () => {
    expect(words('未出现延期').notMet).toBeUndefined()
    expect(words('未出现,延期').notMet?.word).toBe('延期')
    expect(words('不符合').met).toBeUndefined()
    expect(words('未开展').notCarriedOut?.word).toBe('未开展')
    // The negation window is three characters.
    expect(words('未甲乙符合').met).toBeUndefined()
    expect(words('未甲乙丙符合').met?.word).toBe('符合')
  })

  it('完成 with its object is met; 部分完成 and 基本完成 are not', () => {
    expect(words('完成服务满意度指标').met?.word).toBe('完成服务满意度指标')
    expect(words('完成,指标').met).toBeUndefined()
    expect(words('未完成年度任务').met).toBeUndefined()
    expect(words('部分完成年度任务').met).toBeUndefined()
    expect(words('基本完成年度任务').partiallyMet?.word).toBe('基本完成')
    expect(words('完成一二三四五六七八九任务').met).toBeUndefined()
    expect(words('完成一二三四五六七八任务').met?.word).toBe('完成一二三四五六七八任务')
  })

  it('部分 and 暂停 are words of their kinds', () => {
    expect(words('项目暂停').notCarriedOut?.word).toBe('暂停')
    expect(words('部分达成').partiallyMet?.word).toBe('部分达成')
  })
})

// ---------------------------------------------------------------------------------------------
describe('ocr: suspectCell', () => {
  const satisfaction = { name: '受益群众满意度' }
  const atLeast = (value: string, unit: string | null): OtherSide => ({
    comparator: '>=',
    value,
    unit,
  })

  it('a comparator read as a letter, before or after the figure', () => {
    expect(suspectCell('W95%', { name: '群众知晓率' }, atLeast('85', '%'))).toEqual({
      problem: 'comparator-read-as-letter',
      printed: 'W95%',
      reading: '≥95%',
    })
    expect(
      suspectCell('工5%', satisfaction, { comparator: '<=', value: '5', unit: '%' }),
    ).toMatchObject({
      reading: '≤5%',
    })
    expect(suspectCell('80%^', satisfaction, null)).toMatchObject({
      problem: 'comparator-read-as-letter',
      reading: '≥80%',
    })
    expect(
      suspectCell('w100', satisfaction, { comparator: null, value: '1', unit: null }),
    ).toMatchObject({
      reading: '≥100',
    })
    // A letter before words is not a comparator.
    expect(suspectCell('工程完工', satisfaction, null)).toBeNull()
    expect(suspectCell('W5个以上', satisfaction, null)).toBeNull()
  })

  it('a comparator read as a digit and "=" (5=50%)', () => {
    expect(suspectCell('5=50%', { name: '认知度' }, atLeast('50', '%'))).toEqual({
      problem: 'comparator-read-as-digit',
      printed: '5=50%',
      reading: '≥50%',
    })
    expect(suspectCell('5=50', { name: '认知度' }, null)).toMatchObject({ reading: '≥50' })
    expect(suspectCell('5=五成', { name: '认知度' }, null)).toBeNull()
  })

  it('% read as $ (290$ for ≥90%, 95$ for 95%)', () => {
    expect(suspectCell('290$', satisfaction, atLeast('90', '%'))).toEqual({
      problem: 'percent-read-as-symbol',
      printed: '290$',
      reading: '≥90%',
    })
    expect(suspectCell('采购的原原种合格率95.5$', satisfaction, null)).toEqual({
      problem: 'percent-read-as-symbol',
      printed: '采购的原原种合格率95.5$',
      reading: '95.5%',
    })
    // 2 + a value over 100 is not a lost ≥; nor 200 (a leading zero); figures before: not one cell.
    expect(suspectCell('2150$', satisfaction, null)).toMatchObject({ reading: '2150%' })
    expect(suspectCell('200$', satisfaction, null)).toMatchObject({ reading: '200%' })
    expect(suspectCell('250$', satisfaction, null)).toMatchObject({ reading: '≥50%' })
    expect(suspectCell('1期合格率95$', satisfaction, null)).toBeNull()
    expect(suspectCell('$', satisfaction, null)).toBeNull()
  })

  it('a figure cell goes on to suspectFigure, with the other side only when it writes no comparator', () => {
    expect(suspectCell('25次', { name: '开展培训次数' }, atLeast('5', '次'))).toEqual({
      problem: 'comparator-read-as-digit',
      printed: '25次',
      reading: '≥5次',
    })
    expect(suspectCell('≥25次', { name: '开展培训次数' }, atLeast('5', '次'))).toBeNull()
    expect(
      suspectCell(
        '25次',
        { name: '开展培训次数' },
        { comparator: null, value: '5', unit: '次' },
        true,
      ),
    ).toMatchObject({
      reading: '≥5次',
    })
    expect(
      suspectCell('25次', { name: '开展培训次数' }, { comparator: null, value: '5', unit: '次' }),
    ).toBeNull()
    expect(suspectCell('20-30次', { name: '开展培训次数' }, atLeast('0', '次'))).toBeNull()
    expect(suspectCell('。', satisfaction, null)).toBeNull()
    expect(suspectCell('98.5%。', satisfaction, null)).toBeNull()
  })
})

describe('ocr: suspectFigure', () => {
  const fig = (value: string, unit: string | null, ctx: object, other: OtherSide | null = null) =>
    suspectFigure(value, unit, { name: '', ...ctx }, other, `${value}${unit ?? ''}`)

  it("2‹value› beside the other side's ‹value›, in one unit", () => {
    const other: OtherSide = { comparator: '>=', value: '5', unit: '次' }
    expect(fig('25', '次', { name: '开展培训次数' }, other)).toMatchObject({ reading: '≥5次' })
    expect(fig('25', null, { name: '开展培训次数' }, other)).toMatchObject({ reading: '≥5' })
    expect(fig('25', '个', { name: '开展培训次数' }, other)).toBeNull()
    expect(fig('26', '次', { name: '开展培训次数' }, other)).toBeNull()
    expect(
      suspectFigure(
        '25',
        null,
        { name: '开展培训次数' },
        { comparator: '>', value: '5', unit: '次' },
        '达25',
      ),
    ).toMatchObject({ reading: '>5次' })
  })

  it('a percent over 100 for a bounded rate: a lost ≥, a lost decimal point, or impossible', () => {
    const rate = { name: '群众满意度' }
    expect(fig('290', '%', rate)).toEqual({
      problem: 'comparator-read-as-digit',
      printed: '290%',
      reading: '≥90%',
    })
    expect(fig('2100', '%', rate)).toMatchObject({
      problem: 'comparator-read-as-digit',
      reading: '≥100%',
    })
    expect(fig('985', '%', rate)).toEqual({
      problem: 'decimal-point-lost',
      printed: '985%',
      reading: '98.5%',
    })
    expect(fig('500', '%', rate)).toMatchObject({ problem: 'decimal-point-lost', reading: '50%' })
    expect(fig('499', '%', rate)).toEqual({
      problem: 'impossible-value',
      printed: '499%',
      reading: null,
    })
    expect(fig('1000', '%', rate)).toMatchObject({ problem: 'impossible-value' })
    expect(fig('100', '%', rate)).toBeNull()
    expect(fig('120', null, rate, { comparator: '>=', value: '90', unit: '%' })).toMatchObject({
      problem: 'impossible-value',
    })
    expect(fig('120', '个', rate)).toBeNull()
  })

  it('a growth or output rate may exceed 100%; the head word decides', () => {
    expect(fig('120', '%', { name: '收入增长率' })).toBeNull()
    expect(fig('120', '%', { name: '任务完成率' })).toBeNull()
    expect(fig('120', '%', { name: '增长后满意度' })).toMatchObject({ problem: 'impossible-value' })
    expect(fig('120', '%', { name: '满意度增长' })).toBeNull()
  })

  it('else a 满意度 heading, or a formula dividing by a whole, bounds it', () => {
    expect(fig('120', '%', { name: '受益农户评价', level1: '满意度指标' })).toMatchObject({
      problem: 'impossible-value',
    })
    expect(fig('120', '%', { name: '受益农户评价', level2: '服务对象满意度' })).toMatchObject({
      problem: 'impossible-value',
    })
    expect(fig('120', '%', { name: '受益农户评价' })).toBeNull()
    expect(fig('120', '%', { name: '抽检结果', formula: '合格数/抽检总数×100%' })).toMatchObject({
      problem: 'impossible-value',
    })
    expect(fig('120', '%', { name: '抽检结果', formula: '合格数÷(抽检数)' })).toMatchObject({
      problem: 'impossible-value',
    })
    expect(fig('120', '%', { name: '抽检结果', formula: '抽检总数×合格数/批次' })).toBeNull()
    expect(fig('120', '%', { name: '抽检结果', formula: '合格数×100%' })).toBeNull()
  })
})
