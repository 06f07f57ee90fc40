/**
 * PEFA 2016 Pillar I scoring against worked examples computed by hand. Every figure in a comment
 * was worked out on paper from the inputs beside it; the code must agree to the last digit.
 */
import { describe, expect, it } from 'vitest'
import {
  compositionVariance,
  formatPercent,
  PEFA_2016,
  type PefaAggregateYear,
  type PefaCompositionYear,
  pefaPI1,
  pefaPI21,
  pefaPI22,
  pefaPI23,
  pefaPI31,
  pefaPI32,
} from '../src/index'

const agg = (
  rows: readonly (readonly [number, string | undefined, string | undefined])[],
): PefaAggregateYear[] => rows.map(([year, budget, actual]) => ({ year, budget, actual }))

describe('PI-1 aggregate expenditure outturn (A 95–105%, B 90–110%, C 85–115%, two of three years)', () => {
  it.each([
    // 96% A, 112% C, 104% A → two years in A
    [
      'A',
      [
        [2019, '100', '96'],
        [2020, '100', '112'],
        [2021, '100', '104'],
      ],
    ],
    // 91% B, 89% C, 120% D → B only once; C twice (91, 89)
    [
      'C',
      [
        [2019, '100', '91'],
        [2020, '100', '89'],
        [2021, '100', '120'],
      ],
    ],
    // 95% and 105% are inside A: the bounds are inclusive
    [
      'A',
      [
        [2019, '200', '190'],
        [2020, '200', '210'],
        [2021, '200', '150'],
      ],
    ],
    // 94.99% is not A; 110% is B; 90% is B → B
    [
      'B',
      [
        [2019, '100', '94.99'],
        [2020, '100', '110'],
        [2021, '100', '90'],
      ],
    ],
    // 84.99%, 115.01%, 100%: only one year within C → D
    [
      'D',
      [
        [2019, '100', '84.99'],
        [2020, '100', '115.01'],
        [2021, '100', '100'],
      ],
    ],
  ] as const)('scores %s', (score, rows) => {
    expect(pefaPI1(agg(rows)).score).toBe(score)
  })

  it('applies the seed department’s own figures as one year: 5840.18 / 6211.89 = 94.02% → B band', () => {
    const r = pefaPI1([{ year: 2021, budget: '6211.89', actual: '5840.18' }], {
      missingData: 'when-certain',
    })
    const y2021 = r.years.find((y) => y.year === 2021)
    expect(y2021?.grade).toBe('B')
    expect(y2021 && formatPercent(y2021.measure)).toBe('94.02%')
    // One known year can settle nothing under "two of three".
    expect(r.score).toBe('D*')
  })

  it('uses the last three years and reports them oldest first', () => {
    const r = pefaPI1(
      agg([
        [2017, '100', '50'],
        [2018, '100', '50'],
        [2019, '100', '100'],
        [2020, '100', '100'],
        [2021, '100', '60'],
      ]),
    )
    expect(r.years.map((y) => [y.year, y.grade])).toEqual([
      [2019, 'A'],
      [2020, 'A'],
      [2021, 'D'],
    ])
    expect(r).toMatchObject({ score: 'A', basis: 'all-years', rule: 'two-of-three' })
    expect(
      pefaPI1(
        agg([
          [2017, '100', '100'],
          [2018, '100', '100'],
          [2021, '100', '100'],
        ]),
        { lastYear: 2018 },
      ).score,
    ).toBe('D*')
  })

  it('scores D* for missing data, strictly by default', () => {
    const known = agg([
      [2019, '100', '96'],
      [2020, '100', '104'],
    ])
    expect(pefaPI1(known)).toMatchObject({ score: 'D*', basis: 'insufficient-data' })
    expect(pefaPI1([])).toMatchObject({ score: 'D*', years: [] })
    expect(
      pefaPI1(
        agg([
          [2019, '100', '96'],
          [2020, '0', '104'],
          [2021, '100', '100'],
        ]),
      ).score,
    ).toBe('D*')
    expect(
      pefaPI1(
        agg([
          [2019, '100', '96'],
          [2020, 'IO', '104'],
          [2021, '100', '100'],
        ]),
      ).score,
    ).toBe('D*')
  })

  it('scores from the known years only when they settle it (missingData: when-certain)', () => {
    const o = { missingData: 'when-certain' as const }
    // 96% A and 104% A with 2021 unknown: A whatever 2021 holds.
    expect(
      pefaPI1(
        agg([
          [2019, '100', '96'],
          [2020, '100', '104'],
          [2021, undefined, undefined],
        ]),
        o,
      ),
    ).toMatchObject({
      score: 'A',
      basis: 'known-years',
    })
    // 96% A and 88% C: 2021 could make it A (with 96) or leave C — open.
    expect(
      pefaPI1(
        agg([
          [2019, '100', '96'],
          [2020, '100', '88'],
          [2021, undefined, undefined],
        ]),
        o,
      ).score,
    ).toBe('D*')
    // 80% D and 70% D: no grade reachable with one more year → D.
    expect(
      pefaPI1(
        agg([
          [2019, '100', '80'],
          [2020, '100', '70'],
          [2021, undefined, undefined],
        ]),
        o,
      ).score,
    ).toBe('D')
  })

  it('treats a year given twice as unusable data', () => {
    const r = pefaPI1(
      agg([
        [2019, '100', '100'],
        [2020, '100', '100'],
        [2020, '100', '80'],
        [2021, '100', '100'],
      ]),
    )
    expect(r.years[1]).toMatchObject({
      year: 2020,
      grade: null,
      measure: { success: false, field: 'year' },
    })
    expect(r.score).toBe('D*')
  })
})

