/**
 * Assertions that pin src/formula operator by operator (issue 18, mutation testing): each range
 * of the tokenizer's character classes at its edges, the canonical form of number literals, the
 * bounds of the limits, the exact-arithmetic helpers, and the function and option an OptionError
 * names. Grouped by function; each case says why it is there.
 */
import { describe, expect, it } from 'vitest'
import { readValue } from '../src/formula/evaluate'
import {
  divide,
  fromDecimal,
  greaterThan,
  type Rational,
  toDecimal,
  tooPrecise,
} from '../src/formula/rational'
import { isPlainName, tokenize } from '../src/formula/tokenize'
import { shownText } from '../src/i18n/index'
import { describeFormula, evaluateFormula, lintFormula, parseFormula } from '../src/index'
import { optionError } from './helpers/option-error'

/** Tokens as short strings: kind, and what the kind carries. */
function tokens(text: string): string[] {
  return tokenize(text).map((t) => {
    switch (t.kind) {
      case 'number':
        return `number ${t.value} ${t.written}`
      case 'name':
        return `name ${t.name}`
      case 'op':
        return `op ${t.op}`
      case 'error':
        return `error ${t.problem} ${t.char}`
      default:
        return t.kind
    }
  })
}

const r = (n: bigint, d: bigint): Rational => ({ n, d })

describe('tokenize: whitespace', () => {
  // A space inside a name is where a cell wrapped: between two Latin words it stays one space.
  it.each([
    ['tab', '\t'],
    ['carriage return', '\r'],
    ['no-break space', '\u00a0'],
    ['en quad', '\u2000'],
    ['zero-width space', '\u200b'],
    ['ideographic space', '\u3000'],
    ['byte order mark', '\ufeff'],
  ])('reads a %s as a space', (_name, space) => {
    expect(tokens(`a${space}b`)).toEqual(['name a b'])
  })

  it.each([
    ['backspace', '\u0008'],
    ['shift out', '\u000e'],
    ['zero-width non-joiner', '\u200c'],
  ])('does not read a %s as a space', (_name, char) => {
    expect(tokens(`a${char}b`)).toEqual(['name a', `error unexpected-character ${char}`])
  })
})

describe('tokenize: names', () => {
  it('starts a name with a letter or _, never with a digit or ASCII punctuation', () => {
    expect(tokens('Z_z')).toEqual(['name Z_z'])
    expect(tokens('_1')).toEqual(['name _1'])
    expect(tokens('1a')).toEqual(['number 1 1', 'name a'])
    for (const c of ['@', '`', '{']) {
      expect(tokens(`a${c}b`)).toEqual(['name a', `error unexpected-character ${c}`])
    }
  })

  it('normalises full-width and compatibility forms (NFKC)', () => {
    expect(tokens('ａｂ')).toEqual(['name ab'])
    expect(tokens('x１')).toEqual(['name x1'])
    expect(tokens('a²')).toEqual(['name a2'])
    expect(tokens('ⅰ')).toEqual(['name i'])
    // A character outside the BMP is one code point of two code units.
    expect(tokenize('𝒜b')).toMatchObject([{ kind: 'name', name: 'Ab', start: 0, end: 3 }])
  })

  it('drops a line-wrap space except between two words of a spaced script', () => {
    expect(tokens('实 际 完成')).toEqual(['name 实际完成'])
    expect(tokens('a 实')).toEqual(['name a实'])
    expect(tokens('实 a')).toEqual(['name 实a'])
    expect(tokens('actual  \n count')).toEqual(['name actual count'])
  })

  it('reads a bracketed name as written inside, its spaces collapsed', () => {
    expect(tokens('[ a  b ]')).toEqual(['name a b'])
    expect(tokens('〔a〕')).toEqual(['name a'])
    expect(tokenize('[ab]+1')).toMatchObject([{ kind: 'name', start: 0, end: 4 }, {}, {}])
    expect(tokens('『』')).toEqual(['error empty-name 『'])
    expect(tokenize('『 』')).toMatchObject([{ kind: 'error', start: 0, end: 3 }])
    expect(tokens('a+[b')).toEqual(['name a', 'op +', 'error unclosed-bracket ['])
  })

  it('isPlainName: one name that reads back as itself', () => {
    expect(isPlainName('a')).toBe(true)
    expect(isPlainName('a b')).toBe(true)
    for (const name of ['a-b', '', ' a', 'ａ', 'a b c d', '1a']) {
      expect(isPlainName(name)).toBe(name === 'a b c d')
    }
  })
})

