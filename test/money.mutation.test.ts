/**
 * Assertions that pin src/money operator by operator (issue 18, mutation testing): the problem
 * each rejection names, the unit each reading reports, and the decimal helpers' edge cases.
 */
import { describe, expect, it } from 'vitest'
import { convertAmount, OptionError, parseAmount } from '../src/index'
import { amountProblemText, isAmountProblem, readAmount } from '../src/money/amount'
import {
  checkDecimal,
  dec,
  isDecimalString,
  sum,
  toDecimalString,
  toFixedString,
} from '../src/money/decimal'
import { checkUnit, isMoneyUnit, scale, yuanPer } from '../src/money/units'

const problem = (input: unknown) => {
  const r = parseAmount(input)
  return r.success ? `read ${r.data}` : r.problem
}

describe('parseAmount names the problem', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['89.31%', 'percent'],
    ['12,34.5', 'bad-grouping'],
    ['1,2345', 'bad-grouping'],
    ['1,2a', 'not-a-number'],
    ['M.8', 'not-a-number'],
    ['1.', 'not-a-number'],
    ['--1', 'not-a-number'],
  ])('%j is %s', (text, expected) => {
    expect(problem(text)).toBe(expected)
  })

  it('for values that are not text', () => {
    expect(problem(Number.NaN)).toBe('not-finite')
    expect(problem(Number.NEGATIVE_INFINITY)).toBe('not-finite')
    expect(problem(null)).toBe('wrong-type')
    expect(problem(true)).toBe('wrong-type')
    expect(problem({})).toBe('wrong-type')
  })

  it('with the text it could not read in the finding', () => {
    const text = (input: unknown) => {
      const r = parseAmount(input, { locale: 'en' })
      return r.success ? null : r.findings[0]?.params
    }
    expect(text(null)).toMatchObject({ text: 'null', problem: 'wrong-type' })
    expect(text(false)).toMatchObject({ text: 'false', reason: 'it is neither text nor a number' })
    expect(text(Number.NaN)).toMatchObject({ text: 'NaN', reason: 'it is not a finite number' })
    expect(text({})).toMatchObject({ text: 'object' })
    expect(text(' 8 %')).toMatchObject({ text: ' 8 %', problem: 'percent' })
  })
})

describe('parseAmount reads', () => {
  it('bigints and numbers, in the requested unit', () => {
    expect(parseAmount(12345678901234567890n)).toEqual({
      success: true,
      data: '12345678901234567890',
      unit: null,
    })
    expect(parseAmount(5n, { unit: '万元' })).toEqual({ success: true, data: '5', unit: '万元' })
    expect(parseAmount(5, { unit: '亿元' })).toEqual({ success: true, data: '5', unit: '亿元' })
    expect(parseAmount(-0)).toEqual({ success: true, data: '0', unit: null })
  })

  it('the unit written in the text, in each spelling', () => {
    expect(parseAmount('5.8万')).toEqual({ success: true, data: '5.8', unit: '万元' })
    expect(parseAmount('236.25萬元')).toEqual({ success: true, data: '236.25', unit: '万元' })
    expect(parseAmount('3萬')).toEqual({ success: true, data: '3', unit: '万元' })
    expect(parseAmount('1.5亿')).toEqual({ success: true, data: '1.5', unit: '亿元' })
    expect(parseAmount('2亿元')).toEqual({ success: true, data: '2', unit: '亿元' })
    expect(parseAmount('100元')).toEqual({ success: true, data: '100', unit: '元' })
  })

  it('a bare number as already in the requested unit', () => {
    expect(parseAmount('100', { unit: '元' })).toEqual({ success: true, data: '100', unit: '元' })
    expect(parseAmount('100.50', { unit: '元' })).toEqual({
      success: true,
      data: '100.5',
      unit: '元',
    })
  })

  it('and converts a written unit to the requested one, canonically', () => {
    expect(parseAmount('1.5亿', { unit: '万元' })).toEqual({
      success: true,
      data: '15000',
      unit: '万元',
    })
    expect(parseAmount('100元', { unit: '元' })).toEqual({ success: true, data: '100', unit: '元' })
    expect(parseAmount('0.50万元')).toEqual({ success: true, data: '0.5', unit: '万元' })
  })

  it('signs and currency signs before the digits', () => {
    expect(parseAmount('\u20135')).toMatchObject({ data: '-5' })
    expect(parseAmount('\uFE635')).toMatchObject({ data: '-5' })
    expect(parseAmount('-¥12')).toMatchObject({ data: '-12' })
    expect(parseAmount('+¥12')).toMatchObject({ data: '12' })
    expect(parseAmount('.5')).toMatchObject({ data: '0.5' })
    expect(parseAmount('007')).toMatchObject({ data: '7' })
    expect(parseAmount('-1,000.50')).toMatchObject({ data: '-1000.5' })
  })

  it('only a dash at the start as a minus', () => {
    expect(problem('5\u2013')).toBe('not-a-number')
  })
})

