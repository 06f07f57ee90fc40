import * as z from 'zod/mini'
import { AmountField, DateField, DecimalField, IdField, PrintedField, TextField } from './fields'

/**
 * The two kinds of form: `department-overall` (部门整体支出绩效自评表, the Liwan template) and
 * `project` (项目支出绩效自评表, the national template after 财预〔2020〕10号).
 *
 * @example
 * ```ts
 * import { FormKindSchema } from '@lw/perf-eval'
 * FormKindSchema.options // ['department-overall', 'project']
 * ```
 */
export const FormKindSchema = z.enum(['department-overall', 'project'])

/**
 * Funding sources (资金来源) of a funding row. `total` is the 合计 / 年度资金总额 row.
 *
 * | code | 中文 |
 * |---|---|
 * | total | 合计 / 年度资金总额 |
 * | general-public-budget | 一般公共预算 |
 * | government-fund-budget | 政府性基金预算 |
 * | state-capital-budget | 国有资本经营预算 |
 * | special-account | 财政专户管理资金 |
 * | unit-funds | 单位资金 |
 * | current-appropriation | 当年（本年）财政拨款 |
 * | carry-over | 上年结转（资金） |
 * | transfer | 上级补助资金 |
 * | other | 其他资金 |
 *
 * @example
 * ```ts
 * import { FundingSourceSchema } from '@lw/perf-eval'
 * FundingSourceSchema.options.includes('carry-over') // true
 * ```
 */
export const FundingSourceSchema = z.enum([
  'total',
  'general-public-budget',
  'government-fund-budget',
  'state-capital-budget',
  'special-account',
  'unit-funds',
  'current-appropriation',
  'carry-over',
  'transfer',
  'other',
])

/**
 * A money unit (单位) a form is headed with.
 *
 * @example
 * ```ts
 * import { MoneyUnitSchema } from '@lw/perf-eval'
 * MoneyUnitSchema.options // ['元', '万元', '亿元']
 * ```
 */
export const MoneyUnitSchema = z.enum(['元', '万元', '亿元'])

/**
 * One funding row: budget vs actual for one source, in the form's unit. `adjustedBudget` (全年预算数 /
 * 调整后预算) is what project forms print; department forms print `adjustment` (预算调整数) instead.
 * `printed` keeps the rates and score exactly as printed, for checking against recomputed ones
 * (执行率 of project forms is the same figure as 预算完成率).
 *
 * @example
 * ```ts
 * import { FundingRowSchema } from '@lw/perf-eval'
 * FundingRowSchema.parse({ source: 'total', initialBudget: '6211. 89' }).initialBudget // '6211.89'
 * ```
 */
export const FundingRowSchema = z.strictObject({
  source: FundingSourceSchema,
  /** The row label as printed ("其中:当年财政拨款"). */
  label: z.optional(TextField),
  /** 年初预算数 B₀. */
  initialBudget: z.optional(AmountField),
  /** 预算调整数 ΔB, signed. */
  adjustment: z.optional(AmountField),
  /** 全年预算数 / 调整后预算 B₀ + ΔB. */
  adjustedBudget: z.optional(AmountField),
  /** 实际支出数 / 全年执行数 E. */
  actual: z.optional(AmountField),
  /**
   * 上年结转 / 结余结转 printed as a column of the row: a part of the full-year budget, so that
   * 全年预算数 = 年初预算数 + 预算调整数 + 结转.
   */
  carryOver: z.optional(AmountField),
  /** 到位数: the funds that actually arrived. */
  arrived: z.optional(AmountField),
  /** 结余 (本年度结余金额): full-year budget minus actual spending. */
  balance: z.optional(AmountField),
  /** 分值 of the budget-execution item (project forms). */
  weight: z.optional(DecimalField),
  printed: z.optional(
    z.strictObject({
      completionRate: z.optional(PrintedField),
      adjustmentRate: z.optional(PrintedField),
      /** 结余率 / 资金结余率 = 结余 ÷ 全年预算数. */
      balanceRate: z.optional(PrintedField),
      /** 到位率 = 到位数 ÷ 全年预算数. */
      arrivalRate: z.optional(PrintedField),
      score: z.optional(PrintedField),
    }),
  ),
})

