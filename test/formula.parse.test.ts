import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import liwan from '../examples/liwan-2021.json'
import { FORMULA_LIMITS, type FormulaNode, parseFormula, rules } from '../src/index'

// The 计算公式或指标内容 cells of the seed form (荔湾区机关事务管理局 2021,
// ../shared/seed/liwan-2021-department-self-evaluation.txt), exactly as its OCR text prints them:
// a space marks where a table cell wrapped a line. Each with its indicator, its target and what the
// formula module must make of it.
interface SeedCell {
  readonly indicator: string
  readonly text: string
  readonly target: string
  readonly expected:
    | { readonly kind: 'criterion' }
    | {
        readonly kind: 'formula'
        readonly name: string | null
        readonly label?: string
        readonly variables: readonly string[]
        readonly percent: boolean
      }
}

const criterion = { kind: 'criterion' } as const

const SEED_CELLS: readonly SeedCell[] = [
  {
    indicator: '任务完成率',
    text: '按黑在作为 案,市包, 作,案,市包, 有,是 在,是 在,是 在,是 在,是 在,是 在,是 在,是 在,是 在,是 在,是 在',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '花市安全事故数',
    text: '花市工作期间 无安全事故及 治安事件发生',
    target: '0起',
    expected: criterion,
  },
  {
    indicator: '花市档位出租率',
    text: '花市档位出租 率=(档位总数 /档位实际租出 数量)*100%',
    target: '100%',
    expected: {
      kind: 'formula',
      name: '花市档位出租率',
      variables: ['档位总数', '档位实际租出数量'],
      percent: true,
    },
  },
  {
    indicator: '市民和花市档位档主的满意度',
    text: '游览花市满意 人数/游览花市 总人数',
    target: '95%',
    expected: {
      kind: 'formula',
      name: null,
      variables: ['游览花市满意人数', '游览花市总人数'],
      percent: false,
    },
  },
  {
    indicator: '对荔湾文化的宣传力度',
    text: '通过传统媒体 及新型媒体宣 传荔湾特色传 统文化和花卉 文化',
    target: '提升',
    expected: criterion,
  },
  {
    indicator: '市民对花市的气氛宣传装饰设计,牌楼设计满意度',
    text: '通过满意度调查,调查市民 对花市整体美 观的满意度。',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '花市内各服务保障项目使用率',
    text: '项目满意人数/ 项目服务人数',
    target: '100%',
    expected: {
      kind: 'formula',
      name: null,
      variables: ['项目满意人数', '项目服务人数'],
      percent: false,
    },
  },
  {
    indicator: '法律顾问参与工作率',
    text: '为机关对外签 署合同提供有 效的法律意 见,保障工作 顺利开展',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '垃圾分类率',
    text: '垃圾分类率= (实际分类数 量/需分类总 量)*100%',
    target: '100%',
    expected: {
      kind: 'formula',
      name: '垃圾分类率',
      variables: ['实际分类数量', '需分类总量'],
      percent: true,
    },
  },
  {
    indicator: '服务达标率',
    text: '服务达标件数/ 总件数 *100%',
    target: '100%',
    expected: {
      kind: 'formula',
      name: null,
      variables: ['服务达标件数', '总件数'],
      percent: true,
    },
  },
  {
    indicator: '机关办公效率及服务质量',
    text: '保障机关后勤 服务,促进机 关工作效率及 质量提升',
    target: '提升',
    expected: criterion,
  },
  {
    indicator: '干部职工满意度',
    text: '机关大院干部 职工对后勤保 障工作的满意 度',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '资金及时支付率',
    text: '是否按预算资 金计划时间支 付资金',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '购置新能源车数量',
    text: '实际购置的车辆数量:实际数量/目标数量*100',
    target: '2辆',
    expected: {
      kind: 'formula',
      name: null,
      label: '实际购置的车辆数量',
      variables: ['实际数量', '目标数量'],
      percent: true,
    },
  },
  {
    indicator: '改造会议室数量',
    text: '数量完成率=实 际完成数/预定 目标数×100%',
    target: '2个',
    expected: {
      kind: 'formula',
      name: '数量完成率',
      variables: ['实际完成数', '预定目标数'],
      percent: true,
    },
  },
  {
    indicator: '综合调度指挥平台场地改造面积',
    text: '数量完成率=实 际完成数/预定 目标数×100%',
    target: '800 m²',
    expected: {
      kind: 'formula',
      name: '数量完成率',
      variables: ['实际完成数', '预定目标数'],
      percent: true,
    },
  },
  {
    indicator: '水电费缴交完成率',
    text: '数量完成率=实际完成数/预定目标数×100%',
    target: '100%',
    expected: {
      kind: 'formula',
      name: '数量完成率',
      variables: ['实际完成数', '预定目标数'],
      percent: true,
    },
  },
  {
    indicator: '接待工作完成率',
    text: '根据接待工作 实际完成情况 计算',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '脱贫工作完成率',
    text: '脱贫人数/贫困 人口总数',
    target: '100%',
    expected: {
      kind: 'formula',
      name: null,
      variables: ['脱贫人数', '贫困人口总数'],
      percent: false,
    },
  },
  {
    indicator: '维修项目质量合格率',
    text: '指标员用:项验明:项验收统定的 所见的照准的 化量子 化二甲基甲基二甲基甲基二甲基二甲基二甲基二甲基二甲基二甲基二甲基二甲基二甲基二甲基',
    target: '100%',
    expected: criterion,
  },
  {
    indicator: '物业管理服务满意度指标',
    text: '指机关工作人 员对物业管理 的满意程度',
    target: '≥95%',
    expected: criterion,
  },
]

