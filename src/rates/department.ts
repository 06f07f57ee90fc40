import type { Bilingual } from '../i18n/index'
import { checkDecimal, type DecimalString } from '../money/decimal'
import { OptionError } from '../options/index'
import { compareFraction, safeDec } from './fraction'
import {
  checkRateOptions,
  fieldsOf,
  fractionOf,
  type RateAmount,
  type RateOptions,
  type RateResult,
  rateOf,
  readInput,
} from './result'

/**
 * Ids of the department-level (部门整体) rates of the 财预〔2013〕53号 framework (附件2) that this
 * library computes.
 *
 * @example
 * ```ts
 * import type { DepartmentRateId } from '@lw/perf-eval'
 * const id: DepartmentRateId = 'public-expense-control-rate'
 * ```
 */
export type DepartmentRateId =
  | 'carry-over-rate'
  | 'carry-over-change-rate'
  | 'public-expense-control-rate'
  | 'three-public-expense-control-rate'
  | 'three-public-expense-change-rate'
  | 'procurement-execution-rate'
  | 'staff-control-rate'
  | 'key-expenditure-rate'

/**
 * Which way a rate should go: `higher-is-better` or `lower-is-better`.
 *
 * @example
 * ```ts
 * import type { RateDirection } from '@lw/perf-eval'
 * const d: RateDirection = 'lower-is-better'
 * ```
 */
export type RateDirection = 'higher-is-better' | 'lower-is-better'

/**
 * One department-level rate as data: its name, formula, direction and the bound that separates
 * favourable from unfavourable values (a ratio; null when the framework sets none).
 * `kind: 'share'` rates are numerator ÷ denominator; `kind: 'change'` rates are
 * (current − previous) ÷ previous.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_RATES } from '@lw/perf-eval'
 * const staff = DEPARTMENT_RATES.find((r) => r.id === 'staff-control-rate')
 * staff?.direction // 'lower-is-better'
 * staff?.bound     // '1'
 * ```
 */
export interface DepartmentRateDefinition {
  /** The rate's identifier. */
  readonly id: DepartmentRateId
  /** The rate's name in zh-CN and English. */
  readonly name: Bilingual
  /** `share`: numerator ÷ denominator; `change`: (current − previous) ÷ previous. */
  readonly kind: 'share' | 'change'
  /** The formula as the framework writes it (×100%). */
  readonly formula: Bilingual
  /** Whether a higher or a lower rate is favourable. */
  readonly direction: RateDirection
  /**
   * Favourable when the ratio is ≤ bound (lower-is-better) or ≥ bound (higher-is-better). '1' is
   * 100%, '0' means "no increase".
   */
  readonly bound: DecimalString | null
  /** Where the definition comes from and how sure it is. */
  readonly source: string
}

const FRAMEWORK = '财预〔2013〕53号 附件2 (部门整体支出绩效评价共性指标体系框架)'

/**
 * The department-level rates of 财预〔2013〕53号 as data: formula, direction and bound. The
 * framework is a reference (each finance bureau picks indicators and weights), so the bounds are
 * defaults a caller may override; see docs/rates.md for sources and local variants.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_RATES } from '@lw/perf-eval'
 * DEPARTMENT_RATES.map((r) => r.name['zh-CN']).includes('政府采购执行率') // true
 * ```
 */