/**
 * A piece of evidence (佐证材料) backing an indicator's actual value.
 *
 * @example
 * ```ts
 * import { EvidenceSchema } from '@lw/perf-eval'
 * EvidenceSchema.parse({ title: '2021年度决算报表', kind: 'statement', date: '2022-03-01' })
 * ```
 */
export const EvidenceSchema = z.strictObject({
  title: TextField,
  kind: z.enum([
    'statement',
    'approval',
    'contract',
    'acceptance',
    'survey',
    'minutes',
    'ledger',
    'photo',
    'report',
    'other',
  ]),
  uri: z.optional(TextField),
  date: z.optional(DateField),
  sha256: z.optional(z.string().check(z.regex(/^[0-9a-fA-F]{64}$/))),
})

/**
 * An explicit status written in the form (or chosen by a reviewer); it always wins over what the
 * library reads from the actual.
 *
 * @example
 * ```ts
 * import { IndicatorStatusSchema } from '@lw/perf-eval'
 * IndicatorStatusSchema.options.includes('not-carried-out') // true
 * ```
 */
export const IndicatorStatusSchema = z.enum(['met', 'partially-met', 'not-met', 'not-carried-out'])

/**
 * A reviewer's score of a row (复核分, 市级评分, 主管部门评分), kept beside the self score.
 *
 * @example
 * ```ts
 * import { ReviewSchema } from '@lw/perf-eval'
 * ReviewSchema.parse({ by: '复核分', score: '4' }).score // '4'
 * ```
 */
export const ReviewSchema = z.strictObject({
  /** Whose score, as the column is headed. */
  by: z.optional(TextField),
  score: PrintedField,
})

/**
 * A key performance indicator (关键指标 / 绩效指标). Every text is kept as printed: `target` (预期实现值 /
 * 年度指标值), `actual` (指标完成情况 / 实际完成值, often narrative), `formula` (计算公式或指标内容).
 * `actualValue`/`actualUnit` carry a structured actual when an app has one.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from '@lw/perf-eval'
 * IndicatorSchema.parse({ name: '垃圾分类率', target: '100%', actual: '垃圾分类率100%' }).evidence // []
 * ```
 */
export const IndicatorSchema = z.strictObject({
  id: z.optional(IdField),
  /** The indicator's name as printed; may be blank on a damaged form (INDICATOR_NAME_MISSING). */
  name: TextField,
  /**
   * `rubric` for a scoring-rubric row (评价要点 + 评分标准, scored against a criterion, with no
   * target or actual cells: 项目决策 / 项目管理 / 过程 rows). Default `indicator`.
   */
  kind: z.optional(z.enum(['indicator', 'rubric'])),
  /** 评分标准 / 评价要点: the printed scoring criterion of the row. */
  criterion: z.optional(TextField),
  /** 指标解释: the printed explanation of the indicator. */
  explanation: z.optional(TextField),
  /**
   * The id (or, without ids, the printed name) of the parent row of a sub-row (其中…, numbered
   * children of a starred parent).
   */
  parent: z.optional(IdField),
  /** 一级指标 as printed (产出指标, 效益指标, 满意度指标 …). */
  level1: z.optional(TextField),
  /** 二级指标 as printed (数量指标, 质量指标 …). */
  level2: z.optional(TextField),
  formula: z.optional(TextField),
  target: z.optional(PrintedField),
  actual: z.optional(PrintedField),
  /**
   * The target as printed in separate columns (指标性质 / 指标值 / 度量单位, or 符号 / 值 / 单位). Read
   * together when `target` is absent; a conflict with `target` or a comparator in the name is a
   * finding (TARGET_PARTS_CONFLICT).
   */
  targetParts: z.optional(
    z.strictObject({
      comparator: z.optional(TextField),
      value: z.optional(PrintedField),
      unit: z.optional(TextField),
    }),
  ),
  actualValue: z.optional(DecimalField),
  actualUnit: z.optional(TextField),
  deviationReason: z.optional(TextField),
  weight: z.optional(DecimalField),
  /** 权重占比 in percentage points, where a form prints it beside 分值 (折算得分 = 得分 × 权重占比). */
  weightShare: z.optional(DecimalField),
  /** 得分系数: the share of the weight the row earned (score = weight × coefficient). */
  coefficient: z.optional(DecimalField),
  /** 是否核心指标. */
  core: z.optional(z.boolean()),
  status: z.optional(IndicatorStatusSchema),
  evidence: z._default(z.array(EvidenceSchema), []),
  printed: z.optional(
    z.strictObject({
      score: z.optional(PrintedField),
      /** 折算得分 = 得分 × 权重占比 (`weightShare`, else the weight read as a percentage share). */
      convertedScore: z.optional(PrintedField),
      /** The row's own verdict column (单项指标完成情况: 完成 / 部分完成 / 未完成), checked against ours. */
      status: z.optional(PrintedField),
    }),
  ),
  /** Scores given by reviewers (复核分, 市级评分 …), kept beside the self score. */
  reviews: z.optional(z.array(ReviewSchema)),
})

