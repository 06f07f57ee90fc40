import type { Level1Code } from '../assess/classify'
import type { ActualSource, AssessmentStatus, Direction } from '../assess/types'
import type { FindingParam, FindingPath, LocatedFinding } from '../findings/index'
import type { Locale } from '../i18n/index'
import type { CompletionBasis, RateCheck, RateProblem } from '../rates/index'
import type { FormKind, FundingSource, SelfEvaluation } from '../schema/index'
import type { ScoreTrace } from '../score/index'
import type { Target } from '../targets/types'

/**
 * A rate as `evaluate` reports it: the exact ratio, its display ("89.31%", 2 decimals half-up),
 * why it is undefined when it is, the printed figure and the check of one against the other.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * const row = evaluate(liwan2021Form).funding[0]
 * row?.completionRate.display // '89.31%'
 * ```
 */
export interface EvaluatedRate {
  /** numerator / denominator, exact, as a decimal string; null when undefined. */
  readonly ratio: string | null
  /** The ratio as a percent with 2 decimals, half-up ("89.31%"); null when undefined. */
  readonly display: string | null
  /** Why the rate is undefined: `zero-denominator`, `missing-input`, `unreadable-input`. */
  readonly undefinedReason: RateProblem | null
  /** The rate as the form prints it, if it does. */
  readonly printed: string | null
  /** The printed rate checked against the computed one; null when nothing is printed. */
  readonly check: RateCheck | null
}

/**
 * One funding row with its computed rates.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * evaluate(liwan2021Form).funding[0]?.adjustedBudget // '6539.06'
 * ```
 */
export interface EvaluatedFundingRow {
  /** Where the row is in the input (`['funding', 0]`). */
  readonly path: readonly (string | number)[]
  /** The funding source (资金来源) of the row. */
  readonly source: FundingSource
  /** The row label as printed, or null. */
  readonly label: string | null
  /** 年初预算数 B₀ as a canonical decimal string; null when not printed or unreadable. */
  readonly initialBudget: string | null
  /** 预算调整数 ΔB, signed; printed, or 全年预算数 − 年初预算数; null when unknown. */
  readonly adjustment: string | null
  /** 全年预算数: printed, or B₀ + ΔB. */
  readonly adjustedBudget: string | null
  /** 实际支出数 E; null when not printed or unreadable. */
  readonly actual: string | null
  /** 预算完成率 / 执行率. */
  readonly completionRate: EvaluatedRate
  /** Which denominator the completion rate used. */
  readonly completionBasis: CompletionBasis | null
  /** 预算调整率 ΔB / B₀. */
  readonly adjustmentRate: EvaluatedRate
  /** Execution against the original budget, E / B₀ (the PEFA view). */
  readonly outturnRate: EvaluatedRate
  /** 结余率 = (全年预算数 − 全年执行数) ÷ 全年预算数, with the printed figure when there is one. */
  readonly balanceRate: EvaluatedRate
  /** 到位率 = 到位数 ÷ 全年预算数, when the row prints 到位数. */
  readonly arrivalRate: EvaluatedRate
}

/**
 * One main task with its funds and the status of its indicators.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * evaluate(liwan2021Form).tasks[1]?.fundsShare // '26.46%'
 * ```
 */
export interface EvaluatedTask {
  /** Where the task is in the input (`['tasks', 0]`). */
  readonly path: readonly (string | number)[]
  /** The task's name as printed (任务1 …). */
  readonly name: string
  /** 任务涉及资金, canonical decimal string in the form's unit; null when not printed. */
  readonly funds: string | null
  /** Task funds as a share of the adjusted budget, for display ("26.46%"). */
  readonly fundsShare: string | null
  /** How many indicators the task has. */
  readonly indicatorCount: number
  /** How many of its indicators have each status. */
  readonly statusCounts: Readonly<Record<AssessmentStatus, number>>
}

/**
 * The 一级 category of an indicator: the national three (`output` 产出, `effect` 效益,
 * `satisfaction` 满意度) and the `decision` 决策 and `process` 过程/管理 groups some provinces score.
 *
 * @example
 * ```ts
 * import type { EvaluatedCategory } from '@lw/perf-eval'
 * const c: EvaluatedCategory = 'output'
 * ```
 */
export type EvaluatedCategory = Level1Code | 'decision' | 'process'

/**
 * One indicator: where it is, its parsed target, how it was judged and scored.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * const i = evaluate(liwan2021Form).indicators.find((x) => x.name === '垃圾分类率')
 * i?.status // 'met'
 * ```
 */
