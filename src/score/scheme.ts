import * as z from 'zod/mini'
import { isDecimalString } from '../money/decimal'
import { OptionError } from '../options/index'

const DecimalText = z.string().check(
  z.refine((s) => isDecimalString(s), {
    error: 'expected a canonical decimal string such as "0.9"',
  }),
)

const Text2 = z.strictObject({ 'zh-CN': z.string(), en: z.string() })

/**
 * The Zod schema of a scoring scheme, so a scheme can be supplied as JSON and checked. Every
 * weight, band and threshold the library uses lives in a scheme; provinces differ.
 *
 * Fractions ("0.9") are written as decimal strings; weights and grade cut-offs in points ("10", "90").
 *
 * @example
 * ```ts
 * import { ScoringSchemeSchema, schemes } from '@lw/perf-eval'
 * ScoringSchemeSchema.safeParse(schemes['mof-2020-project']).success // true
 * ```
 */
export const ScoringSchemeSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: Text2,
  /** Where the numbers come from, with how sure each is. */
  source: z.string(),
  /** False for schemes that assess and check but do not score (the Liwan form has no weights). */
  scoring: z.boolean(),
  /** Points of each first-level group; they should add up to 100. */
  groupWeights: z.nullable(
    z.strictObject({
      budgetExecution: DecimalText,
      output: DecimalText,
      effect: DecimalText,
      satisfaction: DecimalText,
    }),
  ),
  /** How an unmet lower-is-better indicator scores: FASP2's linear to zero at 2×target, or target/actual. */
  reverseRule: z.enum(['linear-to-double', 'target-over-actual']),
  /** Qualitative bands as fractions of the weight: [low, high] and the point we award ourselves. */
  qualitativeBands: z.strictObject({
    met: z.strictObject({ low: DecimalText, high: DecimalText, point: DecimalText }),
    'partially-met': z.strictObject({ low: DecimalText, high: DecimalText, point: DecimalText }),
    'not-met': z.strictObject({ low: DecimalText, high: DecimalText, point: DecimalText }),
  }),
  /** Grade cut-offs in points, highest first; a total at or above `min` gets the grade. */
  grades: z.array(z.strictObject({ grade: z.string(), min: DecimalText })),
  /** Cap the budget-execution score at its weight (an overspend does not earn extra points). */
  capExecutionScore: z.boolean(),
  /** Spread weights over unweighted indicators: never, or equally within each first-level group. */
  spreadWeights: z.enum(['none', 'equal-within-group']),
  /**
   * An indicator that was not carried out (未开展, cancelled by force majeure): left out and the
   * total rescaled to the remaining weight (the practice of S10), or scored zero.
   */
  notCarriedOut: z.enum(['exclude-and-rescale', 'zero']),
  thresholds: z.strictObject({
    /** 预算完成率 below this needs an explanation (BUDGET_COMPLETION_LOW). */
    completionFloor: DecimalText,
    /** 预算调整率 above this needs an explanation (BUDGET_ADJUSTMENT_HIGH). */
    adjustmentCeiling: DecimalText,
    /** Actual / target at or above this asks for a review of the target (INDICATOR_OVER_TARGET). */
    overTargetRatio: DecimalText,
    /** Tolerance, in the form's unit, of sums against printed totals (FUNDING_TOTAL_MISMATCH). */
    sumTolerance: DecimalText,
    /** Tolerance, in points, of item scores against the printed total (SCORE_TOTAL_MISMATCH). */
    scoreTolerance: DecimalText,
    /** An amount above this many of the form's unit looks entered in a smaller unit (AMOUNT_UNIT_SUSPECT), per unit. */
    unitSuspect: z.strictObject({ 元: DecimalText, 万元: DecimalText, 亿元: DecimalText }),
  }),
})

/**
 * A scoring scheme: weights, rules, bands, grades and thresholds as data.
 *
 * @example
 * ```ts
 * import { schemes, type ScoringScheme } from '@lw/perf-eval'
 * const mof: ScoringScheme = schemes['mof-2020-project']
 * mof.groupWeights?.output // '50'
 * ```
 */
export type ScoringScheme = z.output<typeof ScoringSchemeSchema>

