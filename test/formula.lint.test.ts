import { describe, expect, it } from 'vitest'
import liwan from '../examples/liwan-2021.json'
import {
  DEFAULT_FORMULA_VOCABULARY,
  type FormulaTargetLike,
  lintFormula,
  parseFormula,
  rules,
} from '../src/index'
import { parseTarget } from '../src/targets/index'
import beijing from './fixtures/public-forms/22-beijing-haidian-xueyuanlu-baojie-2016.json'

/** The targets of the seed as the target module parses them (kind, unit, raw), written out. */
const SEED_TARGETS: Readonly<Record<string, FormulaTargetLike>> = {
  '100%': { kind: 'quantitative', unit: '%', raw: '100%' },
  '95%': { kind: 'quantitative', unit: '%', raw: '95%' },
  '≥95%': { kind: 'quantitative', unit: '%', raw: '≥95%' },
  '0起': { kind: 'quantitative', unit: '起', raw: '0起' },
  '2辆': { kind: 'quantitative', unit: '辆', raw: '2辆' },
  '2个': { kind: 'quantitative', unit: '个', raw: '2个' },
  '800 m²': { kind: 'quantitative', unit: 'm²', raw: '800 m²' },
  提升: { kind: 'qualitative', raw: '提升' },
}

const indicators = liwan.tasks.flatMap((t) => t.indicators)

function lintSeed(name: string, locale?: 'en') {
  const i = indicators.find((x) => x.name === name)
  if (!i) throw new Error(`no indicator ${name}`)
  return lintFormula(i.formula, {
    indicatorName: i.name,
    target: SEED_TARGETS[i.target],
    locale,
    path: ['tasks', 0, 'indicators', 0, 'formula'],
  })
}

describe('lintFormula on every indicator of the seed', () => {
  it('flags exactly the defective formulas, each with one finding', () => {
    const flagged = indicators
      .map((i) => [i.name, lintSeed(i.name).map((f) => f.code)] as const)
      .filter(([, codes]) => codes.length > 0)
    expect(flagged).toEqual([
      ['花市档位出租率', ['FORMULA_INVERTED_RATIO']],
      ['花市内各服务保障项目使用率', ['FORMULA_NAME_CONTRADICTS_INDICATOR']],
      ['购置新能源车数量', ['TARGET_FORMULA_UNIT_MISMATCH']],
      // 改造会议室数量 (2个) and 综合调度指挥平台场地改造面积 (800 m²) use 数量完成率=…×100%: a formula
      // that declares itself the completion rate the count is judged by, so not a unit mismatch.
    ])
  })

  it('tells a declared completion rate from a formula that measures the wrong thing', () => {
    const count = { kind: 'quantitative', unit: '个', raw: '2个' } as const
    expect(lintFormula('数量完成率=实际完成数/预定目标数×100%', { target: count })).toEqual([])
    expect(lintFormula('完成率=实际完成数/预定目标数×100%', { target: count })).toEqual([])
    expect(lintFormula('实际完成数/预定目标数×100%', { target: count }).map((f) => f.code)).toEqual(
      ['TARGET_FORMULA_UNIT_MISMATCH'],
    )
    expect(
      lintFormula('会议室数量=实际完成数/预定目标数×100%', { target: count }).map((f) => f.code),
    ).toEqual(['TARGET_FORMULA_UNIT_MISMATCH'])
  })

  it('flags 花市档位出租率 = (档位总数/档位实际租出数量)×100% as inverted, by probe', () => {
    const [f] = lintSeed('花市档位出租率')
    expect(f).toEqual({
      code: 'FORMULA_INVERTED_RATIO',
      severity: 'warning',
      path: ['tasks', 0, 'indicators', 0, 'formula'],
      pointer: '/tasks/0/indicators/0/formula',
      docs: 'docs/rules.md#formula_inverted_ratio',
      message:
        '公式“花市档位出租率=(档位总数/档位实际租出数量)*100%”以“档位总数”除以“档位实际租出数量”，分子分母可能颠倒',
      params: {
        formula: '花市档位出租率=(档位总数/档位实际租出数量)*100%',
        numerator: '档位总数',
        denominator: '档位实际租出数量',
        evidence: 'probe',
        probeValue: '1.25',
      },
    })
  })

  it('flags 购置新能源车数量: a percent formula against the target 2辆', () => {
    const [f] = lintSeed('购置新能源车数量', 'en')
    expect(f?.code).toBe('TARGET_FORMULA_UNIT_MISMATCH')
    expect(f?.params).toMatchObject({ target: '2辆', targetUnit: '辆', formulaUnit: 'a percent' })
    expect(f?.message).toBe(
      'The formula "实际购置的车辆数量:实际数量/目标数量*100" yields a percent while the target "2辆" is in "辆"',
    )
  })

  it('flags 花市内各服务保障项目使用率 computed from 项目满意人数', () => {
    const [f] = lintSeed('花市内各服务保障项目使用率')
    expect(f?.params).toMatchObject({ indicatorMeasure: '使用', formulaMeasure: '满意' })
    expect(f?.message).toBe(
      '指标“花市内各服务保障项目使用率”衡量“使用”，而公式“项目满意人数/项目服务人数”计算的是“满意”',
    )
  })

  it('reads the targets the same way the target module does', () => {
    for (const [text, literal] of Object.entries(SEED_TARGETS)) {
      expect(parseTarget(text)).toMatchObject(literal)
    }
    const f = lintFormula('实际购置的车辆数量:实际数量/目标数量*100', {
      target: parseTarget('2辆'),
    })
    expect(f.map((x) => x.code)).toEqual(['TARGET_FORMULA_UNIT_MISMATCH'])
  })

  it('lints the OCR-text versions of the cells the same way (line-wrap spaces)', () => {
    expect(lintFormula('花市档位出租 率=(档位总数 /档位实际租出 数量)*100%')).toMatchObject([
      { code: 'FORMULA_INVERTED_RATIO' },
    ])
  })
})

