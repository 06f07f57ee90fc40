import { describe, expect, it } from 'vitest'
import { convertAmount, parseAmount } from '../src/index'

describe('parseAmount', () => {
  it.each([
    ['6211. 89', '6211.89'],
    ['327. 17', '327.17'],
    ['5840.18', '5840.18'],
    ['6,211.89', '6211.89'],
    ['６２１１．８９', '6211.89'],
    ['－327.17', '-327.17'],
    ['−0.03', '-0.03'],
    ['＋5', '5'],
    ['89.974', '89.974'],
    ['3.10', '3.1'],
    ['-0', '0'],
    ['¥1,000', '1000'],
  ])('reads %s as %s', (text, value) => {
    const r = parseAmount(text)
    expect(r.success && r.value).toBe(value)
  })

  it('reads numbers by their shortest decimal form', () => {
    expect(parseAmount(6211.89)).toEqual({ success: true, value: '6211.89', unit: null })
    expect(parseAmount(0.1 + 0.2)).toMatchObject({ value: '0.30000000000000004' })
  })

  it.each(['IO', 'M.8', 'O', '1.2.3', '', '12,34.5', 'abc', '89.31%', '1e5x'])(
    'rejects %j with a finding, never a guess',
    (text) => {
      const r = parseAmount(text)
      expect(r.success).toBe(false)
      if (!r.success) {
        expect(r.finding.code).toBe('AMOUNT_UNPARSEABLE')
        expect(r.finding.severity).toBe('error')
        expect(r.finding.message).toContain('无法识别')
      }
    },
  )

  it('rejects non-finite numbers and non-text values', () => {
    expect(parseAmount(Number.NaN).success).toBe(false)
    expect(parseAmount(Number.POSITIVE_INFINITY).success).toBe(false)
    expect(parseAmount({}).success).toBe(false)
    expect(parseAmount(null).success).toBe(false)
  })

  it('converts a written unit when asked, exactly', () => {
    expect(parseAmount('25万元', { unit: '元' })).toEqual({ success: true, value: '250000', unit: '元' })
    expect(parseAmount('8400元', { unit: '万元' })).toMatchObject({ value: '0.84' })
    expect(parseAmount('90万元')).toMatchObject({ value: '90', unit: '万元' })
  })

  it('renders the finding in English on request', () => {
    const r = parseAmount('M.8', { locale: 'en', path: ['funding', 0, 'actual'] })
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.finding.message).toBe('The amount "M.8" cannot be read: it is not a number')
      expect(r.finding.path).toEqual(['funding', 0, 'actual'])
    }
  })
})

describe('convertAmount', () => {
  it('moves between 元, 万元 and 亿元 without rounding', () => {
    expect(convertAmount('6211.89', '万元', '元')).toMatchObject({ value: '62118900' })
    expect(convertAmount('1', '元', '万元')).toMatchObject({ value: '0.0001' })
    expect(convertAmount('6539.06', '万元', '亿元')).toMatchObject({ value: '0.653906' })
    expect(convertAmount('0.653906', '亿元', '万元')).toMatchObject({ value: '6539.06' })
  })

  it('returns a finding for an unreadable amount', () => {
    expect(convertAmount('IO', '万元', '元').success).toBe(false)
  })
})
