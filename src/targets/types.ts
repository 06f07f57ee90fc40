import type { DecimalString } from '../money/decimal'

/**
 * How a quantitative target compares the actual with its value. `between` means
 * `value ≤ actual ≤ upper`. Written comparators are read from symbols (≥ ≧ ⩾ >= …) and phrases
 * (不低于, 以上, 控制在…以内 …); see docs/targets.md.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * const t = parseTarget('不超过90万元')
 * t.kind === 'quantitative' && t.comparator // '<='
 * ```
 */
export type Comparator = '>=' | '>' | '=' | '<=' | '<' | 'between'

/**
 * Why a comparator that was not written was chosen, strongest reading first:
 * - `zero-target` — = for "0起", "0次": none of it may happen;
 * - `name-bound` — the name writes a bound with the same value ("——一户年最高5300元" → ≤5300);
 * - `name-hint` — the name's template hint writes the sign ("(≥**人)", "(<**元/户·年)");
 * - `lower-is-better-name` — ≤ because the name names something to keep down (事故, 投诉, 发生率,
 *   差错率, 成本, 费用, 单价, 调整率 …);
 * - `equal-name` — = because the name is a standard fixed by policy (补助标准, 补贴标准 …);
 * - `cost-level` — ≤ because the row is a 成本指标 (option `level2`) and its name says nothing else;
 * - `direction-unclear` — ≥ is only a placeholder: the name is used both ways (成本控制率,
 *   资产负债率) or the target is an amount of money whose name says neither cost nor output. A
 *   reader should not judge the indicator on it without a person's review;
 * - `default` — ≥, the usual reading of a bare figure (an output, a rate achieved, a satisfaction).
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * const t = parseTarget('15万元', { indicatorName: '办公所需成本' })
 * t.kind === 'quantitative' && t.inferredFrom // 'lower-is-better-name'
 * ```
 */
export type ComparatorInference =
  | 'default'
  | 'zero-target'
  | 'name-bound'
  | 'name-hint'
  | 'lower-is-better-name'
  | 'equal-name'
  | 'cost-level'
  | 'direction-unclear'

/**
 * Fields every parsed target carries: the text as given and the text after normalisation
 * (full-width forms folded, comparator look-alikes unified, spaces around numbers removed).
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('≧ 95 ％').normalized // '≥95%'
 * ```
 */
export interface TargetText {
  /** The text exactly as given. */
  readonly raw: string
  /** The text after {@link normalizeTargetText}. */
  readonly normalized: string
}

/**
 * A reading the parser declines to make but wants a person to check: the text parses, yet it is
 * probably damaged. `comparator-read-as-digit`: "290%" where "≥90%" was almost surely printed (OCR
 * renders ≥ as 2). The target itself keeps the value as printed; `reading` is only a suggestion.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * const t = parseTarget('290%', { indicatorName: '市民满意度调查' })
 * t.kind === 'quantitative' && t.suspect?.reading // '≥90%'
 * ```
 */
export interface TargetSuspicion {
  /** What is suspected: a comparator read as a digit ("≥90%" printed as "290%"). */
  readonly problem: 'comparator-read-as-digit'
  /** What the text probably said, for a person to confirm; never used by the library. */
  readonly reading: string
}

/**
 * A numeric target: comparator, value (and upper bound for ranges) as canonical decimal strings,
 * and a canonical unit (see {@link unitInfo}): `%` for percent (百分比 too), SI symbols for metric
 * units (`m²` for 平方米 and ㎡, `km` for 公里, `kg` for 公斤, `t` for 吨), `元`/`万元`/`亿元` for
 * money, `元/人·月` for a composite, otherwise the measure word as written (个, 辆, 起, 人次 …);
 * `null` when none is written or named.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('≥200平方米')
 * // { kind: 'quantitative', comparator: '>=', value: '200', unit: 'm²', comparatorInferred: false, … }
 * ```
 */