export interface EvaluatedIndicator {
  /** Where the indicator is in the input (`['tasks', 0, 'indicators', 2]`). */
  readonly path: readonly (string | number)[]
  /** Index of the task it belongs to, or null for a top-level indicator. */
  readonly task: number | null
  /** The indicator's name as printed. */
  readonly name: string
  /** 一级 category code, printed or inferred (`output`, `effect`, `satisfaction` …); null when unsure. */
  readonly category: EvaluatedCategory | null
  /** True when `category` was inferred from the name rather than printed. */
  readonly categoryInferred: boolean
  /** The parsed target (预期实现值). */
  readonly target: Target
  /** The formula's kind: a parsed formula, a criterion text, unparseable, or none given. */
  readonly formula: 'formula' | 'criterion' | 'invalid' | 'none'
  /** The formula written out ("实际完成数 ÷ 预定目标数 × 100%"), when it is one. */
  readonly formulaDescription: string | null
  /** `met`, `partially-met`, `not-met`, `not-carried-out` or `unknown`. */
  readonly status: AssessmentStatus
  /** Completion as a decimal string (actual ÷ target for ≥ targets); null when not defined. */
  readonly ratio: string | null
  /** Which way the target points. */
  readonly direction: Direction
  /** Where the actual came from: the value column, the narrative, a printed status, or nowhere. */
  readonly actualSource: ActualSource
  /** The words or figures that decided the status, in the requested locale. */
  readonly reasons: readonly string[]
  /** The same reasons as codes and params, so that a report can write them in another locale. */
  readonly reasonDetails: readonly {
    /** The reason's code (`actual-value`, `zero-target` …). */
    readonly code: string
    /** The figures and words the reason was written from. */
    readonly params: Readonly<Record<string, FindingParam>>
  }[]
  /** 分值 of the indicator, as printed or spread by the scheme; null when unweighted. */
  readonly weight: string | null
  /** How the indicator was scored; null when the form is not scored. */
  readonly score: ScoreTrace | null
}

/**
 * The score of the form under the scheme, with every item's trace.
 *
 * @example
 * ```ts
 * import { evaluate } from '@lw/perf-eval'
 * const e = evaluate({
 *   kind: 'project', department: '某局', fiscalYear: 2023, unit: '万元',
 *   funding: [{ source: 'total', adjustedBudget: '100', actual: '100', weight: '10' }],
 *   indicators: [{ name: '完成数量', level1: '产出指标', target: '≥10个', actual: '10个', weight: '90' }],
 * })
 * e.score?.grade // '优'
 * e.score?.display // '100.00'
 * ```
 */
export interface EvaluatedScore {
  /** Exact total out of 100 (rescaled when indicators were not carried out). */
  readonly total: string
  /** The total rounded to 2 decimals half-up. */
  readonly display: string
  /** 优 / 良 / 中 / 差 under the scheme's cut-offs; null when the score is incomplete or the form partial. */
  readonly grade: string | null
  /** The factor applied when not-carried-out indicators were excluded, else null. */
  readonly rescale: string | null
  /** False when some weighted item could not be scored (status unknown). */
  readonly complete: boolean
  /** True when weights were spread over unweighted indicators by the scheme. */
  readonly weightsSpread: boolean
  /** Every scored item (the budget-execution row, each indicator, each group) with its trace. */
  readonly items: readonly (ScoreTrace & {
    /** What was scored, as shown in reports (预算执行率, an indicator's name …). */
    readonly item: string
    /** Where the item is in the input. */
    readonly path: readonly (string | number)[]
  })[]
}

/**
 * Counts and headline figures, for a summary line or table.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * evaluate(liwan2021Form).summary.completionRate // '89.31%'
 * ```
 */
export interface EvaluationSummary {
  /** 部门名称 as printed, or null. */
  readonly department: string | null
  /** The fiscal year evaluated, or null. */
  readonly fiscalYear: number | null
  /** The form kind, or null when the input is not a form. */
  readonly kind: FormKind | null
  /** 预算完成率 of the total row, for display ("89.31%"); null when undefined. */
  readonly completionRate: string | null
  /** 预算调整率 of the total row, for display ("5.27%"); null when undefined. */
  readonly adjustmentRate: string | null
  /** How many indicators the form has. */
  readonly indicators: number
  /** How many indicators have each status. */
  readonly statusCounts: Readonly<Record<AssessmentStatus, number>>
  /** The total score for display ("92.50"); null when not scored. */
  readonly score: string | null
  /** The grade; null when not scored. */
  readonly grade: string | null
  /** Number of error findings. */
  readonly errors: number
  /** Number of warning findings. */
  readonly warnings: number
  /** Number of info findings. */
  readonly infos: number
}