describe('tokenize: numbers', () => {
  it.each([
    ['0.00', '0'],
    ['000', '0'],
    ['007.100', '7.1'],
    ['0.050%', '0.0005'],
    ['12‰', '0.012'],
    ['５０ ％', '0.5'],
    ['１２．５０％', '0.125'],
    ['.5', '0.5'],
    ['1234%', '12.34'],
    ['100%', '1'],
    ['5%', '0.05'],
  ])('%s is %s', (text, value) => {
    expect(tokenize(text)).toMatchObject([{ kind: 'number', value }])
  })

  it('keeps what was written, in ASCII, and where it ends', () => {
    expect(tokenize('１２．５０ ％ a')).toMatchObject([
      { kind: 'number', written: '12.50%', start: 0, end: 7 },
      { kind: 'name', name: 'a', start: 8 },
    ])
    expect(tokenize('3 ‰')).toMatchObject([{ written: '3‰', end: 3 }])
    expect(tokenize('.5')).toMatchObject([{ written: '0.5', end: 2 }])
  })

  it('reads a point with no digit after it as no part of the number', () => {
    expect(tokens('5.')).toEqual(['number 5 5', 'error unexpected-character .'])
    expect(tokens('5.x')).toEqual(['number 5 5', 'error unexpected-character .'])
    expect(tokens('.x')).toEqual(['error unexpected-character .'])
  })

  it('stops reading after an error', () => {
    expect(tokens('a $ b c')).toEqual(['name a', 'error unexpected-character $'])
  })
})

describe('exact rationals', () => {
  it('fromDecimal reads sign, point and scale', () => {
    expect(fromDecimal('-12.50')).toEqual(r(-1250n, 100n))
    expect(fromDecimal('7')).toEqual(r(7n, 1n))
    expect(fromDecimal('0')).toEqual(r(0n, 1n))
    expect(fromDecimal('-0.5')).toEqual(r(-5n, 10n))
  })

  it('toDecimal gives an integer exactly and anything else to 60 digits', () => {
    expect(toDecimal(r(6n, 3n))).toBe('2')
    expect(toDecimal(r(-10n, 4n))).toBe('-2.5')
    expect(toDecimal(r(1n, 3n))).toBe(`0.${'3'.repeat(60)}`)
    expect(toDecimal(r(10n ** 70n, 1n))).toBe(`1${'0'.repeat(70)}`)
  })

  it('tooPrecise: more than maxDigits digits in the numerator (either sign) or the denominator', () => {
    expect(tooPrecise(r(999n, 1n), 3)).toBe(false)
    expect(tooPrecise(r(-999n, 999n), 3)).toBe(false)
    expect(tooPrecise(r(1000n, 1n), 3)).toBe(true)
    expect(tooPrecise(r(-1000n, 1n), 3)).toBe(true)
    expect(tooPrecise(r(1n, 1000n), 3)).toBe(true)
    // The bound is cached per digit count: a second count gets its own bound.
    expect(tooPrecise(r(1000n, 1n), 4)).toBe(false)
    expect(tooPrecise(r(1000n, 1n), 3)).toBe(true)
  })

  it('greaterThan and divide', () => {
    expect(greaterThan(r(1n, 2n), r(1n, 3n))).toBe(true)
    expect(greaterThan(r(1n, 2n), r(2n, 4n))).toBe(false)
    expect(greaterThan(r(1n, 3n), r(1n, 2n))).toBe(false)
    expect(divide(r(1n, 2n), r(-3n, 1n))).toEqual(r(-1n, 6n))
    expect(divide(r(1n, 2n), r(0n, 5n))).toBeNull()
    expect(divide(r(0n, 2n), r(3n, 5n))).toEqual(r(0n, 1n))
  })
})

describe('shownText', () => {
  it('shows up to 60 characters, then cuts with an ellipsis', () => {
    expect(shownText('x'.repeat(60))).toBe('x'.repeat(60))
    expect(shownText('x'.repeat(61))).toBe(`${'x'.repeat(60)}…`)
  })
})