/** The tree as a compact string, to assert structure: (a / b), -x, numbers by value. */
function shape(node: FormulaNode): string {
  switch (node.type) {
    case 'number':
      return node.value
    case 'variable':
      return node.name
    case 'negate':
      return `-${shape(node.operand)}`
    case 'binary':
      return `(${shape(node.left)} ${node.operator} ${shape(node.right)})`
  }
}

describe('parseFormula on every formula cell of the seed', () => {
  it('covers all 21 indicators of the seed', () => {
    expect(SEED_CELLS).toHaveLength(21)
    expect(SEED_CELLS.filter((c) => c.expected.kind === 'formula')).toHaveLength(10)
  })

  it.each(SEED_CELLS.map((c) => [c.indicator, c] as const))('%s', (_name, cell) => {
    const r = parseFormula(cell.text)
    if (cell.expected.kind === 'criterion') {
      expect(r).toMatchObject({ kind: 'criterion', text: cell.text })
      return
    }
    expect(r).toMatchObject({
      kind: 'formula',
      text: cell.text,
      name: cell.expected.name,
      label: cell.expected.label ?? null,
      variables: cell.expected.variables,
      percent: cell.expected.percent,
    })
  })

  it('reads the seed ratios as one division of the two variables, the percent suffix removed', () => {
    const shapes = SEED_CELLS.map((c) => parseFormula(c.text)).flatMap((r) =>
      r.kind === 'formula' ? [shape(r.expression)] : [],
    )
    expect(shapes).toEqual([
      '(档位总数 / 档位实际租出数量)',
      '(游览花市满意人数 / 游览花市总人数)',
      '(项目满意人数 / 项目服务人数)',
      '(实际分类数量 / 需分类总量)',
      '(服务达标件数 / 总件数)',
      '(实际数量 / 目标数量)',
      '(实际完成数 / 预定目标数)',
      '(实际完成数 / 预定目标数)',
      '(实际完成数 / 预定目标数)',
      '(脱贫人数 / 贫困人口总数)',
    ])
  })

  it('classifies the transcribed example form the same way (cells without line-wrap spaces)', () => {
    const indicators = liwan.tasks.flatMap((t) => t.indicators)
    expect(indicators).toHaveLength(21)
    const kinds = indicators.map((i) => [i.name, parseFormula(i.formula).kind])
    expect(kinds).toEqual(SEED_CELLS.map((c) => [c.indicator, c.expected.kind]))
  })

  it('never reads the OCR-damaged cells as a formula', () => {
    // 任务完成率 and 维修项目质量合格率: scrambled characters, commas and colons, no operator.
    for (const cell of [SEED_CELLS[0], SEED_CELLS[19]]) {
      expect(parseFormula(cell?.text ?? '')).toMatchObject({
        kind: 'criterion',
        reason: 'no-operator',
      })
    }
  })
})