const MOF_BANDS: ScoringScheme['qualitativeBands'] = {
  met: { low: '0.8', high: '1', point: '1' },
  'partially-met': { low: '0.6', high: '0.8', point: '0.6' },
  'not-met': { low: '0', high: '0.6', point: '0' },
}

const STANDARD_GRADES: ScoringScheme['grades'] = [
  { grade: '优', min: '90' },
  { grade: '良', min: '80' },
  { grade: '中', min: '60' },
  { grade: '差', min: '0' },
]

const COMMON_THRESHOLDS: ScoringScheme['thresholds'] = {
  completionFloor: '0.9',
  adjustmentCeiling: '0.3',
  overTargetRatio: '1.2',
  sumTolerance: '0.01',
  scoreTolerance: '0.1',
  // 500 亿元 on one department's or project's self-evaluation form is beyond any seen; figures that
  // large in a form headed 万元 were almost surely typed in 元.
  unitSuspect: { 元: '50000000000', 万元: '5000000', 亿元: '500' },
}

const MOF_2020_PROJECT: ScoringScheme = {
  id: 'mof-2020-project',
  name: {
    'zh-CN': '财政部项目支出绩效自评（财预〔2020〕10号）',
    en: 'MOF project self-evaluation (Cai Yu [2020] No. 10)',
  },
  source:
    '财预〔2020〕10号 single-unit self-evaluation: weights 预算执行 10 / 产出 50 / 效益 30 / 满意度 10 ' +
    '(corroborated by filled forms and FASP2 code; article text not retrieved: [P]); qualitative bands ' +
    '80%/60% and the equality-with-zero and linear-to-2T reverse rules from FASP2 pmkpi SQL (C1, C2: [V]); ' +
    'grades 90/80/60 (财政部预算司 via S4: [P]); completion floor 90% (四川 S7: [V]); adjustment ceiling ' +
    '30% (FASP2 C4: [V]); over-target review at 120% (C2, C7: [V]). See docs/rates.md and domain-notes §2, §8.',
  scoring: true,
  groupWeights: { budgetExecution: '10', output: '50', effect: '30', satisfaction: '10' },
  reverseRule: 'linear-to-double',
  qualitativeBands: MOF_BANDS,
  grades: STANDARD_GRADES,
  capExecutionScore: true,
  spreadWeights: 'none',
  notCarriedOut: 'exclude-and-rescale',
  thresholds: COMMON_THRESHOLDS,
}

// The regional schemes are the national one with what the region changes.
const HUBEI_DEPARTMENT: ScoringScheme = {
  ...MOF_2020_PROJECT,
  id: 'hubei-department',
  name: { 'zh-CN': '湖北省部门整体自评', en: 'Hubei department self-evaluation' },
  source:
    '湖北 FASP2 deployment (hbprogoal, C5: [V]): department self-evaluation weights 预算执行 20 / 产出 40 / ' +
    '效益+满意度 40 (split here 30/10 as in the national template: [R]), qualitative bands 80%/50%. ' +
    'Grades and thresholds as the national scheme.',
  scoring: true,
  groupWeights: { budgetExecution: '20', output: '40', effect: '30', satisfaction: '10' },
  qualitativeBands: {
    met: { low: '0.8', high: '1', point: '1' },
    'partially-met': { low: '0.5', high: '0.8', point: '0.5' },
    'not-met': { low: '0', high: '0.5', point: '0' },
  },
}

const LIWAN_2021_DEPARTMENT: ScoringScheme = {
  ...MOF_2020_PROJECT,
  id: 'liwan-2021-department',
  name: {
    'zh-CN': '荔湾区部门整体支出绩效自评（2021年度）',
    en: 'Liwan district department-overall self-evaluation (2021)',
  },
  source:
    'The Liwan 2021 form itself (seed, [V]): no weights, scores or grade columns, so forms are assessed ' +
    'and checked, not scored. Thresholds as the national scheme (no Guangzhou thresholds were found: ' +
    'domain-notes §3, §8.10).',
  scoring: false,
  groupWeights: null,
}

