import type { Finding, FindingParam, FindingPath } from '../findings/index'
import type { Locale } from '../i18n/index'
import type { DecimalString } from '../money/decimal'
import type { Target } from '../targets/types'

/**
 * What the assessment concludes about an indicator:
 * - `met` — the target is reached;
 * - `partially-met` — short of it, by a completion ratio at or above the partial threshold;
 * - `not-met` — short of it, below the threshold, or the narrative says so ("工期延期");
 * - `not-carried-out` — the work was not done at all ("该项工作未开展"): its own status, not a zero;
 * - `unknown` — the form does not say enough (no actual, an unreadable target, units that cannot
 *   be reconciled, a truncated narrative).
 *
 * @example
 * ```ts
 * import type { AssessmentStatus } from '@lw/perf-eval'
 * const s: AssessmentStatus = 'not-carried-out'
 * ```
 */
export type AssessmentStatus = 'met' | 'partially-met' | 'not-met' | 'not-carried-out' | 'unknown'

/**
 * Where the actual came from: `value` (a figure or date given as the whole cell, or `actualValue`),
 * `text` (read from a narrative), `status` (an explicit status in the form decided), `none`.
 *
 * @example
 * ```ts
 * import type { ActualSource } from '@lw/perf-eval'
 * const s: ActualSource = 'text'
 * ```
 */
export type ActualSource = 'value' | 'text' | 'status' | 'none'

/**
 * Which way the target points: `higher` (≥, >), `lower` (≤, <), `equal` (=, and zero targets),
 * `range` (between), `deadline` (earlier is better), `qualitative`, `none` (no usable target).
 *
 * @example
 * ```ts
 * import type { Direction } from '@lw/perf-eval'
 * const d: Direction = 'lower'
 * ```
 */
export type Direction = 'higher' | 'lower' | 'equal' | 'range' | 'deadline' | 'qualitative' | 'none'

/**
 * How a lower-is-better (≤) indicator that overshoots its target is rated:
 * `linear-to-double` (FASP2: 1 − (A − T)/T, reaching 0 at twice the target; the default) or
 * `target-over-actual` (T / A, a practitioners' variant). See docs/targets.md.
 *
 * @example
 * ```ts
 * import type { ReverseRule } from '@lw/perf-eval'
 * const r: ReverseRule = 'target-over-actual'
 * ```
 */
export type ReverseRule = 'linear-to-double' | 'target-over-actual'

/**
 * Why the assessment came out as it did; one code per step taken. See {@link AssessmentReason}.
 *
 * @example
 * ```ts
 * import type { ReasonCode } from '@lw/perf-eval'
 * const c: ReasonCode = 'words-not-carried-out'
 * ```
 */
export type ReasonCode =
  | 'explicit-status'
  | 'reading-disagrees'
  | 'actual-value'
  | 'actual-figure'
  | 'actual-bound'
  | 'unit-converted'
  | 'ratio'
  | 'ratio-undefined'
  | 'bound-inconclusive'
  | 'zero-target'
  | 'deadline'
  | 'words-not-carried-out'
  | 'words-partially-met'
  | 'words-not-met'
  | 'words-met'
  | 'words-overruled'
  | 'restates-target'
  | 'trend'
  | 'no-target'
  | 'target-unreadable'
  | 'target-suspect'
  | 'actual-suspect'
  | 'progress'
  | 'in-progress'
  | 'words-mixed'
  | 'similar-meaning'
  | 'grade'
  | 'yes-no'
  | 'no-actual'
  | 'text-too-long'
  | 'actual-placeholder'
  | 'unit-mismatch'
  | 'ambiguous-figures'
  | 'truncated'
  | 'no-deciding-words'
  | 'rubric'
  | 'from-sub-rows'
  | 'printed-status'
  | 'direction-unclear'

/**
 * One step of the reasoning: a code, a message in the requested locale, the exact words of the
 * actual that decided (when words decided), and the figures behind it.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * const a = assessIndicator({ name: '改造会议室数量', target: '2个', actual: '由于疫情等原因,导致工期延期' })
 * a.reasons[0] // { code: 'words-not-met', words: '延期', message: '…', params: { … } }
 * ```
 */
export interface AssessmentReason {
  /** What decided, as a stable code. */
  readonly code: ReasonCode
  /** The reason in the requested locale. */
  readonly message: string
  /** The words of the actual that decided, exactly as they stand in the normalised actual. */
  readonly words?: string
  /** The figures behind the reason (target, actual, ratio …). */
  readonly params: Readonly<Record<string, FindingParam>>
}

/**
 * The actual as the assessment read it. `value` is in the target's unit (converted between 元,
 * 万元 and 亿元 when needed); `bound` is set when the actual was written as an inequality ("≥95%").
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '野生动物收容所', target: '≥200平方米', actual: '204.46平方米' }).actual
 * // { text: '204.46平方米', value: '204.46', unit: 'm²', bound: null, date: null }
 * ```
 */
export interface AssessedActual {
  /** The actual text as printed, or null. */
  readonly text: string | null
  /** The figure read, as a canonical decimal string in the target's unit; null when none was read. */
  readonly value: DecimalString | null
  /** The unit of `value` after conversion (the target's unit), or null. */
  readonly unit: string | null
  /** The comparator when the actual was written as an inequality ("≥95%"); null for a plain figure. */
  readonly bound: '>=' | '>' | '<=' | '<' | null
  /** The date read from the actual, for deadline targets; null otherwise. */
  readonly date: {
    /** The year, when written. */
    readonly year?: number
    /** The month (1–12). */
    readonly month: number
    /** The day, when written. */
    readonly day?: number
  } | null
}

