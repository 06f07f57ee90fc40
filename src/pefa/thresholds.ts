import type { Bilingual } from '../i18n/index'
import type { DecimalString } from '../money/decimal'

/**
 * The dimensions of PEFA 2016 Pillar I (budget reliability) this library scores.
 *
 * @example
 * ```ts
 * import type { PefaDimensionId } from '@lw/perf-eval'
 * const d: PefaDimensionId = 'PI-3.1'
 * ```
 */
export type PefaDimensionId = 'PI-1' | 'PI-2.1' | 'PI-2.2' | 'PI-2.3' | 'PI-3.1' | 'PI-3.2'

/**
 * A passing PEFA grade; anything below C is D.
 *
 * @example
 * ```ts
 * import type { PefaGrade } from '@lw/perf-eval'
 * const g: PefaGrade = 'B'
 * ```
 */
export type PefaGrade = 'A' | 'B' | 'C'

/**
 * A PEFA dimension score: A–D, or D* when the data are insufficient to score.
 *
 * @example
 * ```ts
 * import type { PefaScore } from '@lw/perf-eval'
 * const s: PefaScore = 'D*'
 * ```
 */
export type PefaScore = PefaGrade | 'D' | 'D*'

/**
 * The interval of a measure (a ratio: 0.95 = 95%) that earns a grade. A null bound is open.
 *
 * @example
 * ```ts
 * import type { PefaBand } from '@lw/perf-eval'
 * const a: PefaBand = { grade: 'A', min: '0.95', minInclusive: true, max: '1.05', maxInclusive: true }
 * ```
 */
export interface PefaBand {
  /** The grade the band earns. */
  readonly grade: PefaGrade
  /** Lower bound as a ratio; null for none. */
  readonly min: DecimalString | null
  /** True when `min` itself is in the band. */
  readonly minInclusive: boolean
  /** Upper bound as a ratio; null for none. */
  readonly max: DecimalString | null
  /** True when `max` itself is in the band. */
  readonly maxInclusive: boolean
}

/**
 * One PEFA 2016 dimension as data: what is measured, how the years combine, the bands for A, B and
 * C (in that order; anything else is D), the framework's wording and where it comes from.
 *
 * - `two-of-three`: the grade is the best one whose band holds the measure in at least two of the
 *   last three completed fiscal years.
 * - `average`: the grade is that of the simple average of the three yearly measures.
 *
 * @example
 * ```ts
 * import { PEFA_2016 } from '@lw/perf-eval'
 * PEFA_2016['PI-3.1'].bands[0] // { grade: 'A', min: '0.97', minInclusive: true, max: '1.06', maxInclusive: true }
 * ```
 */
export interface PefaDimension {
  /** The dimension's identifier (`PI-1`, `PI-2.1` …). */
  readonly id: PefaDimensionId
  /** The dimension's name in zh-CN and English. */
  readonly name: Bilingual
  /** What is measured each year. */
  readonly measure: 'outturn' | 'composition-variance' | 'contingency-share'
  /** How the three yearly measures make one grade. */
  readonly rule: 'two-of-three' | 'average'
  /** Bands for A, B and C, in that order; anything else is D. */
  readonly bands: readonly PefaBand[]
  /** The minimum requirement for A as the framework words it. */
  readonly requirementA: string
  /** The document the bands are taken from. */
  readonly source: {
    /** The document's title. */
    readonly document: string
    /** Where the document is published. */
    readonly url: string
    /** True when the band wording was read in the cited page; false when taken from the framework as recalled. */
    readonly verified: boolean
  }
}

const FRAMEWORK =
  'PEFA Framework for assessing public financial management, PEFA Secretariat, February 2016'

const between = (grade: PefaGrade, min: string, max: string): PefaBand => ({
  grade,
  min,
  minInclusive: true,
  max,
  maxInclusive: true,
})
const below = (grade: PefaGrade, max: string): PefaBand => ({
  grade,
  min: null,
  minInclusive: false,
  max,
  maxInclusive: false,
})
const variance = [below('A', '0.05'), below('B', '0.1'), below('C', '0.15')]

