/**
 * parseAmount returns an amount already written canonically without going through decimal.js
 * (issue 17); it must give exactly what decimal.js gives, for any number text.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAmount } from '../src/index'
import { dec, toDecimalString } from '../src/money/decimal'

describe('parseAmount: the canonical fast path is decimal.js', () => {
  it('gives toDecimalString(dec(text)) for any plain decimal text', () => {
    const digits = fc.string({
      unit: fc.constantFrom('0', '1', '5', '9'),
      minLength: 1,
      maxLength: 8,
    })
    const text = fc
      .tuple(fc.constantFrom('', '-', '+'), digits, fc.option(digits, { nil: undefined }))
      .map(([sign, int, frac]) => `${sign}${int}${frac === undefined ? '' : `.${frac}`}`)
    fc.assert(
      fc.property(text, (t) => {
        const r = parseAmount(t)
        expect(r.success && r.data).toBe(toDecimalString(dec(t)))
      }),
      { numRuns: 5000 },
    )
  })

  it('keeps the cases decimal.js rewrites: zeros, signs, a bare fraction', () => {
    const data = (t: string) => {
      const r = parseAmount(t)
      return r.success ? r.data : null
    }
    expect(
      ['6211.89', '007', '1.50', '+5', '-0', '-0.0', '.5', '-0.05', '0', '10'].map(data),
    ).toEqual(['6211.89', '7', '1.5', '5', '0', '0', '0.5', '-0.05', '0', '10'])
  })
})