describe('parseFormula: options and limits', () => {
  it('names itself and the option in an OptionError', () => {
    for (const [options, option] of [
      [{ maxLength: -1 }, 'maxLength'],
      [{ maxLength: Number.NaN }, 'maxLength'],
      [{ maxDepth: 'x' }, 'maxDepth'],
      [{ locale: 'fr' }, 'locale'],
      [{ path: 'x' }, 'path'],
    ] as const) {
      expect(optionError(() => parseFormula('a/b', options as never))).toEqual({
        function: 'parseFormula',
        option,
      })
    }
    expect(() => parseFormula('a/b', { maxDepth: -1 })).toThrow(
      'must be a number from 0 (Infinity lifts the limit)',
    )
    expect(optionError(() => parseFormula('a/b', { maxLength: 0, maxDepth: 0 }))).toBeNull()
  })

  it('allows a text of exactly maxLength characters, and depth exactly maxDepth', () => {
    expect(parseFormula('a+b', { maxLength: 3 }).kind).toBe('formula')
    const long = parseFormula('a+bb', { maxLength: 3, locale: 'en', path: ['f'] })
    expect(long).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_LONG', path: ['f'], params: { length: 4, maxLength: 3 } },
    })
    expect(long.kind === 'invalid' && long.finding.message).toContain('The formula')
    expect(parseFormula('((a))+b', { maxDepth: 2 }).kind).toBe('formula')
    // Two signs and the sum over them nest three levels in the tree.
    expect(parseFormula('--a+b', { maxDepth: 3 }).kind).toBe('formula')
    expect(parseFormula('--a+b', { maxDepth: 2 })).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { offset: 3, maxDepth: 2 } },
    })
    // A chain nests one level per operation: a+b+c is two levels, refused at its second "+".
    expect(parseFormula('a+b+c', { maxDepth: 2 }).kind).toBe('formula')
    expect(parseFormula('a+b+c', { maxDepth: 1 })).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { offset: 3, position: 4, maxDepth: 1 } },
    })
    expect(parseFormula('a*(b+c)', { maxDepth: 1 })).toMatchObject({
      kind: 'invalid',
      finding: { code: 'FORMULA_TOO_DEEP', params: { offset: 1 } },
    })
    for (const text of ['(((a)))+b', '---a+b']) {
      const deep = parseFormula(text, { maxDepth: 2, locale: 'en', path: ['f'] })
      expect(deep).toMatchObject({
        kind: 'invalid',
        finding: {
          code: 'FORMULA_TOO_DEEP',
          path: ['f'],
          params: { offset: 2, position: 3, maxDepth: 2 },
        },
      })
      expect(deep.kind === 'invalid' && deep.finding.message).toContain('The formula')
    }
    // A closed bracket no longer counts: ((a))+((b)) is two levels deep, not four.
    expect(parseFormula('((a))+((b))', { maxDepth: 2 }).kind).toBe('formula')
  })
})

describe('parseFormula: heads and the percent suffix', () => {
  it.each([
    ['a=b', null, 'a', false],
    ['率:完成率=a/b*100%', '率', '完成率', true],
    ['a:b=c+d', 'a', 'b', false],
    ['a*100', null, null, true],
    ['a*100%', null, null, true],
    ['(a)*100', null, null, true],
    ['a/100*100', null, null, true],
    ['a*1%', null, null, false],
    ['a*100‰', null, null, false],
    ['a*10', null, null, false],
    ['100*a', null, null, false],
    ['a×b；', null, null, false],
  ])('%s: label %s, name %s, percent %s', (text, label, name, percent) => {
    expect(parseFormula(text)).toMatchObject({ kind: 'formula', label, name, percent })
  })

  it.each([
    ['a:b', 'no-operator'],
    ['a', 'no-operator'],
    ['a+', 'no-operator'],
    ['(a', 'no-operator'],
    ['完成数，计划数', 'no-operator'],
    ['完成数/计划数，按月', 'prose'],
    ['完成数/计划数；按季度 核对', 'prose'],
  ])('%s is a criterion (%s)', (text, reason) => {
    expect(parseFormula(text)).toMatchObject({ kind: 'criterion', reason })
  })

  it('refuses misplaced heads and empty text, with the offset', () => {
    const problem = (text: string) => {
      const p = parseFormula(text)
      return p.kind === 'invalid' ? [p.finding.params] : p.kind
    }
    expect(problem('a=b=c')).toMatchObject([{ offset: 3, problem: 'misplaced-equals' }])
    expect(problem('a/b:c')).toMatchObject([{ offset: 3, problem: 'misplaced-colon' }])
    expect(problem('；')).toMatchObject([{ offset: 0, problem: 'empty' }])
    expect(problem('a+*b')).toMatchObject([{ offset: 2, problem: 'missing-operand' }])
  })

  it('quotes the character at fault in the reason', () => {
    const p = parseFormula('a/b#', { locale: 'en' })
    expect(p.kind === 'invalid' && p.finding.params).toMatchObject({
      reason: 'unexpected character "#"',
    })
  })
})