// Pure-annotated: its template literals would otherwise count as side effects and keep this table
// in bundles that never use it (the ./rates entry's size budget).
export const DEPARTMENT_RATES: readonly DepartmentRateDefinition[] = /* @__PURE__ */ (() => [
  {
    id: 'carry-over-rate',
    name: { 'zh-CN': '结转结余率', en: 'carry-over and balance rate' },
    kind: 'share',
    formula: {
      'zh-CN': '结转结余总额 / 支出预算数 × 100%',
      en: 'carried-over and unspent balance / expenditure budget × 100%',
    },
    direction: 'lower-is-better',
    bound: null,
    source: `${FRAMEWORK}; one local variant divides by 本年支出完成数 instead`,
  },
  {
    id: 'carry-over-change-rate',
    name: { 'zh-CN': '结转结余变动率', en: 'change in carry-over and balance' },
    kind: 'change',
    formula: {
      'zh-CN':
        '(本年度累计结转结余资金总额 − 上年度累计结转结余资金总额) / 上年度累计结转结余资金总额 × 100%',
      en: '(this year’s cumulative balance − last year’s) / last year’s × 100%',
    },
    direction: 'lower-is-better',
    bound: '0',
    source: FRAMEWORK,
  },
  {
    id: 'public-expense-control-rate',
    name: { 'zh-CN': '公用经费控制率', en: 'public expense control rate' },
    kind: 'share',
    formula: {
      'zh-CN': '实际支出公用经费总额 / 预算安排公用经费总额 × 100%',
      en: 'public (operating) expenses spent / budgeted × 100%',
    },
    direction: 'lower-is-better',
    bound: '1',
    source: FRAMEWORK,
  },
  {
    id: 'three-public-expense-control-rate',
    name: { 'zh-CN': '“三公经费”控制率', en: '"three public expenses" control rate' },
    kind: 'share',
    formula: {
      'zh-CN': '“三公经费”实际支出数 / “三公经费”预算安排数 × 100%',
      en: 'official travel abroad, vehicles and reception spent / budgeted × 100%',
    },
    direction: 'lower-is-better',
    bound: '1',
    source: FRAMEWORK,
  },
  {
    id: 'three-public-expense-change-rate',
    name: { 'zh-CN': '“三公经费”变动率', en: 'change in "three public expenses"' },
    kind: 'change',
    formula: {
      'zh-CN': '(本年度“三公经费”总额 − 上年度“三公经费”总额) / 上年度“三公经费”总额 × 100%',
      en: '(this year’s three public expenses − last year’s) / last year’s × 100%',
    },
    direction: 'lower-is-better',
    bound: '0',
    source: `${FRAMEWORK}; some indicator tables compare budgets, not actuals`,
  },
  {
    id: 'procurement-execution-rate',
    name: { 'zh-CN': '政府采购执行率', en: 'government procurement execution rate' },
    kind: 'share',
    formula: {
      'zh-CN': '实际政府采购金额 / 政府采购预算数 × 100%',
      en: 'government procurement carried out / procurement budget × 100%',
    },
    direction: 'higher-is-better',
    bound: '1',
    source: FRAMEWORK,
  },
  {
    id: 'staff-control-rate',
    name: { 'zh-CN': '在职人员控制率', en: 'staff control rate' },
    kind: 'share',
    formula: {
      'zh-CN': '在职人员数 / 编制数 × 100%',
      en: 'staff in post / authorised posts × 100%',
    },
    direction: 'lower-is-better',
    bound: '1',
    source: FRAMEWORK,
  },
  {
    id: 'key-expenditure-rate',
    name: { 'zh-CN': '重点支出安排率', en: 'key expenditure share' },
    kind: 'share',
    formula: {
      'zh-CN': '重点项目支出 / 项目总支出 × 100%',
      en: 'spending on key projects / total project spending × 100%',
    },
    direction: 'higher-is-better',
    bound: null,
    source: FRAMEWORK,
  },
])()

/**
 * Input of {@link departmentRate}: `numerator`/`denominator` for a share rate, `current`/`previous`
 * for a change rate (see each definition's `kind`). Counts (staff, posts) are read like amounts.
 *
 * @example
 * ```ts
 * import type { DepartmentRateInput } from '@lw/perf-eval'
 * const staff: DepartmentRateInput = { numerator: 48, denominator: 50 }
 * const change: DepartmentRateInput = { current: '12.5', previous: '15' }
 * ```
 */
export interface DepartmentRateInput {
  /** The part, for a share rate. */
  readonly numerator?: RateAmount | null | undefined
  /** The whole, for a share rate. */
  readonly denominator?: RateAmount | null | undefined
  /** This year's figure, for a change rate. */
  readonly current?: RateAmount | null | undefined
  /** Last year's figure, for a change rate. */
  readonly previous?: RateAmount | null | undefined
}

