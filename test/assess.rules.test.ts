import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AssessableIndicator,
  type AssessOptions,
  assessIndicator,
  DEFAULT_ASSESS_OPTIONS,
  normalizeTargetText,
} from '../src/index'

const run = (indicator: AssessableIndicator, options?: AssessOptions) =>
  assessIndicator(indicator, options)
const codes = (indicator: AssessableIndicator, options?: AssessOptions) =>
  run(indicator, options).findings.map((f) => f.code)

describe('defaults are data', () => {
  it('holds the documented defaults', () => {
    expect(DEFAULT_ASSESS_OPTIONS).toEqual({
      reverseRule: 'linear-to-double',
      partialRatio: '1',
      overTargetRatio: '1.2',
      placeholderTargetIsMissing: false,
    })
  })
})

describe('lower-is-better targets and the reverse rule', () => {
  const cost = (actual: string): AssessableIndicator => ({
    name: '项目总成本',
    target: '≤90万元',
    actual,
    deviationReason: '材料涨价',
  })

  it('is met at or under the ceiling, with ratio 1', () => {
    expect(run(cost('89.974'))).toMatchObject({ status: 'met', ratio: '1', direction: 'lower' })
  })

  it('falls linearly to zero at twice the target by default (FASP2)', () => {
    // Over its cap is not met, however narrowly (partialRatio 1); the ratio still scores it.
    const a = run(cost('100'))
    expect(a.status).toBe('not-met')
    expect(a.ratio).toMatch(/^0\.8888888888/)
    expect(run(cost('180')).ratio).toBe('0')
    expect(run(cost('200'))).toMatchObject({ status: 'not-met', ratio: '0' })
  })

  it('uses target ÷ actual when asked', () => {
    const opts: AssessOptions = { reverseRule: 'target-over-actual' }
    expect(run(cost('100'), opts)).toMatchObject({ status: 'not-met', ratio: '0.9' })
    expect(run(cost('200'), opts)).toMatchObject({ status: 'not-met', ratio: '0.45' })
    const reason = run(cost('100'), opts).reasons.find((r) => r.code === 'ratio')
    expect(reason?.message).toBe('完成比例 90.00%（反向指标：目标值 ÷ 完成值）')
  })

  it('never raises over-target on a lower-is-better indicator', () => {
    expect(codes(cost('10'))).toEqual([])
  })
})

describe('the partial threshold', () => {
  const seventy = {
    name: '新建村庄数量',
    target: '≥100个',
    actual: '70个',
    deviationReason: '资金未到位',
  }

  it('is 100% by default: a figure short of its target is not met, however narrowly', () => {
    expect(run(seventy)).toMatchObject({ status: 'not-met', ratio: '0.7' })
    expect(run({ ...seventy, actual: '99个' })).toMatchObject({ status: 'not-met', ratio: '0.99' })
  })

  it('reads shortfalls by the 部分达成 band when asked (0.6, FASP2 monitoring yellow light)', () => {
    const band = { partialRatio: '0.6' }
    expect(run(seventy, band)).toMatchObject({ status: 'partially-met', ratio: '0.7' })
    expect(run({ ...seventy, actual: '59个' }, band)).toMatchObject({ status: 'not-met' })
    expect(run({ ...seventy, actual: '60个' }, band).status).toBe('partially-met')
  })

  it('can be raised or lowered, as a string or a number', () => {
    expect(run(seventy, { partialRatio: '0.8' }).status).toBe('not-met')
    expect(run({ ...seventy, actual: '55个' }, { partialRatio: 0.5 }).status).toBe('partially-met')
  })

  it('refuses a nonsense value: an option is not data', () => {
    for (const partialRatio of ['abc', Number.NaN, '60%']) {
      expect(() => run(seventy, { partialRatio })).toThrow(
        expect.objectContaining({ name: 'OptionError', option: 'partialRatio' }),
      )
    }
  })
})

describe('over-target review', () => {
  const village = { name: '建设美丽宜居自然村庄数量', target: '≥200', actual: '202' }

  it('is raised from 120% by default and configurable', () => {
    expect(codes(village)).toEqual([])
    expect(codes(village, { overTargetRatio: '1.01' })).toEqual(['INDICATOR_OVER_TARGET'])
    expect(codes({ ...village, actual: '240' })).toEqual(['INDICATOR_OVER_TARGET'])
    expect(codes({ ...village, actual: '239' })).toEqual([])
  })

  it('speaks English when asked', () => {
    const [f] = run(
      { ...village, actual: '300' },
      { locale: 'en', path: ['indicators', 1] },
    ).findings
    expect(f).toMatchObject({
      code: 'INDICATOR_OVER_TARGET',
      path: ['indicators', 1],
      severity: 'info',
    })
    expect(f?.message).toBe(
      'Indicator "建设美丽宜居自然村庄数量" achieved 300, 150.00% of its target ≥200, above 120.00%; review the target',
    )
  })
})