export interface QuantitativeTarget extends TargetText {
  /** Discriminant: a numeric target. */
  readonly kind: 'quantitative'
  /** `>=`, `>`, `<=`, `<`, `=` or `between`. */
  readonly comparator: Comparator
  /** The value, or the lower bound of a range; in `unit` (percent targets keep 95 for 95%). */
  readonly value: DecimalString
  /** The upper bound, for `between` only. */
  readonly upper?: DecimalString
  /** The canonical unit, or null when none is written or named. */
  readonly unit: string | null
  /** True when no comparator was written and one was inferred. */
  readonly comparatorInferred: boolean
  /** Why the comparator was inferred, when it was. */
  readonly inferredFrom?: ComparatorInference
  /** A label written before the figure ("满意度≥95%" → "满意度"). */
  readonly label?: string
  /** True when the unit is not in the unit table: kept as written ("3幅", "100Mbps"). */
  readonly unknownUnit?: true
  /** `name` when the cell wrote no unit and the indicator name supplied it ("(≥**人)", "(个)", "人数"). */
  readonly unitFrom?: 'name'
  /** The part of the indicator name that supplied the comparator or unit ("(≥**人)", "最高5300元"). */
  readonly nameHint?: string
  /** Set when the text is probably OCR-damaged although it parses. */
  readonly suspect?: TargetSuspicion
}

/**
 * A time target ("9月前", "2023年12月", "2021年12月完成", "12月底之前", "年底前", "1-12月"): the
 * latest month (and year/day when written) by which the work is due, inclusive. `fromMonth` is set
 * for a month range ("1-12月"), whose deadline is its last month.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('2021年12月完成') // { kind: 'deadline', year: 2021, month: 12, … }
 * ```
 */
export interface DeadlineTarget extends TargetText {
  /** Discriminant: a time target. */
  readonly kind: 'deadline'
  /** The year, when written. */
  readonly year?: number
  /** The month by which the work is due (1–12). */
  readonly month: number
  /** The day, when written. */
  readonly day?: number
  /** The first month of a month range ("1-12月"). */
  readonly fromMonth?: number
}

/**
 * A criterion text ("效果明显", "符合相关规定", "按质按量完成"), with the trend it asks for when it
 * names one ("提升", "有效提升", "显著提升" → increase; "降低", "减少" → decrease).
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('有效提升') // { kind: 'qualitative', trend: 'increase', … }
 * ```
 */
export interface QualitativeTarget extends TargetText {
  /** Discriminant: a criterion text. */
  readonly kind: 'qualitative'
  /** The trend the text asks for, when it names one. */
  readonly trend?: 'increase' | 'decrease'
}

/**
 * A placeholder where a target would be: "", "-", "—", "一", "无", "/".
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('一').kind // 'none'
 * ```
 */
export interface NoneTarget extends TargetText {
  /** Discriminant: a placeholder, no target. */
  readonly kind: 'none'
}

/**
 * Why a quantitative-looking target could not be read:
 * - `ocr-damage`: letters mixed into a figure ("M.8万元", "1O0%", "IO");
 * - `conflicting-comparators`: two comparators that disagree ("至少90%以下");
 * - `bad-date`: a date that does not exist ("13月前");
 * - `too-long`: text over {@link TARGET_LIMITS}.maxLength characters, not read.
 *
 * @example
 * ```ts
 * import type { TargetProblem } from '@lw/perf-eval'
 * const p: TargetProblem = 'ocr-damage'
 * ```
 */
export type TargetProblem = 'ocr-damage' | 'conflicting-comparators' | 'bad-date' | 'too-long'

/**
 * A target that looks quantitative but cannot be read. Callers report it (`TARGET_UNPARSEABLE`,
 * see {@link targetFindings}); the library never guesses the damaged digits.
 *
 * @example
 * ```ts
 * import { parseTarget } from '@lw/perf-eval'
 * parseTarget('M.8万元') // { kind: 'unreadable', problem: 'ocr-damage', fragment: 'M.8', … }
 * ```
 */
export interface UnreadableTarget extends TargetText {
  /** Discriminant: a target that cannot be read. */
  readonly kind: 'unreadable'
  /** Why it cannot be read. */
  readonly problem: TargetProblem
  /** The part of the normalised text that could not be read. */
  readonly fragment: string
}

/**
 * A parsed target (预期实现值 / 年度指标值), one of five kinds.
 *
 * @example
 * ```ts
 * import { parseTarget, type Target } from '@lw/perf-eval'
 * const t: Target = parseTarget('0起')
 * t.kind // 'quantitative'
 * ```
 */
export type Target =
  | QuantitativeTarget
  | DeadlineTarget
  | QualitativeTarget
  | NoneTarget
  | UnreadableTarget