describe('readAmount', () => {
  it('reports the finding at the given path in the given locale', () => {
    const r = readAmount('x', { path: ['a', 1], locale: 'en' })
    expect(r).toMatchObject({
      success: false,
      problem: 'not-a-number',
      finding: { code: 'AMOUNT_UNPARSEABLE', path: ['a', 1] },
    })
    expect(readAmount('x')).toMatchObject({ finding: { path: [] } })
  })
})

describe('convertAmount', () => {
  it('keeps the unit when from and to are the same, and refuses a bad "from"', () => {
    expect(convertAmount('1.50', '万元', '万元')).toEqual({ success: true, data: '1.5' })
    expect(convertAmount('3', '亿元', '元')).toEqual({ success: true, data: '300000000' })
    expect(() => convertAmount('1', 'USD' as never, '元')).toThrow(OptionError)
  })

  it('converts a unit written in the text from that unit', () => {
    expect(convertAmount('2万元', '元', '万元')).toEqual({ success: true, data: '2' })
  })
})

describe('problem words', () => {
  it('are known by name and told in both locales', () => {
    expect(isAmountProblem('percent')).toBe(true)
    expect(isAmountProblem('toString')).toBe(false)
    expect(amountProblemText('empty', 'en')).toBe('it is empty')
    expect(amountProblemText('empty', undefined)).toBe('内容为空')
  })
})

describe('decimal helpers', () => {
  it('isDecimalString accepts canonical decimals only', () => {
    for (const s of ['0', '-1', '10', '0.5', '-0.05']) expect(isDecimalString(s)).toBe(true)
    for (const s of ['01', '1.0', '1.', '.5', '+1', '1e3', ' 1', '1 ', '']) {
      expect(isDecimalString(s)).toBe(false)
    }
  })

  it('checkDecimal passes decimals and finite numbers, and throws on anything else', () => {
    expect(checkDecimal('f', 'o', undefined)).toBeUndefined()
    // A number comes back as its canonical decimal text, exponent notation written out.
    expect(checkDecimal('f', 'o', 0.5)).toBe('0.5')
    expect(checkDecimal('f', 'o', 1e-7)).toBe('0.0000001')
    expect(checkDecimal('f', 'o', '0.05')).toBe('0.05')
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '5%', null, '1.50']) {
      expect(() => checkDecimal('f', 'o', bad)).toThrow(OptionError)
    }
  })

  it('toDecimalString writes zero as "0" and never in exponent form', () => {
    expect(toDecimalString(dec('-0'))).toBe('0')
    expect(toDecimalString(dec('0.000'))).toBe('0')
    expect(toDecimalString(dec('1e-20'))).toBe('0.00000000000000000001')
    expect(toDecimalString(dec('1e25'))).toBe('10000000000000000000000000')
  })

  it('toFixedString rounds in the mode asked, half-up by default, with no "-0"', () => {
    expect(toFixedString(dec('2.345'), 2)).toBe('2.35')
    expect(toFixedString(dec('2.345'), 2, 'half-up')).toBe('2.35')
    expect(toFixedString(dec('2.345'), 2, 'half-even')).toBe('2.34')
    expect(toFixedString(dec('2.355'), 2, 'half-even')).toBe('2.36')
    expect(toFixedString(dec('2.349'), 2, 'truncate')).toBe('2.34')
    expect(toFixedString(dec('-0.001'), 2)).toBe('0.00')
    expect(toFixedString(dec('-0.5'), 0)).toBe('-1')
    expect(toFixedString(dec('-1.25'), 1)).toBe('-1.3')
  })

  it('decimals are exact with 60 significant digits', () => {
    expect(toDecimalString(dec('1').dividedBy(3))).toBe(`0.${'3'.repeat(60)}`)
    expect(toDecimalString(dec('0.1').plus('0.2'))).toBe('0.3')
    expect(toDecimalString(dec('2.5').toDecimalPlaces(0))).toBe('3')
    expect(toDecimalString(dec('-7').mod(3))).toBe('-1')
  })

  it('sum adds strings and decimals, and is zero for nothing', () => {
    expect(toDecimalString(sum([]))).toBe('0')
    expect(toDecimalString(sum(['1.5', dec('2.25'), '-0.75']))).toBe('3')
  })
})