describe('units', () => {
  it('converts 元, 万元 and 亿元 exactly', () => {
    const a = run({ name: '办公所需成本', target: '≤15万元', actual: '150000元' })
    expect(a).toMatchObject({ status: 'met', actual: { value: '15', unit: '万元' } })
    expect(a.reasons.map((r) => r.code)).toContain('unit-converted')
    const b = run({
      name: '项目投资',
      target: '≥1亿元',
      actual: '9000万元',
      deviationReason: '征地延误',
    })
    expect(b).toMatchObject({
      status: 'not-met',
      ratio: '0.9',
      actual: { value: '0.9', unit: '亿元' },
    })
  })

  it('canonicalises units before comparing (平方米 = ㎡ = m²)', () => {
    expect(run({ name: '改造面积', target: '800 m²', actual: '800㎡' })).toMatchObject({
      status: 'met',
      ratio: '1',
    })
  })

  it('gives unknown with a finding when units cannot be reconciled', () => {
    const a = run(
      { name: '水电费缴交完成率', target: '100%', actual: '5个' },
      { path: ['tasks', 3, 'indicators', 0] },
    )
    expect(a).toMatchObject({ status: 'unknown', ratio: null, actual: { value: '5', unit: '个' } })
    expect(a.reasons[0]).toMatchObject({
      code: 'unit-mismatch',
      params: { actualUnit: '个', targetUnit: '%' },
    })
    expect(a.findings).toHaveLength(1)
    expect(a.findings[0]).toMatchObject({
      code: 'INDICATOR_UNIT_MISMATCH',
      path: ['tasks', 3, 'indicators', 0, 'actual'],
      message:
        '指标“水电费缴交完成率”的完成值“5个”（单位 个）与预期实现值“100%”（单位 %）单位不一致，无法比较',
    })
    expect(codes({ name: '提供务工岗位', target: '≥5个', actual: '5人' })).toEqual([
      'INDICATOR_UNIT_MISMATCH',
    ])
  })

  it('ignores narrative figures whose unit does not fit, and reads the one that does', () => {
    const a = run({ name: '验收通过率', target: '≥95%', actual: '完成5个村庄验收，通过率98%' })
    expect(a).toMatchObject({ status: 'met', actual: { value: '98', unit: '%' } })
    expect(a.ratio).toMatch(/^1\.0315789473684210526/)
  })

  it('takes a structured actualValue in its actualUnit', () => {
    const a = run({
      name: '野生动物收容所',
      target: '≥200平方米',
      actualValue: '204.46',
      actualUnit: '平方米',
    })
    expect(a).toMatchObject({ status: 'met', ratio: '1.0223', actualSource: 'value' })
  })
})

describe('an explicit status always wins', () => {
  it('over a reading that disagrees, saying so', () => {
    const a = run({
      name: '验收通过率',
      target: '≥95%',
      actual: '100%',
      status: 'not-met',
      deviationReason: '抽检不合格',
    })
    expect(a).toMatchObject({
      status: 'not-met',
      actualSource: 'status',
    })
    expect(a.reasons.map((r) => r.code)).toEqual([
      'explicit-status',
      'actual-value',
      'ratio',
      'reading-disagrees',
    ])
  })

  it('needs a reason when it says not met', () => {
    expect(codes({ name: '验收通过率', target: '≥95%', status: 'not-met' })).toEqual([
      'INDICATOR_NOT_MET_WITHOUT_REASON',
    ])
    expect(codes({ name: '验收通过率', target: '≥95%', status: 'met' })).toEqual([])
  })
})

describe('zero targets', () => {
  it('are met only by zero', () => {
    expect(run({ name: '花市安全事故数', target: '0起', actual: '0起' })).toMatchObject({
      status: 'met',
      ratio: '1',
      direction: 'equal',
    })
    expect(run({ name: '花市安全事故数', target: '0起', actual: '0' }).status).toBe('met')
    const one = run({ name: '花市安全事故数', target: '0起', actual: '1起' }, { path: ['x'] })
    expect(one).toMatchObject({ status: 'not-met', ratio: '0' })
    expect(one.findings).toMatchObject([
      { code: 'INDICATOR_NOT_MET_WITHOUT_REASON', path: ['x', 'deviationReason'] },
    ])
    expect(
      run({ name: '投诉次数', target: '≤0次', actual: '2次', deviationReason: '服务态度' }).status,
    ).toBe('not-met')
  })
})