/**
 * Options of {@link departmentRate}.
 *
 * @example
 * ```ts
 * import type { DepartmentRateOptions } from '@lw/perf-eval'
 * const o: DepartmentRateOptions = { bound: '0.05' } // e.g. a local 结转结余率 ≤ 5% target
 * ```
 */
export interface DepartmentRateOptions extends RateOptions {
  /** Overrides the definition's bound (a ratio); null removes it. */
  readonly bound?: DecimalString | null | undefined
}

/**
 * A department rate with its direction and whether it is on the favourable side of its bound
 * (null when there is no bound or no rate).
 *
 * @example
 * ```ts
 * import { departmentRate } from '@lw/perf-eval'
 * const r = departmentRate('three-public-expense-control-rate', { numerator: '10.8', denominator: '12' })
 * r.direction  // 'lower-is-better'
 * r.favourable // true
 * ```
 */
export interface DepartmentRateResult {
  /** Which department rate. */
  readonly rate: DepartmentRateId
  /** Whether a higher or a lower rate is favourable; null when undefined. */
  readonly direction: RateDirection | null
  /** The bound it is held to (a ratio); null when there is none. */
  readonly bound: DecimalString | null
  /** The rate, or why it could not be computed. */
  readonly result: RateResult
  /** True when on the favourable side of the bound; null without a bound or a rate. */
  readonly favourable: boolean | null
}

/**
 * Computes a department-level rate of 财预〔2013〕53号 from explicit inputs and says whether it is on
 * the favourable side of its bound. An id that is not in the catalogue throws `OptionError`.
 *
 * @param id - which rate (see {@link DEPARTMENT_RATES})
 * @param input - numerator/denominator, or current/previous for change rates
 * @param rateOptions - bound override, unit, locale, path
 * @returns the rate with its direction and verdict
 * @example
 * ```ts
 * import { departmentRate, formatPercent } from '@lw/perf-eval'
 * const staff = departmentRate('staff-control-rate', { numerator: 52, denominator: 50 })
 * formatPercent(staff.result) // '104.00%'
 * staff.favourable            // false (over the authorised posts)
 * const change = departmentRate('three-public-expense-change-rate', { current: '12.5', previous: '15' })
 * formatPercent(change.result) // '-16.67%'
 * ```
 */
export function departmentRate(
  id: DepartmentRateId,
  input: DepartmentRateInput,
  rateOptions?: DepartmentRateOptions,
): DepartmentRateResult {
  const fn = 'departmentRate'
  const options = checkRateOptions(fn, rateOptions)
  const def = DEPARTMENT_RATES.find((r) => r.id === id)
  if (def === undefined) {
    throw new OptionError(
      fn,
      'id',
      id,
      DEPARTMENT_RATES.map((r) => r.id),
    )
  }
  if (rateOptions?.bound !== null) checkDecimal(fn, 'bound', rateOptions?.bound)
  const result =
    def.kind === 'share' ? share(fieldsOf(input), options) : change(fieldsOf(input), options)
  const bound = rateOptions?.bound === undefined ? def.bound : rateOptions.bound
  const b = safeDec(bound)
  let favourable: boolean | null = null
  if (result.success && b !== null) {
    const c = compareFraction(fractionOf(result), b)
    favourable = def.direction === 'lower-is-better' ? c <= 0 : c >= 0
  }
  return { rate: def.id, direction: def.direction, bound, result, favourable }
}

function share(input: DepartmentRateInput, options: RateOptions): RateResult {
  const n = readInput(input.numerator, 'numerator', options)
  if (!n.success) return n
  const d = readInput(input.denominator, 'denominator', options)
  if (!d.success) return d
  return rateOf(n.value, d.value)
}

function change(input: DepartmentRateInput, options: RateOptions): RateResult {
  const current = readInput(input.current, 'current', options)
  if (!current.success) return current
  const previous = readInput(input.previous, 'previous', options)
  if (!previous.success) return previous
  return rateOf(current.value.minus(previous.value), previous.value)
}