describe('lintFormula: correct formulas are not flagged', () => {
  it.each([
    ['垃圾分类率=(实际分类数量/需分类总量)*100%', '垃圾分类率'],
    ['服务达标件数/总件数 *100%', '服务达标率'],
    ['数量完成率=实际完成数/预定目标数×100%', '水电费缴交完成率'],
    ['脱贫人数/贫困人口总数', '脱贫工作完成率'],
    ['游览花市满意人数/游览花市总人数', '市民和花市档位档主的满意度'],
    ['花市档位出租率=(档位实际租出数量/档位总数)*100%', '花市档位出租率'],
    ['预算执行率=实际支出数/年初预算数×100%', '预算执行率'],
    ['资金到位率=实际到位资金/应到位资金×100%', '资金到位率'],
    ['(计划数-实际完成数)/计划数×100%', '未完成率'],
    // Not a rate: an average divides the whole by the part, legitimately.
    ['人均成本=总成本/实际服务人数', '人均成本'],
  ])('%s (%s)', (text, indicatorName) => {
    expect(lintFormula(text, { indicatorName, target: SEED_TARGETS['100%'] })).toEqual([])
  })

  it('returns nothing for a criterion text, and the parse finding for a broken formula', () => {
    expect(lintFormula('根据接待工作实际完成情况计算')).toEqual([])
    const broken = beijing.kpis[0]?.formula ?? ''
    expect(broken).toContain('按B/A或A/B*该指标分值记分')
    expect(lintFormula(broken)).toEqual([])
    expect(lintFormula('(实际完成数/预定目标数')).toMatchObject([{ code: 'FORMULA_UNPARSEABLE' }])
  })
})