describe('evaluateFormula', () => {
  it('gives the percent only for a percent formula', () => {
    expect(evaluateFormula('a/b*100%', { a: '1', b: '4' })).toEqual({
      success: true,
      data: '0.25',
      percent: '25',
    })
    expect(evaluateFormula('a/b', { a: '1', b: '4' })).toEqual({
      success: true,
      data: '0.25',
      percent: null,
    })
  })

  it('names itself in an OptionError', () => {
    expect(optionError(() => evaluateFormula('a', {}, { locale: 'fr' as never }))).toEqual({
      function: 'evaluateFormula',
      option: 'locale',
    })
  })

  it('reports a division by zero with the divisor, at the path, in the locale', () => {
    const e = evaluateFormula('a/(b-b)', { a: 1, b: 2 }, { locale: 'en', path: ['p'] })
    expect(e).toMatchObject({
      success: false,
      findings: [
        {
          code: 'FORMULA_DIVISION_BY_ZERO',
          path: ['p'],
          params: { formula: 'a/(b-b)', denominator: 'b − b', offset: 3, position: 4 },
        },
      ],
    })
    expect(e.success ? '' : e.findings[0]?.message).toContain('The formula')
  })

  it('reports unknown and invalid values, one finding each, in the locale', () => {
    const e = evaluateFormula('a+c+d', { a: '1', d: true } as never, { locale: 'en', path: ['x'] })
    expect(e.success ? [] : e.findings.map((f) => [f.code, f.params, f.path])).toEqual([
      ['FORMULA_UNKNOWN_VARIABLE', { formula: 'a+c+d', name: 'c' }, ['x']],
      ['FORMULA_VARIABLE_INVALID', { name: 'd', value: 'true' }, ['x']],
    ])
    expect(e.success ? '' : e.findings[0]?.message).toContain('was given no value')
  })

  it('describes an invalid value briefly', () => {
    const value = (v: unknown) => {
      const e = evaluateFormula('a+1', { a: v } as never)
      return e.success ? null : e.findings[0]?.params
    }
    expect(value('x'.repeat(61))).toMatchObject({ value: `${'x'.repeat(60)}…` })
    expect(value(Number.NaN)).toMatchObject({ value: 'NaN' })
    expect(value(null)).toMatchObject({ value: 'null' })
    expect(value({})).toMatchObject({ value: 'object' })
    expect(value(undefined)).toMatchObject({ value: 'undefined' })
  })

  it('refuses a value or a result over 1000 digits', () => {
    const big = `1${'0'.repeat(999)}` // 1000 digits: allowed
    expect(evaluateFormula('a+0', { a: big })).toMatchObject({ success: true })
    for (const values of [
      { a: `${big}0`, b: '1' },
      { a: big, b: '10' },
    ]) {
      const e = evaluateFormula('a*b', values, { locale: 'en', path: ['q'] })
      expect(e).toMatchObject({
        success: false,
        findings: [
          { code: 'FORMULA_TOO_PRECISE', path: ['q'], params: { formula: 'a*b', maxDigits: 1000 } },
        ],
      })
      expect(e.success ? '' : e.findings[0]?.message).toContain('needs exact values of more than')
    }
  })

  it('passes on the parse finding of a criterion, in the locale', () => {
    const e = evaluateFormula('根据情况计算', {}, { locale: 'en', path: ['c'] })
    expect(e).toMatchObject({
      success: false,
      findings: [
        { code: 'FORMULA_UNPARSEABLE', path: ['c'], params: { problem: 'criterion', offset: 0 } },
      ],
    })
  })
})

describe('readValue', () => {
  it.each([
    [10n, r(10n, 1n)],
    [0.5, r(5n, 10n)],
    [-0.25, r(-25n, 100n)],
    [' 50% ', r(50n, 100n)],
    ['３‰', r(3n, 1000n)],
    ['1,234.5', r(12345n, 10n)],
  ])('%s', (value, expected) => {
    expect(readValue(value)).toEqual(expected)
  })

  it.each(['abc', '', '%', null, true, Number.NaN, Number.POSITIVE_INFINITY, {}])(
    '%s is not a value',
    (value) => {
      expect(readValue(value)).toBeNull()
    },
  )
})

