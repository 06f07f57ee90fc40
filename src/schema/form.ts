import * as z from 'zod/mini'
import { AmountField, DateField, DecimalField, IdField, PrintedField, TextField } from './fields'

// What each field means is written once, in form-docs.ts: it becomes the JSON Schema's titles and
// descriptions and the property comments of the interfaces in form-types.generated.ts.

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
  label: z.optional(TextField),
  initialBudget: z.optional(AmountField),
  adjustment: z.optional(AmountField),
  adjustedBudget: z.optional(AmountField),
  actual: z.optional(AmountField),
  carryOver: z.optional(AmountField),
  arrived: z.optional(AmountField),
  balance: z.optional(AmountField),
  weight: z.optional(DecimalField),
  printed: z.optional(
    z.strictObject({
      completionRate: z.optional(PrintedField),
      adjustmentRate: z.optional(PrintedField),
      balanceRate: z.optional(PrintedField),
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
  name: TextField,
  kind: z.optional(z.enum(['indicator', 'rubric'])),
  criterion: z.optional(TextField),
  explanation: z.optional(TextField),
  parent: z.optional(IdField),
  level1: z.optional(TextField),
  level2: z.optional(TextField),
  formula: z.optional(TextField),
  target: z.optional(PrintedField),
  actual: z.optional(PrintedField),
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
  weightShare: z.optional(DecimalField),
  coefficient: z.optional(DecimalField),
  core: z.optional(z.boolean()),
  status: z.optional(IndicatorStatusSchema),
  evidence: z._default(z.array(EvidenceSchema), []),
  printed: z.optional(
    z.strictObject({
      score: z.optional(PrintedField),
      convertedScore: z.optional(PrintedField),
      status: z.optional(PrintedField),
    }),
  ),
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
  plannedTarget: z.optional(TextField),
  achievement: z.optional(TextField),
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
  current: z.optional(AmountField),
  budget: z.optional(AmountField),
  previous: z.optional(AmountField),
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
  staffQuota: z.optional(DecimalField),
  staffActual: z.optional(DecimalField),
  printedStaffControlRate: z.optional(PrintedField),
  threePublicExpenses: z.optional(YearPairSchema),
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
  weight: z.optional(DecimalField),
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
  title: z.optional(TextField),
  department: z.optional(TextField),
  projectName: z.optional(TextField),
  locality: z.optional(TextField),
  fiscalYear: z.optional(z.int().check(z.gte(1990), z.lte(2100))),
  unit: z.optional(MoneyUnitSchema),
  evaluationDate: z.optional(DateField),
  funding: z._default(z.array(FundingRowSchema), []),
  fundingBreakdown: z.optional(
    z.strictObject({
      byIncome: z.optional(BreakdownSchema),
      byExpenditure: z.optional(BreakdownSchema),
    }),
  ),
  basicData: z.optional(BasicDataSchema),
  fundManagement: z.optional(z.array(FundManagementSchema)),
  groups: z.optional(z.array(IndicatorGroupSchema)),
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
      scoringRules: z.optional(TextField),
    }),
  ),
  source: z.optional(
    z.strictObject({
      url: z.optional(TextField),
      notes: z.optional(z.array(TextField)),
      partial: z.optional(z.boolean()),
    }),
  ),
  extensions: z.optional(z.record(z.string(), z.unknown())),
})

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

export type {
  Evidence,
  FormKind,
  FundingRow,
  FundingSource,
  Indicator,
  IndicatorGroup,
  IndicatorStatus,
  SelfEvaluation,
  Task,
  YearPair,
} from './form-types.generated'