/**
 * A main task (主要任务) of a department-overall form, with its indicators and task funds (任务涉及资金).
 *
 * @example
 * ```ts
 * import { TaskSchema } from '@lw/perf-eval'
 * TaskSchema.parse({ name: '任务3', funds: '68. 21' }).funds // '68.21'
 * ```
 */
export const TaskSchema = z.strictObject({
  id: z.optional(IdField),
  name: TextField,
  /** 年初预期目标. */
  plannedTarget: z.optional(TextField),
  /** 目标完成情况. */
  achievement: z.optional(TextField),
  /** 任务涉及资金, in the form's unit. */
  funds: z.optional(AmountField),
  indicators: z._default(z.array(IndicatorSchema), []),
})

/**
 * A problem found (存在问题), one numbered item.
 *
 * @example
 * ```ts
 * import { ProblemSchema } from '@lw/perf-eval'
 * ProblemSchema.parse({ id: 1, text: '项目实施期间进行了预算调整。' }).id // '1'
 * ```
 */
export const ProblemSchema = z.strictObject({ id: IdField, text: TextField })

/**
 * An improvement measure (改进措施); `answers` lists the ids of the problems it answers.
 *
 * @example
 * ```ts
 * import { ImprovementSchema } from '@lw/perf-eval'
 * ImprovementSchema.parse({ id: 3, text: '进一步完善年初预算编制', answers: ['3'] })
 * ```
 */
export const ImprovementSchema = z.strictObject({
  id: IdField,
  text: TextField,
  answers: z.optional(z.array(IdField)),
})

/**
 * One breakdown of the full-year funds (按收入性质分 or 按支出性质分): its printed total and parts.
 *
 * @example
 * ```ts
 * import { BreakdownSchema } from '@lw/perf-eval'
 * BreakdownSchema.parse({ total: '2456.18', items: [{ label: '基本支出', amount: '2299.98' }] }).items.length // 1
 * ```
 */
export const BreakdownSchema = z.strictObject({
  total: z.optional(AmountField),
  items: z._default(
    z.array(z.strictObject({ label: TextField, amount: z.optional(AmountField) })),
    [],
  ),
})

/**
 * A year's figure beside the previous year's, as basic-data tables print them (三公经费, 公用经费).
 *
 * @example
 * ```ts
 * import { YearPairSchema } from '@lw/perf-eval'
 * YearPairSchema.parse({ current: '12.5', previous: '14' }).current // '12.5'
 * ```
 */
export const YearPairSchema = z.strictObject({
  /** This year's final figure (本年决算 / 本年执行). */
  current: z.optional(AmountField),
  /** This year's budget (本年预算), where the table prints it between the two years. */
  budget: z.optional(AmountField),
  previous: z.optional(AmountField),
  /** The change rate as printed (增减率 / 变动率). */
  printedChangeRate: z.optional(PrintedField),
})

/**
 * The basic-data table of department-overall forms (编制数, 实有人数, 人员控制率, 三公经费, 公用经费).
 *
 * @example
 * ```ts
 * import { BasicDataSchema } from '@lw/perf-eval'
 * BasicDataSchema.parse({ staffQuota: 40, staffActual: 38, printedStaffControlRate: '95%' }).staffActual // '38'
 * ```
 */
export const BasicDataSchema = z.strictObject({
  /** 编制数. */
  staffQuota: z.optional(DecimalField),
  /** 实有人数. */
  staffActual: z.optional(DecimalField),
  /** 人员控制率 as printed (= 实有人数 ÷ 编制数). */
  printedStaffControlRate: z.optional(PrintedField),
  /** 三公经费 this year and last. */
  threePublicExpenses: z.optional(YearPairSchema),
  /** 公用经费 this year and last. */
  publicExpenses: z.optional(YearPairSchema),
})