describe('bounds, ranges and signs', () => {
  it('an actual written as an inequality meets that bound, and no more', () => {
    expect(run({ name: '满意度', target: '≥95%', actual: '≥96%' })).toMatchObject({
      status: 'met',
      actual: { bound: '>=' },
    })
    const low = run({ name: '满意度', target: '≥95%', actual: '≥90%' })
    expect(low).toMatchObject({ status: 'unknown', ratio: null })
    expect(low.reasons.map((r) => r.code)).toEqual(['actual-value', 'bound-inconclusive'])
    expect(
      run({ name: '结余率', target: '≤5%', actual: '≥8%', deviationReason: '项目延后' }).status,
    ).toBe('not-met')
    expect(run({ name: '结余率', target: '≤5%', actual: '≤3%' })).toMatchObject({
      status: 'met',
      ratio: '1',
    })
  })

  it('"达到100%" states a value, not a bound', () => {
    expect(
      run({ name: '完成率', target: '100%', actual: '完成率达到90%', deviationReason: '疫情' }),
    ).toMatchObject({
      status: 'not-met',
      ratio: '0.9',
      actual: { bound: null },
    })
  })

  it('treats > and < like ≥ and ≤, as FASP2 scores them', () => {
    expect(run({ name: '覆盖率', target: '>90%', actual: '90%' }).status).toBe('met')
  })

  it('rates a range inside, below and above', () => {
    // 执行率 may pass 100% (overspending); an 出勤率 of 110% is impossible and is now suspected OCR damage.
    const range = { name: '预算执行率', target: '90%-100%', deviationReason: '—说明—' }
    expect(run({ ...range, actual: '95%' })).toMatchObject({
      status: 'met',
      ratio: '1',
      direction: 'range',
    })
    expect(run({ ...range, actual: '85%' }).ratio).toMatch(/^0\.9444/)
    expect(run({ ...range, actual: '110%' })).toMatchObject({ status: 'not-met', ratio: '0.9' })
  })

  it('compares without a ratio when the target is negative', () => {
    const a = run({ name: '三公经费变动率', target: '≤-5%', actual: '-6%' })
    expect(a).toMatchObject({ status: 'met', ratio: null })
    expect(a.reasons.map((r) => r.code)).toContain('ratio-undefined')
  })
})

describe('deadlines', () => {
  const due = (target: string, actual: string, options?: AssessOptions) =>
    run({ name: '完成时间', target, actual, deviationReason: '审批延迟' }, options)

  it('compares months and dates, inclusive', () => {
    expect(due('9月前', '9月').status).toBe('met')
    expect(due('9月前', '10月').status).toBe('not-met')
    expect(due('2023年12月', '2024年1月').status).toBe('not-met')
    expect(due('12月31日前', '12月15日').status).toBe('met')
    expect(due('2021年12月完成', '2021年12月完成').status).toBe('met')
  })

  it('takes a missing year from the fiscal year or the other side', () => {
    expect(due('12月底前', '2023年11月').status).toBe('met')
    expect(due('2023年6月', '7月').status).toBe('not-met')
    expect(due('6月前', '2024年5月', { fiscalYear: 2023 }).status).toBe('not-met')
  })

  it('reads a date out of a narrative', () => {
    expect(due('2023年12月', '已于2023年10月完成验收')).toMatchObject({
      status: 'met',
      actualSource: 'value',
    })
  })

  it('falls back to words', () => {
    expect(due('9月前', '按时完成').status).toBe('met')
    expect(due('9月前', '因审批原因延期').status).toBe('not-met')
  })
})