describe('units', () => {
  it('knows the three money units and their size in 元', () => {
    expect(yuanPer('元').toString()).toBe('1')
    expect(yuanPer('万元').toString()).toBe('10000')
    expect(yuanPer('亿元').toString()).toBe('100000000')
    expect(['元', '万元', '亿元'].every(isMoneyUnit)).toBe(true)
    expect(isMoneyUnit('千元')).toBe(false)
    expect(isMoneyUnit(undefined)).toBe(false)
  })

  it('checkUnit passes undefined and a unit, and throws on anything else', () => {
    expect(checkUnit('f', 'unit', undefined)).toBeUndefined()
    expect(checkUnit('f', 'unit', '亿元')).toBe('亿元')
    expect(() => checkUnit('f', 'unit', '千元')).toThrow(OptionError)
  })

  it('scale converts exactly and returns the same value for the same unit', () => {
    const v = dec('1.5')
    expect(scale(v, '万元', '万元')).toBe(v)
    expect(scale(v, '亿元', '元').toString()).toBe('150000000')
    expect(scale(v, '元', '亿元').toFixed()).toBe('0.000000015')
  })
})

describe('what the mutation run showed unpinned', () => {
  it('tells misplaced separators from text that is not a number', () => {
    expect(problem('a1,234')).toBe('not-a-number')
    expect(problem('+1,2345')).toBe('bad-grouping')
    expect(problem('1,2345.67')).toBe('bad-grouping')
  })

  it('names the function and the option when an option is wrong', () => {
    expect(() => parseAmount('1', { unit: '千元' as never })).toThrow(
      expect.objectContaining({ function: 'parseAmount', option: 'unit' }),
    )
    expect(() => convertAmount('1', '千元' as never, '元')).toThrow(
      expect.objectContaining({ function: 'convertAmount', option: 'from' }),
    )
    expect(() => convertAmount('1', '元', '千元' as never)).toThrow(
      expect.objectContaining({ function: 'convertAmount', option: 'to' }),
    )
    expect(() => checkDecimal('f', 'o', '5%')).toThrow(
      'f: option "o" must be a decimal string such as "0.05" or a finite number',
    )
  })

  it('refuses values that only print as a decimal', () => {
    expect(() => checkDecimal('f', 'o', 5n)).toThrow(OptionError)
    expect(() => checkDecimal('f', 'o', [1])).toThrow(OptionError)
  })

  it('gives the finding, not a throw, when convertAmount cannot read the amount', () => {
    expect(convertAmount('IO', '万元', '元')).toEqual({
      success: false,
      findings: [
        expect.objectContaining({
          code: 'AMOUNT_UNPARSEABLE',
          severity: 'error',
          params: { text: 'IO', reason: '不是数字', problem: 'not-a-number' },
        }),
      ],
    })
  })

  it('writes the finding from the catalogue, in the locale asked', () => {
    const r = parseAmount('M.8', { locale: 'en' })
    expect(r.success ? null : r.findings[0]).toMatchObject({
      code: 'AMOUNT_UNPARSEABLE',
      severity: 'error',
      message: 'The amount "M.8" cannot be read: it is not a number',
    })
  })
})