describe('lintFormula: inverted ratios', () => {
  it.each([
    ['完成率=计划完成数/实际完成数×100%', 'probe'],
    ['总人数/满意人数×100%', 'probe'],
    ['应缴户数/已缴户数*100', 'probe'],
    // Words alone when one variable is unknown: 目标数 over 实际数 at the top division.
    ['覆盖率=目标数/(实际数+其他)×100%', 'words'],
  ])('%s (%s)', (text, evidence) => {
    expect(lintFormula(text)).toMatchObject([
      { code: 'FORMULA_INVERTED_RATIO', params: { evidence } },
    ])
  })

  it('takes the probe values from the options', () => {
    // With part > whole the correct formula exceeds 1 and the inverted one does not.
    const probe = { whole: '100', part: '120' }
    expect(lintFormula('实际完成数/计划数×100%', { probe })).toMatchObject([
      { code: 'FORMULA_INVERTED_RATIO' },
    ])
    expect(lintFormula('计划数/实际完成数×100%', { probe })).toEqual([])
  })

  it('reads names with the vocabulary given', () => {
    expect(lintFormula('档位数/租出数×100%')).toEqual([])
    const vocabulary = { whole: [...DEFAULT_FORMULA_VOCABULARY.whole, '档位数'] }
    expect(lintFormula('档位数/租出数×100%', { vocabulary })).toMatchObject([
      { code: 'FORMULA_INVERTED_RATIO' },
    ])
  })
})

describe('lintFormula: other checks', () => {
  it('flags a division by a constant zero, with its position', () => {
    expect(lintFormula('实际完成数/(1-1)×100%')).toMatchObject([
      {
        code: 'FORMULA_DIVISION_BY_ZERO',
        params: { denominator: '1 − 1', offset: 7, position: 8 },
      },
    ])
    expect(lintFormula('a/0%+b/0.0')).toHaveLength(2)
  })

  it('flags variables that can never be supplied', () => {
    const codes = (text: string, suppliable?: readonly string[]) =>
      lintFormula(text, { suppliable }).map((f) =>
        f.code === 'FORMULA_VARIABLE_UNSUPPLIABLE'
          ? [f.code, f.params.name, f.params.problem]
          : [f.code],
      )
    expect(codes('垃圾分类率=垃圾分类率*100%')).toEqual([
      ['FORMULA_VARIABLE_UNSUPPLIABLE', '垃圾分类率', 'circular'],
    ])
    expect(codes('是否按时支付/总次数')).toEqual([
      ['FORMULA_VARIABLE_UNSUPPLIABLE', '是否按时支付', 'qualitative'],
    ])
    expect(codes('实际完成数/预定目标数', ['实际完成数'])).toEqual([
      ['FORMULA_VARIABLE_UNSUPPLIABLE', '预定目标数', 'unavailable'],
    ])
    expect(codes('实际完成数/预定目标数', ['实际完成数', '预定目标数'])).toEqual([])
  })

  it('flags a formula without division against a percent target', () => {
    const f = lintFormula('合计=甲+乙', { target: SEED_TARGETS['100%'] })
    expect(f).toMatchObject([
      { code: 'TARGET_FORMULA_UNIT_MISMATCH', params: { formulaUnit: '数量', targetUnit: '%' } },
    ])
  })

  it('accepts a parsed formula as well as text, and never mutates it', () => {
    const parsed = parseFormula('花市档位出租率=(档位总数/档位实际租出数量)*100%')
    if (parsed.kind !== 'formula') throw new Error('not a formula')
    const frozen = Object.freeze(parsed)
    expect(lintFormula(frozen).map((f) => f.code)).toEqual(['FORMULA_INVERTED_RATIO'])
  })

  it('has a catalogue entry, in both locales, for every code it emits', () => {
    const codes = [
      'FORMULA_UNPARSEABLE',
      'FORMULA_TOO_LONG',
      'FORMULA_TOO_DEEP',
      'FORMULA_UNKNOWN_VARIABLE',
      'FORMULA_VARIABLE_INVALID',
      'FORMULA_DIVISION_BY_ZERO',
      'FORMULA_INVERTED_RATIO',
      'FORMULA_NAME_CONTRADICTS_INDICATOR',
      'FORMULA_VARIABLE_UNSUPPLIABLE',
      'TARGET_FORMULA_UNIT_MISMATCH',
    ]
    for (const code of codes) {
      const rule = rules.find((r) => r.code === code)
      expect(rule?.area).toBe('formula')
      expect(rule?.message['zh-CN']).not.toBe('')
      expect(rule?.message.en).not.toBe('')
    }
  })
})