describe('describeFormula', () => {
  it('names itself and the option in an OptionError', () => {
    for (const [options, option] of [
      [{ withName: 1 }, 'withName'],
      [{ glossary: 'x' }, 'glossary'],
      [{ glossary: null }, 'glossary'],
      [{ locale: 'fr' }, 'locale'],
    ] as const) {
      expect(optionError(() => describeFormula('a/b', options as never))).toEqual({
        function: 'describeFormula',
        option,
      })
    }
    expect(() => describeFormula('a/b', { glossary: 'x' as never })).toThrow(
      'must be a Map or an object of English names',
    )
  })

  it('shows the name only when asked, translated in English', () => {
    expect(describeFormula('x=a/b', { withName: true })).toBe('x = a ÷ b')
    expect(describeFormula('x=a/b')).toBe('a ÷ b')
    expect(describeFormula('a/b', { withName: true })).toBe('a ÷ b')
    expect(describeFormula('完成率=实际完成数/计划数', { withName: true, locale: 'en' })).toBe(
      'completion rate = actual completed ÷ planned',
    )
  })

  it('takes glossary entries from a Map or an object’s own keys, only in English', () => {
    expect(describeFormula('a/b', { locale: 'en', glossary: { a: 'A' } })).toBe('A ÷ b')
    expect(describeFormula('a/b', { locale: 'en', glossary: new Map([['a', 'AA']]) })).toBe(
      'AA ÷ b',
    )
    expect(describeFormula('toString/b', { locale: 'en', glossary: {} })).toBe('toString ÷ b')
    expect(describeFormula('a/b', { glossary: { a: 'A' } })).toBe('a ÷ b')
    expect(describeFormula('实际完成数/b')).toBe('实际完成数 ÷ b')
  })

  it('brackets names that would not read back, with a bracket the name does not contain', () => {
    expect(describeFormula('[a-b]+[c]]')).toBeNull()
    expect(describeFormula('[a-b]+【c]】')).toBe('[a-b] + 【c]】')
    expect(describeFormula('【a]】/「b]】」')).toBe('【a]】 ÷ 「b]】」')
  })

  it('renders signs and the percent suffix with the fewest brackets', () => {
    expect(describeFormula('-a - -(b+c) + -(-d)')).toBe('−a − −(b + c) + −−d')
    expect(describeFormula('-(a*b)')).toBe('−(a × b)')
    expect(describeFormula('(a-b)*100%')).toBe('(a − b) × 100%')
    expect(describeFormula('a*b*100%')).toBe('a × b × 100%')
    expect(describeFormula('a/b*100%')).toBe('a ÷ b × 100%')
    expect(describeFormula('a*(b*c)')).toBe('a × b × c')
    expect(describeFormula('a/(b*c)')).toBe('a ÷ (b × c)')
    expect(describeFormula('(a+b)-c')).toBe('a + b − c')
  })
})

describe('lintFormula: options', () => {
  it('names itself and the option in an OptionError', () => {
    for (const [options, option] of [
      [{ indicatorName: 5 }, 'indicatorName'],
      [{ suppliable: 'a' }, 'suppliable'],
      [{ vocabulary: 'x' }, 'vocabulary'],
      [{ vocabulary: null }, 'vocabulary'],
      [{ probe: 5 }, 'probe'],
      [{ target: 5 }, 'target'],
      [{ target: null }, 'target'],
      [{ target: { unit: '%' } }, 'target'],
      [{ maxLength: -1 }, 'maxLength'],
    ] as const) {
      expect(optionError(() => lintFormula('a/b', options as never))).toEqual({
        function: 'lintFormula',
        option,
      })
    }
    expect(() => lintFormula('a/b', { suppliable: 'a' as never })).toThrow(
      'must be an array or a Set of variable names',
    )
    expect(() => lintFormula('a/b', { probe: 5 as never })).toThrow('must be an object')
    expect(() => lintFormula('a/b', { target: 5 as never })).toThrow(
      'must be a target text ("2辆") or a parsed Target',
    )
    expect(optionError(() => lintFormula('a/b', { suppliable: new Set(['a']) }))).toBeNull()
  })
})

/** Each finding as its code and the params that say why. */
function lint(text: string, options?: Parameters<typeof lintFormula>[1]) {
  return lintFormula(text, options).map((f) => [f.code, f.params])
}