/**
 * One 资金管理情况 row of the MOF transfer-payment layout: the aspect (分配科学性, 下达及时性,
 * 拨付合规性, 使用规范性, 执行准确性, or another printed one), what the form says, and the problems
 * and measures it names.
 *
 * @example
 * ```ts
 * import { FundManagementSchema } from '@lw/perf-eval'
 * FundManagementSchema.parse({ aspect: 'allocation', label: '分配科学性', description: '资金分配科学合理' }).aspect // 'allocation'
 * ```
 */
export const FundManagementSchema = z.strictObject({
  aspect: z.enum(['allocation', 'timeliness', 'disbursement', 'usage', 'accuracy', 'other']),
  label: z.optional(TextField),
  description: z.optional(TextField),
  problems: z.optional(TextField),
})

/**
 * An indicator group that prints its points: a 一级指标 (产出指标(50分)) or a 二级指标 within one
 * (数量指标 15 分). Members are the indicators with the same `level1` (and `level2`).
 *
 * @example
 * ```ts
 * import { IndicatorGroupSchema } from '@lw/perf-eval'
 * IndicatorGroupSchema.parse({ level1: '产出指标', weight: '50' }).weight // '50'
 * ```
 */
export const IndicatorGroupSchema = z.strictObject({
  level1: TextField,
  level2: z.optional(TextField),
  /** The points printed on the group heading. */
  weight: z.optional(DecimalField),
  /** A scoring rule printed with the group (15 分÷三级指标个数 …), as text. */
  rule: z.optional(TextField),
  printed: z.optional(z.strictObject({ score: z.optional(PrintedField) })),
})

/**
 * The whole self-evaluation form (绩效自评表), both kinds. Department-overall forms carry `tasks`
 * with their indicators; project forms (and department forms laid out the national way) carry
 * `indicators` grouped by `level1`/`level2`. Amounts are in `unit`. Unknown keys are rejected so
 * that a misspelt field is reported rather than silently dropped; app data goes in `extensions`.
 *
 * @example
 * ```ts
 * import { SelfEvaluationSchema } from '@lw/perf-eval'
 * const r = SelfEvaluationSchema.safeParse({
 *   kind: 'department-overall', department: '某局', fiscalYear: 2021, unit: '万元',
 * })
 * r.success // true
 * ```
 */
export const SelfEvaluationSchema = z.strictObject({
  kind: FormKindSchema,
  /** The form's title as printed. */
  title: z.optional(TextField),
  /** 部门名称 (department) or 主管部门/实施单位; DEPARTMENT_MISSING when not printed. */
  department: z.optional(TextField),
  /** 项目名称, for project forms. */
  projectName: z.optional(TextField),
  /** Where the form comes from (province, city, district). */
  locality: z.optional(TextField),
  /** The fiscal year evaluated (年度); FISCAL_YEAR_MISSING when not printed. */
  fiscalYear: z.optional(z.int().check(z.gte(1990), z.lte(2100))),
  /** 单位 of every amount in the form; 万元 is assumed (UNIT_MISSING) when not printed. */
  unit: z.optional(MoneyUnitSchema),
  /** When the evaluation was made (YYYY-MM-DD). */
  evaluationDate: z.optional(DateField),
  funding: z._default(z.array(FundingRowSchema), []),
  /** 按收入性质分 / 按支出性质分: the full-year funds split by income type and by expenditure type. */
  fundingBreakdown: z.optional(
    z.strictObject({
      byIncome: z.optional(BreakdownSchema),
      byExpenditure: z.optional(BreakdownSchema),
    }),
  ),
  /** Department forms' basic-data table (基础数据). */
  basicData: z.optional(BasicDataSchema),
  /** The 资金管理情况 rows of the MOF transfer-payment layout. */
  fundManagement: z.optional(z.array(FundManagementSchema)),
  /** Indicator groups that print points (产出指标(50分), 数量指标 15 分). */
  groups: z.optional(z.array(IndicatorGroupSchema)),
  /** 年度目标 / 总体目标: planned (预期目标) and achieved (目标完成情况 / 实际完成情况). */
  goal: z.optional(
    z.strictObject({ planned: z.optional(TextField), achieved: z.optional(TextField) }),
  ),
  tasks: z._default(z.array(TaskSchema), []),
  indicators: z._default(z.array(IndicatorSchema), []),
  problems: z._default(z.array(ProblemSchema), []),
  improvements: z._default(z.array(ImprovementSchema), []),
  printed: z.optional(
    z.strictObject({
      totalScore: z.optional(PrintedField),
      grade: z.optional(PrintedField),
      /** Scoring rules printed on the form (得分 = 20分 × 执行率 …), kept as text. */
      scoringRules: z.optional(TextField),
    }),
  ),
  /** Provenance and the transcriber's judgement calls. */
  source: z.optional(
    z.strictObject({
      url: z.optional(TextField),
      notes: z.optional(z.array(TextField)),
      /**
       * The input transcribes only part of the printed form (an excerpt, the first pages): checks
       * that need the whole form (weights to 100, the printed total, groups falling short) are
       * skipped and no grade is given (FORM_PARTIAL).
       */
      partial: z.optional(z.boolean()),
    }),
  ),
  /** Anything an application wants to carry along; the library ignores it. */
  extensions: z.optional(z.record(z.string(), z.unknown())),
})