describe('parseFormula: criterion texts', () => {
  it.each([
    ['为机关对外签署合同提供有效的法律意见,保障工作顺利开展', 'no-operator'],
    ['根据接待工作实际完成情况计算', 'no-operator'],
    ['是否按预算资金计划时间支付资金', 'no-operator'],
    ['通过满意度调查,调查市民对花市整体美观的满意度。', 'no-operator'],
    ['花市工作期间无安全事故及治安事件发生', 'no-operator'],
    ['100%', 'no-operator'],
    ['0起', 'no-operator'],
    ['满意度≥95%', 'no-operator'],
    // A scoring rule from 北京海淀 2016 (public form 22): operators inside prose.
    ['完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。', 'prose'],
  ])('%s → criterion (%s)', (text, reason) => {
    expect(parseFormula(text)).toEqual({ kind: 'criterion', text, reason })
  })
})

describe('parseFormula: grammar', () => {
  it.each([
    ['数量完成率=实际完成数/预定目标数×100%', '(实际完成数 / 预定目标数)', true, '数量完成率'],
    ['数量完成率＝实际完成数÷预定目标数×１００％', '(实际完成数 / 预定目标数)', true, '数量完成率'],
    ['（实际完成数／预定目标数）＊100', '(实际完成数 / 预定目标数)', true, null],
    ['a/b*100', '(a / b)', true, null],
    ['a/(b*100)', '(a / (b * 100))', false, null],
    ['a + b × 50%', '(a + (b * 0.5))', false, null],
    ['a+b*100%', '(a + (b * 1))', false, null],
    ['(a+b)*100%', '(a + b)', true, null],
    ['a − b − c', '((a - b) - c)', false, null],
    ['a - (b - c)', '(a - (b - c))', false, null],
    ['a / b / c', '((a / b) / c)', false, null],
    ['-a * -b', '(-a * -b)', false, null],
    ['+a - -3', '(a - -3)', false, null],
    ['x1*2.50', '(x1 * 2.5)', false, null],
    ['.5*a', '(0.5 * a)', false, null],
    ['a*3‰', '(a * 0.003)', false, null],
    ['a*100 %', 'a', true, null],
    ['[a-b]/[总 人数]', '(a-b / 总 人数)', false, null],
    ['【实际完成数】/「计划数」', '(实际完成数 / 计划数)', false, null],
    ['actual count / target count', '(actual count / target count)', false, null],
    ['GDP 增长额/GDP', '(GDP增长额 / GDP)', false, null],
    ['ＡＢ/Ｃ', '(AB / C)', false, null],
    ['完成率=100%', '1', false, '完成率'],
  ])('%s', (text, expected, percent, name) => {
    const r = parseFormula(text)
    expect(r.kind).toBe('formula')
    if (r.kind !== 'formula') return
    expect(shape(r.expression)).toBe(expected)
    expect(r.percent).toBe(percent)
    expect(r.name).toBe(name)
  })

  it('keeps node spans as offsets into the original text', () => {
    const text = '花市档位出租 率=(档位总数 /档位实际租出 数量)*100%'
    const r = parseFormula(text)
    if (r.kind !== 'formula' || r.expression.type !== 'binary') throw new Error('not a division')
    const { left, right } = r.expression
    expect(text.slice(left.start, left.end)).toBe('档位总数')
    expect(text.slice(right.start, right.end)).toBe('档位实际租出 数量')
  })

  it('holds names in a Map: __proto__, constructor and toString are ordinary variables', () => {
    const r = parseFormula('__proto__/constructor + toString*hasOwnProperty')
    expect(r).toMatchObject({
      kind: 'formula',
      variables: ['__proto__', 'constructor', 'toString', 'hasOwnProperty'],
    })
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  it('lists each variable once, in order of first appearance', () => {
    expect(parseFormula('(b-a)/b+a')).toMatchObject({ variables: ['b', 'a'] })
  })
})

describe('parseFormula: findings with positions', () => {
  it.each([
    ['实际完成数/', 'unexpected-end', 6],
    ['(实际完成数/预定目标数', 'unclosed-paren', 0],
    ['实际完成数)/预定目标数', 'unmatched-paren', 5],
    ['a//b', 'missing-operand', 2],
    ['*a/b', 'missing-operand', 0],
    ['a/b 2', 'missing-operator', 4],
    ['2021年完成数/计划数', 'missing-operator', 4],
    ['a/b=c', 'misplaced-equals', 3],
    ['a/b:c', 'misplaced-colon', 3],
    ['a/b#', 'unexpected-character', 3],
    ['a/[b', 'unclosed-bracket', 2],
    ['a/[ ]', 'empty-name', 2],
    ['a/b%', 'unexpected-character', 3],
  ])('%s → %s at offset %i', (text, problem, offset) => {
    const r = parseFormula(text)
    expect(r.kind).toBe('invalid')
    if (r.kind !== 'invalid') return
    expect(r.finding).toMatchObject({
      code: 'FORMULA_UNPARSEABLE',
      severity: 'warning',
      params: { offset, position: offset + 1, problem },
    })
  })

  it('renders the finding in both locales', () => {
    const zh = parseFormula('(实际完成数/预定目标数')
    const en = parseFormula('(实际完成数/预定目标数', {
      locale: 'en',
      path: ['tasks', 3, 'formula'],
    })
    expect(zh.kind === 'invalid' && zh.finding.message).toBe(
      '计算公式“(实际完成数/预定目标数”在第 1 个字符处无法解析：“(”没有闭合',
    )
    expect(en.kind === 'invalid' && en.finding.message).toBe(
      'The formula "(实际完成数/预定目标数" cannot be parsed at character 1: this "(" is never closed',
    )
    expect(en.kind === 'invalid' && en.finding.path).toEqual(['tasks', 3, 'formula'])
  })

  it('refuses an empty text and a value that is not text', () => {
    expect(parseFormula('  ')).toMatchObject({
      kind: 'invalid',
      finding: { params: { problem: 'empty' } },
    })
    const notText = parseFormula(null as unknown as string)
    expect(notText).toMatchObject({ kind: 'invalid', finding: { params: { problem: 'not-text' } } })
  })

  it('has a catalogue entry for every code it emits', () => {
    const codes = rules.filter((r) => r.area === 'formula').map((r) => r.code)
    expect(codes).toEqual(
      expect.arrayContaining(['FORMULA_UNPARSEABLE', 'FORMULA_TOO_LONG', 'FORMULA_TOO_DEEP']),
    )
  })
})

describe('parseFormula: limits', () => {
  it('refuses a 1 MB input with FORMULA_TOO_LONG before reading it', () => {
    const text = `${'实际完成数+'.repeat(174_763)}a`
    expect(text.length).toBeGreaterThanOrEqual(1_048_576)
    const r = parseFormula(text)
    expect(r.kind).toBe('invalid')
    if (r.kind !== 'invalid') return
    expect(r.finding.code).toBe('FORMULA_TOO_LONG')
    expect(r.finding.params).toMatchObject({ length: text.length, maxLength: 10_000 })
    // The message quotes only the beginning of the text.
    expect(r.finding.message.length).toBeLessThan(200)
  })

  it('parses a 1 MB input when the limit is lifted, without recursion', () => {
    const text = `${'a+'.repeat(524_288)}a`
    const r = parseFormula(text, {
      maxLength: Number.POSITIVE_INFINITY,
      maxDepth: Number.POSITIVE_INFINITY,
    })
    expect(r).toMatchObject({ kind: 'formula', variables: ['a'] })
    // Within the length limit alone, the chain is refused: its tree would nest 524,288 levels.
    expect(parseFormula(text, { maxLength: Number.POSITIVE_INFINITY })).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { maxDepth: 50 } },
    })
  })

  it('refuses 100,000 levels of brackets with a finding, never a stack overflow', () => {
    const text = `${'('.repeat(100_000)}a${')'.repeat(100_000)}`
    expect(parseFormula(text)).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_LONG' },
    })
    const deep = parseFormula(text, { maxLength: Number.POSITIVE_INFINITY })
    expect(deep).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { offset: 50, position: 51, maxDepth: 50 } },
    })
  })

  it('refuses 100,000 nested signs the same way', () => {
    const text = `${'-'.repeat(100_000)}a`
    const deep = parseFormula(text, { maxLength: Number.POSITIVE_INFINITY })
    expect(deep).toMatchObject({ kind: 'invalid', finding: { code: 'FORMULA_TOO_DEEP' } })
  })

  it('parses 100,000 levels when both limits are lifted: the parser keeps its own stack', () => {
    const text = `${'('.repeat(100_000)}a/b${')'.repeat(100_000)}`
    const r = parseFormula(text, {
      maxLength: Number.POSITIVE_INFINITY,
      maxDepth: Number.POSITIVE_INFINITY,
    })
    expect(r).toMatchObject({ kind: 'formula', variables: ['a', 'b'] })
  })

  it('applies the limits given per call and documents the defaults', () => {
    expect(FORMULA_LIMITS).toEqual({ maxLength: 10_000, maxDepth: 50, maxDigits: 1000 })
    expect(parseFormula('((a))/b', { maxDepth: 1 })).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { offset: 1 } },
    })
    expect(parseFormula('a/b', { maxLength: 2 })).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_LONG', params: { length: 3, maxLength: 2 } },
    })
  })
})