describe('narratives', () => {
  const say = (target: string, actual: string) => run({ name: '工作完成情况', target, actual })

  it.each([
    ['未出现延期，按时完成', 'met', 'words-met', '按时完成'],
    ['因故不再举办', 'not-carried-out', 'words-not-carried-out', '不再举办'],
    ['活动取消', 'not-carried-out', 'words-not-carried-out', '取消'],
    ['部分完成', 'partially-met', 'words-partially-met', '部分完成'],
    ['基本完成年度任务', 'partially-met', 'words-partially-met', '基本完成'],
    ['未完成预期指标且效果较差', 'not-met', 'words-not-met', '未完成'],
    ['部分达成预期指标并具有一定效果', 'partially-met', 'words-partially-met', '部分达成'],
    ['已完成', 'met', 'words-met', '已完成'],
    // Issue 12: a denied achievement word is not met (it was unknown before).
    ['不符合要求', 'not-met', 'words-not-met', undefined],
  ] as const)('%s → %s', (actual, status, code, words) => {
    const a = say('按质按量完成', actual)
    expect(a.status).toBe(status)
    expect(a.reasons[0]).toMatchObject({ code, ...(words !== undefined ? { words } : {}) })
  })

  it('restates a criterion target', () => {
    expect(say('符合相关文件要求', '符合相关文件要求').reasons[0]).toMatchObject({
      code: 'restates-target',
    })
    expect(say('效果明显', '效果明显，群众反响良好').status).toBe('met')
  })

  it('reads trends against a trend target', () => {
    expect(say('降低', '投诉数量有所减少').status).toBe('met')
    expect(say('降低', '投诉数量有所增加')).toMatchObject({
      status: 'not-met',
      reasons: [{ code: 'trend', words: '增加' }],
    })
  })

  it('does not guess between different figures', () => {
    const a = say('100%', '上半年60%，全年100%')
    expect(a.status).toBe('unknown')
    expect(a.reasons[0]).toMatchObject({
      code: 'ambiguous-figures',
      params: { figures: ['60%', '100%'] },
    })
  })

  it('lets a figure decide over words, and says so', () => {
    const a = say('≥95%', '验收合格率98%，部分工程延期')
    expect(a.status).toBe('met')
    expect(a.reasons.at(-1)).toMatchObject({
      code: 'words-overruled',
      words: '部分工程延期'.slice(4),
    })
  })

  it('does not read dates, ordinals or list numbers as figures', () => {
    expect(say('100%', '第3季度于2023年6月底完成').reasons[0]?.code).not.toBe('actual-figure')
  })

  it('counts a cause in the narrative as the deviation reason', () => {
    expect(codes({ name: '改造会议室数量', target: '2个', actual: '工期延期' })).toEqual([
      'INDICATOR_NOT_MET_WITHOUT_REASON',
    ])
    expect(codes({ name: '改造会议室数量', target: '2个', actual: '由于疫情,工期延期' })).toEqual(
      [],
    )
    expect(
      codes({ name: '改造会议室数量', target: '2个', actual: '工期延期', deviationReason: '无' }),
    ).toEqual(['INDICATOR_NOT_MET_WITHOUT_REASON'])
    expect(
      codes({
        name: '改造会议室数量',
        target: '2个',
        actual: '工期延期',
        deviationReason: '设备到货延迟',
      }),
    ).toEqual([])
  })
})

describe('robustness', { timeout: 60_000 }, () => {
  it('never throws and never mutates, whatever it is given', () => {
    const anyIndicator = fc.record(
      {
        name: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        target: fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom('100%', '≥95%', '0起', '9月前', '提升', '-'),
        ),
        actual: fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom('100%', '未开展', '延期', '7月', '≥95%'),
        ),
        actualValue: fc.oneof(fc.string(), fc.constantFrom('95', '1e400', 'NaN')),
        actualUnit: fc.string(),
        deviationReason: fc.string(),
        status: fc.oneof(
          fc.string(),
          fc.constantFrom('met', 'not-met', 'partially-met', 'not-carried-out'),
        ),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(anyIndicator, fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'), (raw, locale) => {
        const frozen = Object.freeze({ ...raw })
        const copy = JSON.stringify(frozen)
        const a = assessIndicator(frozen as unknown as AssessableIndicator, { locale })
        expect(JSON.stringify(frozen)).toBe(copy)
        expect(['met', 'partially-met', 'not-met', 'not-carried-out', 'unknown']).toContain(
          a.status,
        )
        if (a.ratio !== null) expect(a.ratio).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/)
        expect(JSON.parse(JSON.stringify(a))).toEqual(a)
      }),
      { numRuns: 1500 },
    )
    expect(() => assessIndicator(null as unknown as AssessableIndicator)).not.toThrow()
    // A narrative up to TARGET_LIMITS.maxLength (5,000) is read to its end; a longer one not at all.
    const long = `${'受益群众反映良好，'.repeat(550)}完成率达100%`
    expect(assessIndicator({ name: '完成率', target: '100%', actual: long })).toMatchObject({
      status: 'met',
    })
    const longer = `${'受益群众反映良好，'.repeat(20_000)}完成率达100%`
    expect(assessIndicator({ name: '完成率', target: '100%', actual: longer })).toMatchObject({
      status: 'unknown',
      reasons: [{ code: 'text-too-long' }],
    })
    const words = '未'.repeat(5_000)
    expect(assessIndicator({ name: '完成率', target: '100%', actual: words }).status).toBe(
      'unknown',
    )
    expect(assessIndicator(undefined as unknown as AssessableIndicator).status).toBe('unknown')
  })

  it('names only words that stand in the normalised actual', () => {
    const narrative = fc
      .array(
        fc.constantFrom(
          '受疫情影响',
          '未开展',
          '延期',
          '已完成',
          '完成率达',
          '100%',
          '95%',
          '，',
          '部分完成',
          '不',
          '未',
          '个',
          '提升',
        ),
        {
          maxLength: 12,
        },
      )
      .map((p) => p.join(''))
    fc.assert(
      fc.property(
        narrative,
        fc.constantFrom('100%', '≥95%', '提升', '2个', '9月前'),
        (actual, target) => {
          const a = assessIndicator({ name: '指标', target, actual })
          const n = normalizeTargetText(actual)
          for (const r of a.reasons) if (r.words !== undefined) expect(n).toContain(r.words)
        },
      ),
      { numRuns: 1500 },
    )
  })
})