/**
 * A parsed, normalised self-evaluation form: amounts are canonical decimal strings, printed figures
 * are strings as printed, lists are present (possibly empty).
 *
 * @example
 * ```ts
 * import type { SelfEvaluation } from '@lw/perf-eval'
 * const unitOf = (form: SelfEvaluation) => form.unit
 * ```
 */
export type SelfEvaluation = z.output<typeof SelfEvaluationSchema>

/**
 * The form as a caller may write it (amounts as strings or numbers, lists optional).
 *
 * @example
 * ```ts
 * import type { SelfEvaluationInput } from '@lw/perf-eval'
 * const draft: SelfEvaluationInput = { kind: 'project', department: '某局', fiscalYear: 2022, unit: '万元' }
 * ```
 */
export type SelfEvaluationInput = z.input<typeof SelfEvaluationSchema>

/**
 * One funding row of a parsed form.
 *
 * @example
 * ```ts
 * import type { FundingRow } from '@lw/perf-eval'
 * const isTotal = (row: FundingRow) => row.source === 'total'
 * ```
 */
export type FundingRow = z.output<typeof FundingRowSchema>

/**
 * One indicator of a parsed form.
 *
 * @example
 * ```ts
 * import type { Indicator } from '@lw/perf-eval'
 * const hasTarget = (i: Indicator) => i.target !== undefined
 * ```
 */
export type Indicator = z.output<typeof IndicatorSchema>

/**
 * One main task of a parsed department-overall form.
 *
 * @example
 * ```ts
 * import type { Task } from '@lw/perf-eval'
 * const count = (t: Task) => t.indicators.length
 * ```
 */
export type Task = z.output<typeof TaskSchema>

/**
 * One evidence record.
 *
 * @example
 * ```ts
 * import type { Evidence } from '@lw/perf-eval'
 * const dated = (e: Evidence) => e.date !== undefined
 * ```
 */
export type Evidence = z.output<typeof EvidenceSchema>

/**
 * A funding source code.
 *
 * @example
 * ```ts
 * import type { FundingSource } from '@lw/perf-eval'
 * const s: FundingSource = 'general-public-budget'
 * ```
 */
export type FundingSource = z.output<typeof FundingSourceSchema>

/**
 * An explicit indicator status.
 *
 * @example
 * ```ts
 * import type { IndicatorStatus } from '@lw/perf-eval'
 * const s: IndicatorStatus = 'not-carried-out'
 * ```
 */
export type IndicatorStatus = z.output<typeof IndicatorStatusSchema>

/**
 * A figure of this year beside last year's (basic-data table).
 *
 * @example
 * ```ts
 * import type { YearPair } from '@lw/perf-eval'
 * const comparable = (p: YearPair) => p.current !== undefined && p.previous !== undefined
 * ```
 */
export type YearPair = z.output<typeof YearPairSchema>

/**
 * An indicator group that prints its points.
 *
 * @example
 * ```ts
 * import type { IndicatorGroup } from '@lw/perf-eval'
 * const output: IndicatorGroup = { level1: '产出指标', weight: '50' }
 * ```
 */
export type IndicatorGroup = z.output<typeof IndicatorGroupSchema>

/**
 * The kind of form.
 *
 * @example
 * ```ts
 * import type { FormKind } from '@lw/perf-eval'
 * const k: FormKind = 'project'
 * ```
 */
export type FormKind = z.output<typeof FormKindSchema>