/**
 * What every {@link Evaluation} carries, whatever its outcome.
 *
 * @example
 * ```ts
 * import { evaluate, type EvaluationBase } from '@lw/perf-eval'
 * const base: EvaluationBase = evaluate(null)
 * base.locale // 'zh-CN'
 * ```
 */
export interface EvaluationBase {
  /** True when the form was evaluated and no finding is an error. */
  readonly valid: boolean
  /** Paths of the cells that could not be read; each has its finding and counts as blank. */
  readonly unreadable: readonly FindingPath[]
  /** The locale of every message in the evaluation. */
  readonly locale: Locale
  /** The scoring scheme used, and whether the form was scored under it. */
  readonly scheme: {
    /** The scheme's id (`mof-2020-project` …). */
    readonly id: string
    /** The scheme's name. */
    readonly name: string
    /** True when the form carries weights and was scored. */
    readonly scoring: boolean
  }
  /** Every funding row with its rates, in input order. */
  readonly funding: readonly EvaluatedFundingRow[]
  /** Every main task with its funds share and status counts (department-overall forms). */
  readonly tasks: readonly EvaluatedTask[]
  /** Every indicator, of the tasks first, then the top-level ones. */
  readonly indicators: readonly EvaluatedIndicator[]
  /** The score and grade; null when the form carries no weights. */
  readonly score: EvaluatedScore | null
  /** Headline figures and counts. */
  readonly summary: EvaluationSummary
  /** Every finding, sorted by severity, then path, each with its readable location. */
  readonly findings: readonly LocatedFinding[]
}

/**
 * An {@link Evaluation} of an input that is a form: evaluated as far as it could be read (the
 * findings say what could not be), with the normalised form.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * if (e.outcome === 'evaluated') e.form.department // '广州市荔湾区机关事务管理局(部门)'
 * ```
 */
export interface FormEvaluation extends EvaluationBase {
  /** The input is a form and was evaluated as far as it could be read. */
  readonly outcome: 'evaluated'
  /** The form as read: amounts as canonical decimal strings, repairs applied. */
  readonly form: SelfEvaluation
}

/**
 * An {@link Evaluation} of an input that is not a form at all (or, with `read: 'strict'`, not
 * exactly a valid one): no form, nothing computed, and the findings that say why.
 *
 * @example
 * ```ts
 * import { evaluate } from '@lw/perf-eval'
 * const e = evaluate('not a form')
 * e.outcome // 'not-a-form'
 * e.form    // null
 * e.findings[0]?.code // 'INPUT_NOT_A_FORM'
 * ```
 */
export interface NotAFormEvaluation extends EvaluationBase {
  /** The input is not a form; only the findings say anything. */
  readonly outcome: 'not-a-form'
  /** Never valid. */
  readonly valid: false
  /** No form was read. */
  readonly form: null
  /** No funding rows. */
  readonly funding: readonly []
  /** No tasks. */
  readonly tasks: readonly []
  /** No indicators. */
  readonly indicators: readonly []
  /** No score. */
  readonly score: null
}

/**
 * Everything `evaluate` knows about a form, as plain JSON (decimals as strings, no class
 * instances): the normalised form, the funding rows with their rates, the tasks, the indicators
 * with their assessments and scores, the score and grade when the form is weighted, and the
 * findings sorted by severity, then path.
 *
 * A union discriminated on `outcome`: `'evaluated'` ({@link FormEvaluation}, `form` is the
 * {@link SelfEvaluation}) or `'not-a-form'` ({@link NotAFormEvaluation}, `form` is null and
 * `valid` false). `if (e.valid)` narrows to an evaluated form too.
 *
 * @example
 * ```ts
 * import { evaluate, liwan2021Form } from '@lw/perf-eval'
 * const e = evaluate(liwan2021Form)
 * JSON.parse(JSON.stringify(e)).summary.adjustmentRate // '5.27%'
 * if (e.valid) e.form.fiscalYear // 2021
 * ```
 */
export type Evaluation = FormEvaluation | NotAFormEvaluation