describe('lintFormula: whole and part', () => {
  it('lets the earliest word decide, and a negation make a name neither', () => {
    expect(lint('计划完成数/实际完成总数*100%')).toMatchObject([
      ['FORMULA_INVERTED_RATIO', { evidence: 'probe', probeValue: '1.25' }],
    ])
    expect(lint('实际完成总数/计划完成数*100%')).toEqual([])
    expect(lint('计划数/未完成数*100%')).toEqual([])
  })

  it('reads 应/需 as the whole only at the start of a name', () => {
    expect(lint('应到位资金/实际到位*100%')).toMatchObject([
      ['FORMULA_INVERTED_RATIO', { numerator: '应到位资金', denominator: '实际到位' }],
    ])
    expect(lint('供应数量/实际到位*100%')).toEqual([])
  })

  it('is a rate by the percent, the name, the label or the indicator name', () => {
    expect(lint('计划数/实际数')).toEqual([])
    expect(lint('x:计划数/实际数')).toEqual([])
    for (const [text, options] of [
      ['计划数/实际数*100%', {}],
      ['完成率=计划数/实际数', {}],
      ['完成率:计划数/实际数', {}],
      ['计划数/实际数', { indicatorName: '完成率' }],
    ] as const) {
      expect(lint(text, options)).toMatchObject([['FORMULA_INVERTED_RATIO', { evidence: 'probe' }]])
    }
  })

  it('falls back on the words of the top division, under any sign', () => {
    expect(lint('-(计划数/(实际数+k))*100%')).toMatchObject([
      [
        'FORMULA_INVERTED_RATIO',
        { numerator: '计划数', denominator: '实际数 + k', evidence: 'words' },
      ],
    ])
    expect(lint('(计划数+k)/实际数*100%')).toMatchObject([
      ['FORMULA_INVERTED_RATIO', { numerator: '计划数 + k', evidence: 'words' }],
    ])
    // An unreadable probe leaves the words to decide.
    expect(lint('计划数/实际数*100%', { probe: { whole: 'x', part: '1' } })).toMatchObject([
      ['FORMULA_INVERTED_RATIO', { evidence: 'words' }],
    ])
    expect(lint('计划数/实际数*100%', { probe: { whole: '1', part: 'x' } })).toMatchObject([
      ['FORMULA_INVERTED_RATIO', { evidence: 'words' }],
    ])
    // Words need one role per side: a mixed numerator says nothing.
    expect(lint('(计划数+实际数+k)/实际数*100%')).toEqual([])
    expect(lint('k/实际数*100%')).toEqual([])
    expect(lint('(计划数+k)*实际数*100%')).toEqual([])
  })

  it('is silent when the probe divides by zero or stays within 1', () => {
    expect(lint('计划数/(实际数-实际数)*100%')).toEqual([])
    expect(lint('实际数/计划数*100%')).toEqual([])
    expect(lint('计划数/计划数*100%')).toEqual([])
  })
})

describe('lintFormula: constant divisors', () => {
  it('flags every divisor that is exactly 0, in text order', () => {
    expect(lint('a/0+b/(1-1)/0')).toMatchObject([
      ['FORMULA_DIVISION_BY_ZERO', { denominator: '0', offset: 2 }],
      ['FORMULA_DIVISION_BY_ZERO', { denominator: '1 − 1', offset: 7 }],
      ['FORMULA_DIVISION_BY_ZERO', { denominator: '0', offset: 12 }],
    ])
    expect(lint('a/-(2*3-6)')).toMatchObject([
      ['FORMULA_DIVISION_BY_ZERO', { denominator: '−(2 × 3 − 6)' }],
    ])
    expect(lint('a/(1/2-0.5)')).toHaveLength(1)
    expect(lint('a/(b-b)')).toEqual([])
    expect(lint('a/(2-1)+a/(1+1)+a/-1')).toEqual([])
  })
})

describe('lintFormula: what the indicator measures', () => {
  it('flags a formula whose name or numerator measures something else', () => {
    expect(lint('满意人数/总人数', { indicatorName: '使用率' })).toEqual([
      [
        'FORMULA_NAME_CONTRADICTS_INDICATOR',
        {
          formula: '满意人数/总人数',
          indicator: '使用率',
          indicatorMeasure: '使用',
          formulaMeasure: '满意',
        },
      ],
    ])
    expect(lint('满意度=a/总人数', { indicatorName: '使用率' })).toMatchObject([
      ['FORMULA_NAME_CONTRADICTS_INDICATOR', { formulaMeasure: '满意' }],
    ])
    expect(lint('满意:a/总人数', { indicatorName: '使用率' })).toMatchObject([
      ['FORMULA_NAME_CONTRADICTS_INDICATOR', { formulaMeasure: '满意' }],
    ])
    expect(lint('满意人数', { indicatorName: '使用率' })).toEqual([])
    expect(lint('x=满意人数+1', { indicatorName: '使用率' })).toMatchObject([
      ['FORMULA_NAME_CONTRADICTS_INDICATOR', {}],
    ])
  })

  it('takes the last measure word of the indicator, and any side that agrees', () => {
    expect(lint('使用人数/总人数', { indicatorName: '满意使用率' })).toEqual([])
    expect(lint('满意人数/总人数', { indicatorName: '满意使用率' })).toMatchObject([
      ['FORMULA_NAME_CONTRADICTS_INDICATOR', { indicatorMeasure: '使用' }],
    ])
    expect(lint('满意使用人数/总人数', { indicatorName: '使用率' })).toEqual([])
    expect(lint('利用人数/总人数', { indicatorName: '使用率' })).toEqual([])
    // The denominator is not what is measured.
    expect(lint('a/满意人数', { indicatorName: '使用率' })).toEqual([])
    expect(lint('满意人数/总人数', { indicatorName: '使用数' })).toEqual([])
    expect(lint('满意人数/总人数', { indicatorName: '完成率' })).toEqual([])
  })
})