const FORMULA_CHARS = [
  ...Array.from('ab实际完成数总人()（）[]【】=＝:：+-−*/×÷％%‰ 0123456789.０１,，。_'),
  '\u3000',
  '\uD800',
]

describe('parseFormula: properties', () => {
  it('never throws and always answers one of the three kinds, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: fc.constantFrom(...FORMULA_CHARS), maxLength: 60 }),
        ),
        (text) => {
          const r = parseFormula(text)
          expect(['formula', 'criterion', 'invalid']).toContain(r.kind)
          if (r.kind === 'invalid') {
            const offset = 'offset' in r.finding.params ? r.finding.params.offset : undefined
            if (typeof offset === 'number') {
              expect(offset).toBeGreaterThanOrEqual(0)
              expect(offset).toBeLessThanOrEqual(text.length)
            }
            expect(r.finding.message).not.toContain('{')
          }
          if (r.kind === 'formula') {
            expect(new Set(r.variables).size).toBe(r.variables.length)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('is deterministic and does not depend on surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...FORMULA_CHARS), maxLength: 40 }), (text) => {
        const a = parseFormula(text)
        const b = parseFormula(` ${text} `)
        expect(b.kind).toBe(a.kind)
        if (a.kind === 'formula' && b.kind === 'formula') {
          expect(shape(b.expression)).toBe(shape(a.expression))
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('a formula that ends like a sentence', () => {
  it('ignores the closing punctuation of the cell ("…×100%；")', () => {
    const f = parseFormula('完成率=完成数/计划数×100%；')
    expect(f).toMatchObject({
      kind: 'formula',
      name: '完成率',
      percent: true,
      variables: ['完成数', '计划数'],
    })
    expect(parseFormula('合格率=合格数/总数×100%。').kind).toBe('formula')
    // Punctuation inside is still prose: a criterion.
    expect(parseFormula('按照标准，进行验收。').kind).toBe('criterion')
  })
})