describe('denials and events that did not happen', () => {
  it('reads a denied trend as not met ("未提升" against "提升")', () => {
    const a = assessIndicator({
      name: '机关办公效率及服务质量',
      target: '提升',
      actual: '服务质量未提升',
    })
    expect(a.status).toBe('not-met')
    expect(a.reasons[0]?.words).toBe('未提升')
    expect(
      assessIndicator({ name: '群众满意度', target: '有效提升', actual: '没有提高' }).status,
    ).toBe('not-met')
    // The trend affirmed still meets it.
    expect(
      assessIndicator({ name: '服务质量', target: '提升', actual: '服务质量明显提升' }).status,
    ).toBe('met')
  })

  it('does not take a denied restatement of a qualitative target as met', () => {
    const denied = assessIndicator({
      name: '社会效益',
      target: '效果明显',
      actual: '未达到效果明显',
    })
    expect(denied.status).not.toBe('met')
    const restated = assessIndicator({
      name: '社会效益',
      target: '效果明显',
      actual: '效果明显，群众认可',
    })
    expect(restated.status).toBe('met')
  })

  it('reads "未发生…" against a zero target as an actual of 0', () => {
    const a = assessIndicator({
      name: '花市安全事故数',
      target: '0起',
      actual: '花市期间未发生安全事故',
    })
    expect(a).toMatchObject({ status: 'met', ratio: '1', actualSource: 'text' })
    expect(a.actual.value).toBe('0')
    expect(
      assessIndicator({ name: '有效投诉次数', target: '0次', actual: '全年零投诉' }).status,
    ).toBe('met')
    // Only for a zero target, and only when no figure is printed.
    expect(
      assessIndicator({ name: '事故数', target: '0起', actual: '发生1起，未发生人员伤亡' }).status,
    ).toBe('not-met')
    expect(
      assessIndicator({ name: '培训人次', target: '≥500人次', actual: '未发生变化' }).status,
    ).not.toBe('met')
  })
})

describe('figures that are differences, not the actual', () => {
  it('does not read "超出预算5万元" as a cost of 5万元', () => {
    const a = assessIndicator({ name: '项目总成本', target: '≤100万元', actual: '超出预算5万元' })
    expect(a.status).not.toBe('met')
    expect(a.actual.value).toBeNull()
  })

  it('reads the level, not the change, when both are written', () => {
    const a = assessIndicator({
      name: '新建数量',
      target: '≥100个',
      actual: '比上年增加20个，达到120个',
    })
    expect(a).toMatchObject({ status: 'met', ratio: '1.2' })
    expect(
      assessIndicator({ name: '新建数量', target: '≥100个', actual: '增加到120个' }).ratio,
    ).toBe('1.2')
    const cost = assessIndicator({
      name: '项目成本',
      target: '≤100万元',
      actual: '实际支出95万元，节约5万元',
    })
    expect(cost.actual.value).toBe('95')
  })

  it('reads the change when the indicator measures it (增长率)', () => {
    const a = assessIndicator({ name: '营业收入增长率', target: '≥10%', actual: '同比增长12%' })
    expect(a).toMatchObject({ status: 'met', ratio: '1.2' })
  })
})

describe('a row marked not applicable', () => {
  it('claims nothing missing when both target and actual print a placeholder (天长 2022: "/ /")', () => {
    expect(codes({ name: '指标1:', target: '/', actual: '/' })).not.toContain(
      'INDICATOR_ACTUAL_MISSING',
    )
    expect(codes({ name: '受益人数', target: '≥50人', actual: '/' })).toContain(
      'INDICATOR_ACTUAL_MISSING',
    )
  })
})
