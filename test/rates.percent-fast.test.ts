/**
 * formatPercent rounds a rate result in BigInt integers instead of decimal.js (issue 17). It must
 * print exactly what the decimal.js path prints, for any numerator, denominator, places and
 * rounding — including the inputs where it steps aside.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPercent, type RateRounding } from '../src/index'
import { formatPercentGeneral } from '../src/rates/format'
import { exactPercentText } from '../src/rates/fraction'

const digits = (max: number) =>
  fc
    .array(fc.constantFrom(...Array.from('0123456789')), { minLength: 1, maxLength: max })
    .map((d) => d.join(''))

/** Plain decimal strings, canonical or not ("007.50", "-0", "0.000"), short and long. */
const plain = (max: number) =>
  fc
    .tuple(fc.boolean(), digits(max), fc.option(digits(max), { nil: undefined }))
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === undefined ? '' : `.${frac}`}`)

const mode = fc.constantFrom<RateRounding>('half-up', 'half-even', 'truncate')

function rate(numerator: string, denominator: string) {
  return { success: true as const, data: '0', numerator, denominator }
}

describe('formatPercent: the integer path is the decimal.js path', () => {
  it('agrees on short plain decimals, every place count and rounding', () => {
    fc.assert(
      fc.property(plain(8), plain(8), fc.integer({ min: 0, max: 20 }), mode, (n, d, places, m) => {
        const r = rate(n, d)
        expect(formatPercent(r, { decimals: places, rounding: m })).toBe(
          formatPercentGeneral(r, places, m),
        )
      }),
      { numRuns: 5000 },
    )
  })

  it('agrees on long ones, around the length where it steps aside', () => {
    fc.assert(
      fc.property(
        plain(30),
        plain(30),
        fc.integer({ min: 0, max: 20 }),
        mode,
        (n, d, places, m) => {
          const r = rate(n, d)
          expect(formatPercent(r, { decimals: places, rounding: m })).toBe(
            formatPercentGeneral(r, places, m),
          )
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('agrees on ratios given as decimal strings, up to and past 60 significant digits', () => {
    // Canonical decimals as evaluate passes them (quotients of 60 digits), others read the long way.
    const ratio = fc.oneof(
      fc
        .tuple(fc.boolean(), digits(4), digits(64))
        .map(([neg, int, frac]) => `${neg ? '-' : ''}${int.replace(/^0+(?=\d)/, '')}.${frac}`),
      fc
        .tuple(digits(3), fc.integer({ min: 55, max: 62 }))
        .map(([lead, n]) => `0.${'0'.repeat(lead.length)}${'9'.repeat(n - 1)}5`),
      plain(8),
      fc.constantFrom('0.9', '0.3', '1', '0', '-0', '0.125', '1e-3', ' 0.5', '0.5万'),
    )
    fc.assert(
      fc.property(ratio, fc.integer({ min: 0, max: 20 }), mode, (r, places, m) => {
        expect(formatPercent(r, { decimals: places, rounding: m })).toBe(
          formatPercentGeneral(r, places, m),
        )
      }),
      { numRuns: 5000 },
    )
  })

  it('agrees on ties, where the roundings differ', () => {
    // n/d × 100 exactly halfway between two printed values: 0.12345 at 2 places, 1/8 at 1 place.
    for (const [n, d, places] of [
      ['12345', '100000', 2],
      ['1', '8', 1],
      ['-1', '8', 1],
      ['1', '-8', 1],
      ['5', '1000', 0],
      ['15', '1000', 0],
      ['-0', '3', 2],
    ] as const) {
      for (const m of ['half-up', 'half-even', 'truncate'] as const) {
        const r = rate(n, d)
        expect(formatPercent(r, { decimals: places, rounding: m })).toBe(
          formatPercentGeneral(r, places, m),
        )
      }
    }
    // 60 digits whose doubled remainder takes a 61st: decimal.js rounds it to a tie, and half-even
    // keeps 0.00%; the integer path would say 0.01%, so it steps aside there.
    const sixty = `0.00005${'0'.repeat(58)}1`
    expect(formatPercent(sixty, { rounding: 'half-even' })).toBe(
      formatPercentGeneral(sixty, 2, 'half-even'),
    )
    expect(formatPercent(sixty, { rounding: 'half-even' })).toBe('0.00%')
    expect(formatPercent(sixty)).toBe('0.01%')
    expect(formatPercent(rate('12345', '100000'), { rounding: 'half-even' })).toBe('12.34%')
    expect(formatPercent(rate('-1', '8'), { decimals: 1 })).toBe('-12.5%')
    expect(formatPercent(rate('-0', '3'))).toBe('0.00%')
  })

  it('steps aside for what it does not read, and the result is still the general one', () => {
    expect(exactPercentText('1e3', '1', 2, 'half-up')).toBeUndefined()
    expect(exactPercentText(5, '1', 2, 'half-up')).toBeUndefined()
    expect(exactPercentText('5', '0.00', 2, 'half-up')).toBeUndefined()
    expect(exactPercentText('1'.repeat(30), '3'.repeat(27), 2, 'half-up')).toBeUndefined()
    expect(exactPercentText('5421.31', '6070.14', 2, 'half-up')).toBe('89.31')
    expect(formatPercent(rate('5', '0'))).toBeNull()
    expect(
      formatPercent({ success: true, data: '0.5', numerator: 1, denominator: 2 } as never),
    ).toBe('50.00%')
  })
})
