import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { convertAmount, OptionError, parseAmount } from '../src/index'

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
    expect(r.success && r.data).toBe(value)
  })

  it('reads numbers by their shortest decimal form', () => {
    expect(parseAmount(6211.89)).toEqual({ success: true, data: '6211.89', unit: null })
    expect(parseAmount(0.1 + 0.2)).toMatchObject({ data: '0.30000000000000004' })
  })

  it.each(['IO', 'M.8', 'O', '1.2.3', '', '12,34.5', 'abc', '89.31%', '1e5x'])(
    'rejects %j with a finding, never a guess',
    (text) => {
      const r = parseAmount(text)
      expect(r.success).toBe(false)
      if (!r.success) {
        expect(r.findings[0]?.code).toBe('AMOUNT_UNPARSEABLE')
        expect(r.findings[0]?.severity).toBe('error')
        expect(r.findings[0]?.message).toContain('无法识别')
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
    expect(parseAmount('25万元', { unit: '元' })).toEqual({
      success: true,
      data: '250000',
      unit: '元',
    })
    expect(parseAmount('8400元', { unit: '万元' })).toMatchObject({ data: '0.84' })
    expect(parseAmount('90万元')).toMatchObject({ data: '90', unit: '万元' })
  })

  it('renders the finding in English on request', () => {
    const r = parseAmount('M.8', { locale: 'en', path: ['funding', 0, 'actual'] })
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.findings[0]?.message).toBe('The amount "M.8" cannot be read: it is not a number')
      expect(r.findings[0]?.path).toEqual(['funding', 0, 'actual'])
    }
  })
})

describe('convertAmount', () => {
  it('moves between 元, 万元 and 亿元 without rounding', () => {
    expect(convertAmount('6211.89', '万元', '元')).toEqual({ success: true, data: '62118900' })
    expect(convertAmount('1', '元', '万元')).toEqual({ success: true, data: '0.0001' })
    expect(convertAmount('6539.06', '万元', '亿元')).toEqual({ success: true, data: '0.653906' })
    expect(convertAmount('0.653906', '亿元', '万元')).toEqual({ success: true, data: '6539.06' })
  })

  it('returns a finding for an unreadable amount, and refuses a unit that is not one', () => {
    expect(convertAmount('IO', '万元', '元')).toMatchObject({
      success: false,
      findings: [{ code: 'AMOUNT_UNPARSEABLE' }],
    })
    expect(() => convertAmount('1', '万元', '美元' as never)).toThrow(OptionError)
  })
})

describe('parseAmount properties', () => {
  /** A canonical decimal string: no leading zeros, no trailing fractional zeros, no "-0". */
  const canonical = fc
    .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 6 }))
    .map(([units, scale]) => {
      const negative = units < 0n
      let s = (negative ? -units : units).toString()
      if (scale > 0) {
        s = s.padStart(scale + 1, '0')
        s = `${s.slice(0, -scale)}.${s.slice(-scale)}`.replace(/0+$/, '').replace(/\.$/, '')
      }
      return negative && s !== '0' ? `-${s}` : s
    })

  const group = (s: string) => {
    const [sign, digits] = s.startsWith('-') ? ['-', s.slice(1)] : ['', s]
    const [whole = '', frac] = digits.split('.')
    const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',')
    return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`
  }
  const fullWidth = (s: string) =>
    s.replace(/[0-9.,-]/g, (c) =>
      c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    )

  it('never throws, on any string or any value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        const r = parseAmount(s)
        expect(typeof r.success).toBe('boolean')
        if (r.success) expect(r.data).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/)
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(() => parseAmount(v)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('returns a canonical string unchanged', () => {
    fc.assert(
      fc.property(canonical, (s) => {
        expect(parseAmount(s)).toEqual({ success: true, data: s, unit: null })
      }),
      { numRuns: 500 },
    )
  })

  it('reads the same value through thousands separators, full-width digits and OCR spaces', () => {
    fc.assert(
      fc.property(canonical, fc.nat(), (s, at) => {
        expect(parseAmount(group(s))).toMatchObject({ success: true, data: s })
        expect(parseAmount(fullWidth(s))).toMatchObject({ success: true, data: s })
        expect(parseAmount(fullWidth(group(s)))).toMatchObject({ success: true, data: s })
        const i = at % (s.length + 1)
        expect(parseAmount(`${s.slice(0, i)} ${s.slice(i)}`)).toMatchObject({
          success: true,
          data: s,
        })
      }),
      { numRuns: 500 },
    )
  })

  it('reads any finite number as the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const r = parseAmount(n)
        expect(r.success).toBe(true)
        if (r.success) expect(Number(r.data)).toBe(n === 0 ? 0 : n)
      }),
      { numRuns: 500 },
    )
  })
})

describe('parseAmount (the contract shape: data, or the findings)', () => {
  it('gives the canonical string for the seed figures', () => {
    for (const [text, data] of [
      ['6211. 89', '6211.89'],
      ['6,211.89', '6211.89'],
      ['６２１１．８９', '6211.89'],
      [6211.89, '6211.89'],
      ['1611. 20', '1611.2'],
    ] as const) {
      expect(parseAmount(text)).toEqual({ success: true, data, unit: null })
    }
  })

  it('gives a finding, never NaN, for look-alike garbage', () => {
    for (const text of ['IO', 'M.8', 'O', '1.2.3', '']) {
      const r = parseAmount(text, { path: ['tasks', 0, 'funds'] })
      expect(r.success).toBe(false)
      expect(r).not.toHaveProperty('data')
      expect(r).toMatchObject({
        findings: [{ code: 'AMOUNT_UNPARSEABLE', severity: 'error', path: ['tasks', 0, 'funds'] }],
      })
    }
  })
})