describe('PI-3.1 aggregate revenue outturn (asymmetric: A 97–106%, B 94–112%, C 92–116%)', () => {
  it.each([
    // 96% B, 107% B, 98% A → A once, B three times
    [
      'B',
      [
        [2019, '100', '96'],
        [2020, '100', '107'],
        [2021, '100', '98'],
      ],
    ],
    // 97% A, 106% A: both bounds inclusive
    [
      'A',
      [
        [2019, '100', '97'],
        [2020, '100', '106'],
        [2021, '100', '80'],
      ],
    ],
    // 113% C, 93% C, 111% B → B once, C three times
    [
      'C',
      [
        [2019, '100', '113'],
        [2020, '100', '93'],
        [2021, '100', '111'],
      ],
    ],
    // 116.5% D, 91% D, 100% A → D
    [
      'D',
      [
        [2019, '100', '116.5'],
        [2020, '100', '91'],
        [2021, '100', '100'],
      ],
    ],
  ] as const)('scores %s', (score, rows) => {
    expect(pefaPI31(agg(rows)).score).toBe(score)
  })

  it('is asymmetric where PI-1 is not: 106% is A for revenue, 105.5% is B for expenditure', () => {
    const rows = agg([
      [2019, '100', '105.5'],
      [2020, '100', '105.5'],
      [2021, '100', '100'],
    ])
    expect(pefaPI31(rows).score).toBe('A')
    expect(pefaPI1(rows).score).toBe('B')
  })
})

const threeLines = (
  year: number,
  actual: readonly [string, string, string],
): PefaCompositionYear => ({
  year,
  lines: [
    { name: '一般公共服务', budget: '50', actual: actual[0] },
    { name: '教育', budget: '30', actual: actual[1] },
    { name: '卫生健康', budget: '20', actual: actual[2] },
  ],
})

describe('composition variance Σ|Aᵢ − Bᵢ·ΣA/ΣB| / ΣA', () => {
  it('by hand: budget 50/30/20, outturn 60/25/25', () => {
    // ΣB = 100, ΣA = 110; scaled budget = 55/33/22; deviations 5 + 8 + 3 = 16; 16/110 = 14.5454…%
    const r = compositionVariance(threeLines(2019, ['60', '25', '25']).lines)
    expect(formatPercent(r, { decimals: 4 })).toBe('14.5455%')
    expect(r).toMatchObject({ success: true })
    // exact fraction: Σ|Aᵢ·ΣB − Bᵢ·ΣA| / (ΣA·ΣB) = 1600 / 11000
    expect(r.success && [r.numerator, r.denominator]).toEqual(['1600', '11000'])
  })

  it('ignores a uniform change: every line up 10% is no variance', () => {
    expect(compositionVariance(threeLines(2019, ['55', '33', '22']).lines)).toMatchObject({
      success: true,
      data: '0',
    })
  })

  it('by hand: budget 80/20, outturn 100/20', () => {
    // ΣB 100, ΣA 120; scaled 96/24; deviations 4 + 4 = 8; 8/120 = 6.67%
    expect(
      formatPercent(
        compositionVariance([
          { budget: '80', actual: '100' },
          { budget: '20', actual: '20' },
        ]),
      ),
    ).toBe('6.67%')
  })

  it('fails cleanly', () => {
    expect(compositionVariance([])).toMatchObject({ success: false, reason: 'missing-input' })
    expect(compositionVariance([{ budget: '0', actual: '5' }])).toMatchObject({
      success: false,
      reason: 'zero-denominator',
    })
    expect(compositionVariance([{ budget: '10', actual: '0' }])).toMatchObject({
      success: false,
      reason: 'zero-denominator',
    })
    expect(compositionVariance([{ budget: '10', actual: 'x' }], { path: ['pefa'] })).toMatchObject({
      success: false,
      reason: 'unreadable-input',
      findings: [{ path: ['pefa', 'lines', 0, 'actual'] }],
    })
  })
})