/**
 * The result of {@link assessIndicator}.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * const a = assessIndicator({ name: '垃圾分类率', target: '100%', actual: '垃圾分类率100%,按垃圾分类标准严格执行垃圾分类制度。' })
 * a.status      // 'met'
 * a.ratio       // '1'
 * a.actualSource // 'text'
 * ```
 */
export interface Assessment {
  /** `met`, `partially-met`, `not-met`, `not-carried-out` or `unknown`. */
  readonly status: AssessmentStatus
  /**
   * Completion as a decimal string: actual/target for ≥, the reverse rule for ≤ ("1" when within
   * the bound), 1 or 0 for zero targets; null when it is not defined (no figure, a deadline, a
   * qualitative target, a target ≤ 0), with a reason.
   */
  readonly ratio: DecimalString | null
  /** Which way the target points (`higher` for ≥, `lower` for ≤, `deadline` …). */
  readonly direction: Direction
  /** The actual as read: text, figure, unit, bound, date. */
  readonly actual: AssessedActual
  /** Where the actual came from: the structured `actualValue`, the actual text, a written status, or nowhere. */
  readonly actualSource: ActualSource
  /** The steps of the reasoning, in order, in the requested locale. */
  readonly reasons: readonly AssessmentReason[]
  /** The parsed target. */
  readonly target: Target
  /**
   * Findings about this indicator, with paths under `options.path`: the target's own
   * ({@link targetFindings}), `INDICATOR_ACTUAL_MISSING`, `INDICATOR_UNIT_MISMATCH`,
   * `INDICATOR_NOT_MET_WITHOUT_REASON`, `INDICATOR_OVER_TARGET`.
   */
  readonly findings: readonly Finding[]
}

/**
 * Options for {@link assessIndicator}. Every threshold is data; defaults are in
 * {@link DEFAULT_ASSESS_OPTIONS}.
 *
 * @example
 * ```ts
 * import type { AssessOptions } from '@lw/perf-eval'
 * const o: AssessOptions = { reverseRule: 'target-over-actual', partialRatio: '0.8', locale: 'en' }
 * ```
 */
export interface AssessOptions {
  /** Rule for ≤ indicators above their target. Default `linear-to-double` (FASP2). */
  readonly reverseRule?: ReverseRule | undefined
  /**
   * Completion ratio at or above which a quantitative indicator short of its target is
   * `partially-met` rather than `not-met`. Default "1": a printed threshold not reached is not
   * met, even narrowly (the strict auditor's reading). "0.6" reads shortfalls by the 部分达成
   * band's floor (FASP2's monitoring yellow light).
   */
  readonly partialRatio?: DecimalString | number | undefined
  /** Ratio at or above which `INDICATOR_OVER_TARGET` is raised. Default "1.2". */
  readonly overTargetRatio?: DecimalString | number | undefined
  /** Year assumed for dates written without one (the form's fiscal year). */
  readonly fiscalYear?: number | undefined
  /** Locale of reasons and findings. Default zh-CN. */
  readonly locale?: Locale | undefined
  /** Path of the indicator in the input, e.g. `['tasks', 1, 'indicators', 0]`. */
  readonly path?: FindingPath | undefined
  /** Report a placeholder target ("-", "一") as `TARGET_MISSING`. Default false. */
  readonly placeholderTargetIsMissing?: boolean | undefined
}

/**
 * The indicator fields the assessment reads; the schema's `Indicator` fits, and so does a plain
 * object with just a name, a target and an actual.
 *
 * @example
 * ```ts
 * import type { AssessableIndicator } from '@lw/perf-eval'
 * const i: AssessableIndicator = { name: '物业管理服务满意度指标', target: '≥95%', actual: '≥95%' }
 * ```
 */
export interface AssessableIndicator {
  /** The indicator's name as printed; read for the direction and the unit when the target omits them. */
  readonly name: string
  /** 一级指标 as printed (产出指标 …), used to classify the indicator. */
  readonly level1?: string | undefined
  /** 二级指标 as printed (数量指标, 时效指标 …), used to classify the indicator. */
  readonly level2?: string | undefined
  /** 计算公式或指标内容: read for whether the indicator is bounded by 100% ("合格数/总数×100%"). */
  readonly formula?: string | undefined
  /** 预期实现值 / 年度指标值 as printed ("≥95%", "2辆", "9月前"). */
  readonly target?: string | undefined
  /** 指标完成情况 / 实际完成值 as printed, a figure or narrative. */
  readonly actual?: string | undefined
  /** A structured actual (canonical decimal string), in `actualUnit`. */
  readonly actualValue?: DecimalString | undefined
  /** The unit of `actualValue`; the target's unit when absent. */
  readonly actualUnit?: string | undefined
  /** 偏差原因分析: why the indicator fell short, when the form says. */
  readonly deviationReason?: string | undefined
  /** A status written on the form or chosen by a reviewer; it wins over what the actual reads as. */
  readonly status?: 'met' | 'partially-met' | 'not-met' | 'not-carried-out' | undefined
}
