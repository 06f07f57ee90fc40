import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import liwan from '../examples/liwan-2021.json'
import { describeFormula, FORMULA_GLOSSARY, parseFormula } from '../src/index'

describe('describeFormula on the seed formulas', () => {
  it('renders every formula cell of the example form, in Chinese and English', () => {
    const rendered = liwan.tasks
      .flatMap((t) => t.indicators)
      .flatMap((i) => {
        const zh = describeFormula(i.formula)
        return zh === null ? [] : [[zh, describeFormula(i.formula, { locale: 'en' })]]
      })
    expect(rendered).toEqual([
      ['档位总数 ÷ 档位实际租出数量 × 100%', 'total stalls ÷ stalls actually rented × 100%'],
      [
        '游览花市满意人数 ÷ 游览花市总人数',
        'satisfied flower-fair visitors ÷ total flower-fair visitors',
      ],
      ['项目满意人数 ÷ 项目服务人数', 'satisfied service users ÷ people served'],
      ['实际分类数量 ÷ 需分类总量 × 100%', 'actually sorted quantity ÷ total to be sorted × 100%'],
      ['服务达标件数 ÷ 总件数 × 100%', 'services up to standard ÷ total items × 100%'],
      ['实际数量 ÷ 目标数量 × 100%', 'actual quantity ÷ target quantity × 100%'],
      ['实际完成数 ÷ 预定目标数 × 100%', 'actual completed ÷ planned target × 100%'],
      ['实际完成数 ÷ 预定目标数 × 100%', 'actual completed ÷ planned target × 100%'],
      ['实际完成数 ÷ 预定目标数 × 100%', 'actual completed ÷ planned target × 100%'],
      ['脱贫人数 ÷ 贫困人口总数', 'people lifted out of poverty ÷ total poor population'],
    ])
  })

  it('shows the name on request, translated when known', () => {
    const text = '数量完成率=实际完成数/预定目标数×100%'
    expect(describeFormula(text, { withName: true })).toBe(
      '数量完成率 = 实际完成数 ÷ 预定目标数 × 100%',
    )
    expect(describeFormula(text, { withName: true, locale: 'en' })).toBe(
      'quantity completion rate = actual completed ÷ planned target × 100%',
    )
  })

  it('keeps unknown names as written and takes extra glossary entries', () => {
    expect(describeFormula('档位数/租出数', { locale: 'en' })).toBe('档位数 ÷ 租出数')
    expect(describeFormula('档位数/租出数', { locale: 'en', glossary: { 档位数: 'stalls' } })).toBe(
      'stalls ÷ 租出数',
    )
    expect(
      describeFormula('档位数/租出数', { locale: 'en', glossary: new Map([['租出数', 'rented']]) }),
    ).toBe('档位数 ÷ rented')
    expect(FORMULA_GLOSSARY.get('预定目标数')).toBe('planned target')
  })

  it('uses the fewest brackets that keep the meaning', () => {
    expect(describeFormula('((a+b))/(c-(d-e))*100')).toBe('(a + b) ÷ (c − (d − e)) × 100%')
    expect(describeFormula('(a+b)*100%')).toBe('(a + b) × 100%')
    expect(describeFormula('a-(b+c)')).toBe('a − (b + c)')
    expect(describeFormula('(a*b)/c')).toBe('a × b ÷ c')
    expect(describeFormula('a/(b*c)')).toBe('a ÷ (b × c)')
    expect(describeFormula('-(a+b)*-c')).toBe('−(a + b) × −c')
    expect(describeFormula('a*50%+3‰')).toBe('a × 50% + 3‰')
  })

  it('brackets a name that would not read back as one name', () => {
    expect(describeFormula('[a-b]/[c]d】')).toBeNull()
    expect(describeFormula('[a-b]/【c]d】')).toBe('[a-b] ÷ 【c]d】')
  })

  it('returns null for a text that is not a formula', () => {
    expect(describeFormula('根据接待工作实际完成情况计算')).toBeNull()
    expect(describeFormula('a/')).toBeNull()
  })
})

describe('describeFormula: property', () => {
  const chars = Array.from('ab实际数()[]+-*/×÷% 0123456789.')
  it('renders a formula that parses back to the same tree', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...chars), maxLength: 40 }), (text) => {
        const first = parseFormula(text)
        if (first.kind !== 'formula') return
        const again = parseFormula(`x = ${describeFormula(first)}`)
        expect(again.kind).toBe('formula')
        if (again.kind !== 'formula') return
        expect(again.percent).toBe(first.percent)
        expect(strip(again.expression)).toEqual(strip(first.expression))
      }),
      { numRuns: 2000 },
    )
  })
})

/** A tree without offsets, for comparing structure. */
function strip(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (k, v: unknown) =>
      k === 'start' || k === 'end' || k === 'written' ? undefined : v,
    ),
  )
}