// Department-overall self-evaluation has no national weights: each finance bureau sets its own
// index table (湖北's is a scheme above), so by default such a form is scored only by the points
// it prints itself, never against the project template's 10/50/30/10 split.
const DEPARTMENT_OVERALL: ScoringScheme = {
  ...MOF_2020_PROJECT,
  id: 'department-overall',
  name: {
    'zh-CN': '部门整体支出绩效自评（按表内分值）',
    en: 'Department-overall self-evaluation (points as printed)',
  },
  source:
    'No national weights exist for department-overall self-evaluation (财预〔2020〕10号 leaves the ' +
    'index table to each finance bureau; domain-notes §2): the form is scored by the weights it ' +
    'prints, with the national bands, grades and thresholds; a form without weights is not scored.',
  scoring: true,
  groupWeights: null,
}

/**
 * The named scoring schemes, as data. `mof-2020-project` is the default; `hubei-department` is the
 * 湖北 variant (20/40/40, qualitative bands 80%/50%); `liwan-2021-department` scores nothing
 * (rates, assessments and findings only), as the Liwan form has no weights; `department-overall`
 * (the default for department-overall forms) scores only the points a form prints.
 *
 * @example
 * ```ts
 * import { schemes } from '@lw/perf-eval'
 * Object.keys(schemes) // ['mof-2020-project', 'hubei-department', 'liwan-2021-department', 'department-overall']
 * schemes['hubei-department'].qualitativeBands['partially-met'].low // '0.5'
 * ```
 */
export const schemes = {
  'mof-2020-project': MOF_2020_PROJECT,
  'hubei-department': HUBEI_DEPARTMENT,
  'liwan-2021-department': LIWAN_2021_DEPARTMENT,
  'department-overall': DEPARTMENT_OVERALL,
} as const satisfies Readonly<Record<string, ScoringScheme>>

/**
 * The name of a built-in scheme.
 *
 * @example
 * ```ts
 * import type { SchemeName } from '@lw/perf-eval'
 * const name: SchemeName = 'hubei-department'
 * ```
 */
export type SchemeName = keyof typeof schemes

/**
 * The default scheme's name.
 *
 * @example
 * ```ts
 * import { DEFAULT_SCHEME } from '@lw/perf-eval'
 * DEFAULT_SCHEME // 'mof-2020-project'
 * ```
 */
export const DEFAULT_SCHEME: SchemeName = 'mof-2020-project'

/**
 * The scheme a form is scored and labelled with when the caller names none: `department-overall`
 * for a department-overall form, the national project scheme for any other.
 *
 * @example
 * ```ts
 * import { defaultSchemeFor } from '@lw/perf-eval'
 * defaultSchemeFor('department-overall') // 'department-overall'
 * defaultSchemeFor('project')            // 'mof-2020-project'
 * ```
 */
export function defaultSchemeFor(kind: 'department-overall' | 'project' | undefined): SchemeName {
  return kind === 'department-overall' ? 'department-overall' : DEFAULT_SCHEME
}

/**
 * Checks a `scheme` option: a built-in scheme's name or a scheme object that passes
 * {@link ScoringSchemeSchema}; returns the scheme, or `undefined` when absent. A built-in scheme
 * object is taken as it is (no re-parse), so passing `schemes[…]` costs one lookup.
 * @internal
 */
export function checkScheme(fn: string, value: unknown): ScoringScheme | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string') {
    if (Object.hasOwn(schemes, value)) return schemes[value as SchemeName]
    throw new OptionError(fn, 'scheme', value, Object.keys(schemes))
  }
  // A built-in scheme object needs no re-parse (four identity checks, no module-level Set).
  if ((Object.values(schemes) as unknown[]).includes(value)) return value as ScoringScheme
  const checked = ScoringSchemeSchema.safeParse(value)
  if (checked.success) return checked.data
  const issue = checked.error.issues[0]
  const where =
    issue === undefined || issue.path.length === 0
      ? ''
      : ` (at ${issue.path.map(String).join('.')}: ${issue.message})`
  throw new OptionError(
    fn,
    'scheme',
    value,
    `the name of a built-in scheme (${Object.keys(schemes).join(', ')}) or a scheme object valid under ScoringSchemeSchema${where}`,
  )
}

/**
 * Checks a required scheme argument (a name or a scheme object), as {@link checkScheme} does.
 * @internal
 */
export function requireScheme(fn: string, value: unknown): ScoringScheme {
  const scheme = checkScheme(fn, value)
  if (scheme === undefined) throw new OptionError(fn, 'scheme', value, Object.keys(schemes))
  return scheme
}