describe('lintFormula: unit against the target', () => {
  it('flags a quantity against a percent target, any percent unit', () => {
    for (const target of ['50%', '5‰']) {
      expect(lint('a+b', { target })).toMatchObject([
        ['TARGET_FORMULA_UNIT_MISMATCH', { formulaUnit: '数量', target }],
      ])
    }
    expect(lint('a+b', { target: { kind: 'quantitative', unit: '百分比', text: 'T' } })).toEqual([
      [
        'TARGET_FORMULA_UNIT_MISMATCH',
        { formula: 'a+b', formulaUnit: '数量', target: 'T', targetUnit: '百分比' },
      ],
    ])
    expect(lint('a+b', { target: { kind: 'quantitative', unit: '％' } })).toMatchObject([
      ['TARGET_FORMULA_UNIT_MISMATCH', { target: '％' }],
    ])
    expect(lint('x:a+b', { target: '50%' })).toHaveLength(1)
  })

  it('does not flag a rate by its name or label, a division, or a target without a unit', () => {
    expect(lint('x率:a+b', { target: '50%' })).toEqual([])
    expect(lint('a/b', { target: '50%' })).toEqual([])
    expect(lint('a+b', { target: { kind: 'quantitative', unit: '' } })).toEqual([])
    expect(lint('a+b', { target: { kind: 'quantitative', unit: null } })).toEqual([])
    expect(lint('a+b', { target: { kind: 'qualitative', unit: '%' } })).toEqual([])
  })

  it('flags a percent against a count, unless the name declares a completion rate', () => {
    expect(lint('x率=a+b', { target: '5辆' })).toMatchObject([
      ['TARGET_FORMULA_UNIT_MISMATCH', { formulaUnit: '百分比', targetUnit: '辆' }],
    ])
    expect(lint('数量完成率=a/b*100%', { target: '5辆' })).toEqual([])
    expect(lint('达成率=a/b*100%', { target: '5辆' })).toEqual([])
    expect(lint('数量完成=a/b*100%', { target: '5辆' })).toHaveLength(1)
    expect(lint('a/b', { target: '5辆' })).toEqual([])
    const en = lintFormula('a/b*100%', { target: '5辆', locale: 'en', path: ['k'] })
    expect(en).toMatchObject([{ path: ['k'], params: { formulaUnit: 'a percent' } }])
  })
})

describe('lintFormula: unsuppliable variables', () => {
  it('names the reason in the locale, at the path, for the label as well as the name', () => {
    expect(lintFormula('完成数:完成数/b', { locale: 'en', path: ['z'] })).toMatchObject([
      {
        code: 'FORMULA_VARIABLE_UNSUPPLIABLE',
        path: ['z'],
        params: { name: '完成数', problem: 'circular', reason: "it is the formula's own result" },
      },
    ])
    expect(lint('a/b', { suppliable: new Set(['a']) })).toMatchObject([
      ['FORMULA_VARIABLE_UNSUPPLIABLE', { name: 'b', problem: 'unavailable' }],
    ])
    expect(lint('a/b', { suppliable: [] })).toHaveLength(2)
    expect(lint('工作情况/b')).toMatchObject([
      ['FORMULA_VARIABLE_UNSUPPLIABLE', { name: '工作情况', problem: 'qualitative' }],
    ])
  })
})

/** A tree as a bracketed string, to read precedence and associativity at a glance. */
function shape(text: string): string {
  const p = parseFormula(text)
  if (p.kind !== 'formula') return p.kind
  const walk = (n: import('../src/formula/types').FormulaNode): string =>
    n.type === 'number'
      ? n.value
      : n.type === 'variable'
        ? n.name
        : n.type === 'negate'
          ? `-${walk(n.operand)}`
          : `(${walk(n.left)} ${n.operator} ${walk(n.right)})`
  return walk(p.expression)
}

