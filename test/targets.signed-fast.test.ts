/**
 * The target grammar takes a number token already written canonically as its own value (issue 17).
 * It must be the value the round trip through decimal.js gives, for any token and sign.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dec, toDecimalString } from '../src/money/decimal'
import { signed } from '../src/targets/parse'

const digits = (max: number) =>
  fc
    .array(fc.constantFrom(...Array.from('0000123456789')), { minLength: 1, maxLength: max })
    .map((d) => d.join(''))

describe('signed: a canonical token is its own value', () => {
  it('agrees with decimal.js on any token, leading and trailing zeros included', () => {
    fc.assert(
      fc.property(
        digits(12),
        fc.option(digits(12), { nil: undefined }),
        fc.boolean(),
        (int, frac, negative) => {
          const token = frac === undefined ? int : `${int}.${frac}`
          const d = dec(token)
          expect(signed(token, negative)).toBe(toDecimalString(negative ? d.negated() : d))
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('reads zero without a sign and keeps long figures whole', () => {
    expect(signed('0', true)).toBe('0')
    expect(signed('0.50', true)).toBe('-0.5')
    expect(signed('9'.repeat(80), false)).toBe('9'.repeat(80))
  })
})