/**
 * The PEFA 2016 Pillar I thresholds as data, each with its source. Bounds are ratios of the
 * measure: outturn (actual ÷ original budget), composition variance, or contingency share.
 *
 * @example
 * ```ts
 * import { PEFA_2016 } from '@lw/perf-eval'
 * PEFA_2016['PI-1'].bands.map((b) => [b.grade, b.min, b.max])
 * // [['A', '0.95', '1.05'], ['B', '0.9', '1.1'], ['C', '0.85', '1.15']]
 * ```
 */
export const PEFA_2016: Readonly<Record<PefaDimensionId, PefaDimension>> = {
  'PI-1': {
    id: 'PI-1',
    name: { 'zh-CN': '支出总额执行偏差', en: 'Aggregate expenditure outturn' },
    measure: 'outturn',
    rule: 'two-of-three',
    bands: [between('A', '0.95', '1.05'), between('B', '0.9', '1.1'), between('C', '0.85', '1.15')],
    requirementA:
      'Aggregate expenditure outturn was between 95% and 105% of the approved aggregate budgeted expenditure in at least two of the last three years.',
    source: {
      document: `${FRAMEWORK}, PI-1 dimension 1.1`,
      url: 'https://www.pefa.org/node/4762',
      verified: false,
    },
  },
  'PI-2.1': {
    id: 'PI-2.1',
    name: {
      'zh-CN': '按功能分类的支出结构偏差',
      en: 'Expenditure composition outturn by function',
    },
    measure: 'composition-variance',
    rule: 'two-of-three',
    bands: variance,
    requirementA:
      'Variance in expenditure composition by program, administrative or functional classification was less than 5% in at least two of the last three years.',
    source: {
      document: `${FRAMEWORK}, PI-2 dimension 2.1`,
      url: 'https://www.pefa.org/node/4627',
      verified: true,
    },
  },
  'PI-2.2': {
    id: 'PI-2.2',
    name: {
      'zh-CN': '按经济分类的支出结构偏差',
      en: 'Expenditure composition outturn by economic type',
    },
    measure: 'composition-variance',
    rule: 'two-of-three',
    bands: variance,
    requirementA:
      'Variance in expenditure composition by economic classification was less than 5% in at least two of the last three years.',
    source: {
      document: `${FRAMEWORK}, PI-2 dimension 2.2`,
      url: 'https://www.pefa.org/node/4627',
      verified: true,
    },
  },
  'PI-2.3': {
    id: 'PI-2.3',
    name: { 'zh-CN': '预备费支出', en: 'Expenditure from contingency reserves' },
    measure: 'contingency-share',
    rule: 'average',
    bands: [
      below('A', '0.03'),
      between('B', '0.03', '0.06'),
      { grade: 'C', min: '0.06', minInclusive: false, max: '0.1', maxInclusive: false },
    ],
    requirementA:
      'Actual expenditure charged to a contingency vote was on average less than 3% of the original budget.',
    source: {
      document: `${FRAMEWORK}, PI-2 dimension 2.3`,
      url: 'https://www.pefa.org/node/4627',
      verified: true,
    },
  },
  'PI-3.1': {
    id: 'PI-3.1',
    name: { 'zh-CN': '收入总额执行偏差', en: 'Aggregate revenue outturn' },
    measure: 'outturn',
    rule: 'two-of-three',
    bands: [
      between('A', '0.97', '1.06'),
      between('B', '0.94', '1.12'),
      between('C', '0.92', '1.16'),
    ],
    requirementA:
      'Actual revenue was between 97% and 106% of budgeted revenue in at least two of the last three years.',
    source: {
      document: `${FRAMEWORK}, PI-3 dimension 3.1`,
      url: 'https://www.pefa.org/node/4770',
      verified: true,
    },
  },
  'PI-3.2': {
    id: 'PI-3.2',
    name: { 'zh-CN': '收入结构偏差', en: 'Revenue composition outturn' },
    measure: 'composition-variance',
    rule: 'two-of-three',
    bands: variance,
    requirementA:
      'Variance in revenue composition was less than 5% in two of the last three years.',
    source: {
      document: `${FRAMEWORK}, PI-3 dimension 3.2`,
      url: 'https://www.pefa.org/node/4771',
      verified: true,
    },
  },
}