describe('parseFormula: the core grammar, on its own', () => {
  it.each([
    ['a+b*c', '(a + (b * c))'],
    ['a*b+c', '((a * b) + c)'],
    ['a-b-c', '((a - b) - c)'],
    ['a/b/c', '((a / b) / c)'],
    ['a-b+c', '((a - b) + c)'],
    ['a/b*c', '((a / b) * c)'],
    ['a*b/c', '((a * b) / c)'],
    ['a-(b-c)', '(a - (b - c))'],
    ['(a+b)*c', '((a + b) * c)'],
    ['-a*b', '(-a * b)'],
    ['+a-+b', '(a - b)'],
    ['--a+1', '(--a + 1)'],
    ['a*-(b+c)', '(a * -(b + c))'],
    ['a×b÷c－d＋e', '((((a * b) / c) - d) + e)'],
  ])('%s is %s', (text, expected) => {
    expect(shape(text)).toBe(expected)
  })

  it('keeps spans: a binary node from its left start to its right end, a sign from the sign', () => {
    const p = parseFormula('x = -(a + b) * c')
    if (p.kind !== 'formula') throw new Error(p.kind)
    expect(p.expression).toMatchObject({ type: 'binary', start: 4, end: 16 })
    if (p.expression.type !== 'binary') throw new Error('not binary')
    expect(p.expression.left).toMatchObject({ type: 'negate', start: 4, end: 11 })
    expect(p.expression.right).toMatchObject({ type: 'variable', start: 15, end: 16 })
  })

  it('counts operators: one is enough to be a formula, a name head makes any expression one', () => {
    expect(parseFormula('-a').kind).toBe('criterion')
    expect(parseFormula('x=-a').kind).toBe('formula')
    expect(parseFormula('(a)').kind).toBe('criterion')
    expect(parseFormula('a*b')).toMatchObject({ kind: 'formula', variables: ['a', 'b'] })
  })

  it.each([
    ['a/', 'unexpected-end', 2],
    ['(a/b', 'unclosed-paren', 0],
    ['a)/b', 'unmatched-paren', 1],
    ['a/b)', 'unmatched-paren', 3],
    ['a//b', 'missing-operand', 2],
    ['a/b 2', 'missing-operator', 4],
    ['a/(b)c', 'missing-operator', 5],
    ['a/b=c', 'misplaced-equals', 3],
    ['a/b:c', 'misplaced-colon', 3],
    ['a/b#', 'unexpected-character', 3],
    ['a/()', 'missing-operand', 3],
  ])('%s: %s at %i', (text, problem, offset) => {
    const p = parseFormula(text, { locale: 'en', path: ['t'] })
    expect(p).toMatchObject({
      kind: 'invalid',
      finding: {
        code: 'FORMULA_UNPARSEABLE',
        path: ['t'],
        params: { problem, offset, position: offset + 1, text },
      },
    })
    expect(p.kind === 'invalid' && p.finding.message).toContain(`at character ${offset + 1}`)
  })

  it('reads a value that is not text as not-text', () => {
    expect(parseFormula(5 as never)).toMatchObject({
      kind: 'invalid',
      text: '',
      finding: { params: { problem: 'not-text', offset: 0 } },
    })
  })
})

describe('evaluateFormula: the four operations and signs, exactly', () => {
  it.each([
    ['a+b', '3.5'],
    ['a-b', '-0.5'],
    ['a*b', '3'],
    ['a/b', '0.75'],
    ['-(a-b)', '0.5'],
    ['a-b-b', '-2.5'],
    ['a/b/b', '0.375'],
    ['(a+b)*2', '7'],
    ['a+b*2', '5.5'],
    ['x=a', '1.5'],
  ])('%s with a = 1.5, b = 2 is %s', (text, data) => {
    expect(evaluateFormula(text, { a: '1.5', b: '2' })).toMatchObject({ success: true, data })
  })

  it('reads values from a Map too, and reports the first unknown name of the tree', () => {
    expect(
      evaluateFormula(
        'a*b',
        new Map<string, string | number>([
          ['a', '2'],
          ['b', 3],
        ]),
      ),
    ).toMatchObject({ data: '6' })
    expect(evaluateFormula('a*b', null as never)).toMatchObject({
      success: false,
      findings: [
        { code: 'FORMULA_UNKNOWN_VARIABLE', params: { name: 'a' } },
        { code: 'FORMULA_UNKNOWN_VARIABLE', params: { name: 'b' } },
      ],
    })
  })

  it('gives the percent of a percent formula from the exact value', () => {
    expect(evaluateFormula('a/b*100', { a: '1', b: '3' })).toMatchObject({
      percent: `33.${'3'.repeat(58)}`,
    })
  })
})
