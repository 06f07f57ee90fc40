/**
 * The reproductions of issue 18 that are fixed at their root, each kept as a regression test:
 * loops over years bounded by a count (a year of 2**53 made `year++` stand still), and no array
 * spread into a call (a goal of 130,000 lines overflowed the stack in the text report).
 */
import { describe, expect, it } from 'vitest'
import { evaluate, liwan2021Form, OptionError, pefaPI1, renderReport } from '../src/index'

describe('issue 18 reproductions', () => {
  it('a PEFA year beyond the calendar is no year: insufficient data, at once', () => {
    for (const year of [2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, 0, 10_000]) {
      const r = pefaPI1([{ year, budget: '100', actual: '96' }])
      expect(r).toMatchObject({ years: [], score: 'D*', basis: 'insufficient-data' })
    }
    // The calendar years beside it are still read.
    const r = pefaPI1([
      { year: 2 ** 53, budget: '100', actual: '96' },
      { year: 2021, budget: '100', actual: '96' },
      { year: 2022, budget: '100', actual: '97' },
      { year: 2023, budget: '100', actual: '98' },
    ])
    expect(r.years.map((y) => y.year)).toEqual([2021, 2022, 2023])
  })

  it('a lastYear beyond the calendar is an option error, not a hang', () => {
    expect(() => pefaPI1([], { lastYear: 2 ** 53 })).toThrow(OptionError)
    expect(() => pefaPI1([], { lastYear: -1e308 })).toThrow(OptionError)
  })

  it('a goal of 130,000 lines renders as text without overflowing the stack', () => {
    const e = evaluate({
      ...liwan2021Form,
      goal: { planned: 'a\n'.repeat(130_000), achieved: 'b' },
    })
    const text = renderReport(e, { format: 'text' })
    expect(text.split('\n').length).toBeGreaterThan(130_000)
  })
})