describe('PI-2.1 / PI-2.2 / PI-3.2 (A < 5%, B < 10%, C < 15%, two of three years)', () => {
  it('PI-2.1 by hand: 14.55% C, 0% A, 6% B → B', () => {
    // 2021: outturn 52/31/17, ΣA = ΣB = 100, deviations 2 + 1 + 3 = 6 → 6%
    const r = pefaPI21([
      threeLines(2019, ['60', '25', '25']),
      threeLines(2020, ['50', '30', '20']),
      threeLines(2021, ['52', '31', '17']),
    ])
    expect(r.years.map((y) => y.grade)).toEqual(['C', 'A', 'B'])
    expect(r.score).toBe('B')
  })

  it('PI-2.2: 5% exactly is not below 5%', () => {
    // outturn 52.5/27.5/20: deviations 2.5 + 2.5 + 0 = 5 of 100 → 5%, which is B, not A
    // outturn 55/25/20: deviations 5 + 5 + 0 = 10 of 100 → 10%, not below 10% → C
    const r = pefaPI22([
      threeLines(2019, ['52.5', '27.5', '20']),
      threeLines(2020, ['52.5', '27.5', '20']),
      threeLines(2021, ['55', '25', '20']),
    ])
    expect(r.years.map((y) => y.grade)).toEqual(['B', 'B', 'C'])
    expect(r.score).toBe('B')
  })

  it('PI-3.2 by hand: 0% A, 6.67% B, 0% A → A', () => {
    const y = (year: number, tax: string): PefaCompositionYear => ({
      year,
      lines: [
        { name: '税收收入', budget: '80', actual: tax },
        { name: '非税收入', budget: '20', actual: '20' },
      ],
    })
    expect(pefaPI32([y(2019, '80'), y(2020, '100'), y(2021, '80')]).score).toBe('A')
  })
})

describe('PI-2.3 contingency (average: A < 3%, B 3–6% inclusive, C > 6% and < 10%)', () => {
  const years = (shares: readonly [string, string, string]) =>
    shares.map((c, i) => ({ year: 2019 + i, contingencyActual: c, totalBudget: '100' }))

  it.each([
    // the framework's own example: 2%, 4%, 6% average 4% → B
    [['2', '4', '6'], '4.00%', 'B'],
    [['1', '2', '5.9'], '2.97%', 'A'],
    [['3', '3', '3'], '3.00%', 'B'],
    [['6', '6', '6'], '6.00%', 'B'],
    [['6', '6', '6.03'], '6.01%', 'C'],
    [['10', '10', '10'], '10.00%', 'D'],
    [['9', '10', '10.97'], '9.99%', 'C'],
  ] as const)('%j → average %s → %s', (shares, average, score) => {
    const r = pefaPI23(years(shares))
    expect(r.average && formatPercent(r.average)).toBe(average)
    expect(r).toMatchObject({ score, rule: 'average', basis: 'all-years' })
  })

  it('averages the yearly shares, not the pooled amounts', () => {
    // 2/50 = 4%, 1/100 = 1%, 1/100 = 1% → mean 2% (A); pooled amounts would give 4/250 = 1.6%
    const r = pefaPI23([
      { year: 2019, contingencyActual: '2', totalBudget: '50' },
      { year: 2020, contingencyActual: '1', totalBudget: '100' },
      { year: 2021, contingencyActual: '1', totalBudget: '100' },
    ])
    expect(r.average && formatPercent(r.average)).toBe('2.00%')
    expect(r.score).toBe('A')
  })

  it('needs all three years, and scores A without a contingency vote', () => {
    expect(pefaPI23(years(['2', '4', '6']).slice(0, 2), { lastYear: 2021 })).toMatchObject({
      score: 'D*',
      average: null,
    })
    expect(pefaPI23([], { contingencyVote: false })).toMatchObject({
      score: 'A',
      basis: 'no-contingency-vote',
    })
  })
})

describe('PEFA_2016 thresholds as data', () => {
  it('cite their source and keep the framework’s wording for A', () => {
    for (const d of Object.values(PEFA_2016)) {
      expect(d.source.url).toMatch(/^https:\/\/www\.pefa\.org\//)
      expect(d.bands.map((b) => b.grade)).toEqual(['A', 'B', 'C'])
      expect(d.requirementA.length).toBeGreaterThan(40)
    }
    expect(PEFA_2016['PI-3.1'].requirementA).toContain('between 97% and 106%')
  })

  it('can be replaced by a caller’s bands', () => {
    const rows = agg([
      [2019, '100', '96'],
      [2020, '100', '96'],
      [2021, '100', '96'],
    ])
    const tight = [
      { grade: 'A' as const, min: '0.98', minInclusive: true, max: '1.02', maxInclusive: true },
      { grade: 'B' as const, min: '0.95', minInclusive: true, max: '1.05', maxInclusive: true },
    ]
    expect(pefaPI1(rows, { bands: tight }).score).toBe('B')
  })
})
