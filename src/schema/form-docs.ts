/**
 * The one source of every form field's title and description, in zh-CN and English. Read by
 * `selfEvaluationJsonSchema` (JSON Schema `title`, `description` and `x-i18n`) and by the
 * generator of `form-types.generated.ts` (the property comments of `SelfEvaluation`, `FundingRow`,
 * … that an editor shows on hover); test/form-types.node.test.ts holds both in step with the Zod
 * schema, field by field.
 *
 * Kept out of the Zod schema (no `.meta()`): `evaluate` parses with the schema, so texts attached
 * to it would ship in every browser bundle; a plain object here is dropped by any bundler unless
 * the JSON Schema is used.
 * @internal
 */
import type { Bilingual } from '../i18n/index'

/** Title and description of one field, and the fields of the object it holds (or lists). @internal */
export interface FieldDoc {
  readonly title: Bilingual
  readonly description: Bilingual
  readonly fields?: FieldDocs
}

/** The fields of one object schema, by property name. @internal */
export type FieldDocs = Readonly<Record<string, FieldDoc>>

/** A field: zh-CN title, English title, zh-CN description, English description. */
function d(zhTitle: string, enTitle: string, zh: string, en: string, fields?: FieldDocs): FieldDoc {
  return {
    title: { 'zh-CN': zhTitle, en: enTitle },
    description: { 'zh-CN': zh, en },
    ...(fields === undefined ? {} : { fields }),
  }
}

/**
 * The fields of `SelfEvaluationSchema`, nested as the schema nests them. A function, not a
 * constant, so that a bundle that never asks for the docs does not carry them.
 * @internal
 */
export function selfEvaluationDocs(): FieldDocs {
  const PRINTED_SCORE = d(
    '得分',
    'score as printed',
    '表上所印得分，原样保留。',
    'The score as printed, kept as written.',
  )

  const FUNDING_ROW_DOCS: FieldDocs = {
    source: d(
      '资金来源',
      'funding source',
      '本行的资金来源；total 为合计 / 年度资金总额行。',
      'The funding source of the row; `total` is the 合计 / 年度资金总额 row.',
    ),
    label: d(
      '行名称',
      'row label',
      '表上所印行名称（如"其中:当年财政拨款"）。',
      'The row label as printed ("其中:当年财政拨款").',
    ),
    initialBudget: d(
      '年初预算数',
      'initial budget',
      '年初批复的预算数 B₀。',
      'B₀, the budget approved at the start of the year.',
    ),
    adjustment: d(
      '预算调整数',
      'budget adjustment',
      '年度中预算的净调整 ΔB，可为负数。',
      'ΔB, the net in-year change of the budget; signed.',
    ),
    adjustedBudget: d(
      '全年预算数',
      'full-year budget',
      '全年预算数 / 调整后预算 B₀ + ΔB（项目表印此列）。',
      'B₀ + ΔB, the full-year (adjusted) budget; project forms print it instead of the adjustment.',
    ),
    actual: d(
      '实际支出数',
      'actual spending',
      '实际支出数 / 全年执行数 E。',
      'E, the actual spending of the year (全年执行数).',
    ),
    carryOver: d(
      '上年结转',
      'carry-over',
      '作为本行一列印出的上年结转，是全年预算数的一部分：全年预算数 = 年初预算数 + 预算调整数 + 结转。',
      'The carry-over printed as a column of the row, a part of the full-year budget: full-year budget = initial budget + adjustment + carry-over.',
    ),
    arrived: d('到位数', 'funds arrived', '实际到位的资金。', 'The funds that actually arrived.'),
    balance: d(
      '结余',
      'balance',
      '本年度结余金额：全年预算数减实际支出数。',
      'The full-year budget minus actual spending.',
    ),
    weight: d(
      '分值',
      'weight',
      '预算执行项的分值（项目表）。',
      'Points of the budget-execution item (project forms).',
    ),
    printed: d(
      '表上所印比率',
      'printed figures',
      '表上所印的比率与得分，原样保留，用于与重新计算的结果核对。',
      'The rates and score as printed, kept as written to check against the recomputed ones.',
      {
        completionRate: d(
          '预算完成率',
          'completion rate as printed',
          '预算完成率 / 执行率，原样保留。',
          'The budget completion rate (执行率) as printed.',
        ),
        adjustmentRate: d(
          '预算调整率',
          'adjustment rate as printed',
          '预算调整率，原样保留。',
          'The budget adjustment rate as printed.',
        ),
        balanceRate: d(
          '结余率',
          'balance rate as printed',
          '结余率 / 资金结余率 = 结余 ÷ 全年预算数，原样保留。',
          'The balance rate (结余 ÷ full-year budget) as printed.',
        ),
        arrivalRate: d(
          '到位率',
          'arrival rate as printed',
          '到位率 = 到位数 ÷ 全年预算数，原样保留。',
          'The arrival rate (funds arrived ÷ full-year budget) as printed.',
        ),
        score: PRINTED_SCORE,
      },
    ),
  }

  const EVIDENCE_DOCS: FieldDocs = {
    title: d('材料名称', 'title', '佐证材料的名称。', 'The title of the document.'),
    kind: d(
      '材料类型',
      'kind',
      '材料类型：决算报表、批复、合同、验收、调查、会议纪要、台账、照片、报告或其他。',
      'What the document is: statement, approval, contract, acceptance, survey, minutes, ledger, photo, report or other.',
    ),
    uri: d(
      '链接',
      'URI',
      '材料所在位置（网址或文件路径）。',
      'Where the document is (a URL or a file path).',
    ),
    date: d('日期', 'date', '材料日期，YYYY-MM-DD。', 'The date of the document, YYYY-MM-DD.'),
    sha256: d(
      'SHA-256',
      'SHA-256',
      '材料文件的 SHA-256 摘要（64 位十六进制）。',
      'The SHA-256 digest of the document file (64 hex digits).',
    ),
  }

  const REVIEW_DOCS: FieldDocs = {
    by: d(
      '评分方',
      'by',
      '评分列的表头（复核分、市级评分等）。',
      'Whose score, as the column is headed (复核分, 市级评分 …).',
    ),
    score: d(
      '评分',
      'score',
      '评分方所给的分数，原样保留。',
      'The score the reviewer gave, as printed.',
    ),
  }

  const INDICATOR_DOCS: FieldDocs = {
    id: d(
      '编号',
      'id',
      '指标编号；子行用它指向父行。',
      "The indicator's id; sub-rows name their parent by it.",
    ),
    name: d(
      '指标名称',
      'name',
      '表上所印指标名称；受损表格上可能为空（INDICATOR_NAME_MISSING）。',
      "The indicator's name as printed; may be blank on a damaged form (INDICATOR_NAME_MISSING).",
    ),
    kind: d(
      '行类型',
      'row kind',
      'rubric 为评分要点行（评价要点 + 评分标准，无指标值和完成值：项目决策、项目管理、过程等）；默认 indicator。',
      'rubric for a scoring-rubric row (评价要点 + 评分标准, scored against a criterion, with no target or actual cells: 项目决策 / 项目管理 / 过程 rows). Default indicator.',
    ),
    criterion: d(
      '评分标准',
      'criterion',
      '表上所印评分标准 / 评价要点。',
      'The printed scoring criterion of the row (评分标准 / 评价要点).',
    ),
    explanation: d(
      '指标解释',
      'explanation',
      '表上所印指标解释。',
      'The printed explanation of the indicator (指标解释).',
    ),
    parent: d(
      '父行',
      'parent',
      '子行（其中…、带星号父行下的编号子行）的父行编号，无编号时为父行名称。',
      'The id (or, without ids, the printed name) of the parent row of a sub-row (其中…, numbered children of a starred parent).',
    ),
    level1: d(
      '一级指标',
      'level-1 category',
      '表上所印一级指标（产出指标、效益指标、满意度指标等）。',
      '一级指标 as printed (产出指标, 效益指标, 满意度指标 …).',
    ),
    level2: d(
      '二级指标',
      'level-2 category',
      '表上所印二级指标（数量指标、质量指标等）。',
      '二级指标 as printed (数量指标, 质量指标 …).',
    ),
    formula: d(
      '计算公式或指标内容',
      'formula or criterion',
      '计算公式（"数量完成率=实际完成数/预定目标数×100%"）或指标内容文字。',
      'A formula ("数量完成率=实际完成数/预定目标数×100%") or a criterion text (计算公式或指标内容).',
    ),
    target: d(
      '预期实现值',
      'target',
      '预期实现值 / 年度指标值，原样保留（"≥95%"、"2辆"、"9月前"）。',
      'The target as printed (预期实现值 / 年度指标值): "≥95%", "2辆", "9月前".',
    ),
    actual: d(
      '实际完成值',
      'actual',
      '指标完成情况 / 实际完成值，原样保留，常为叙述文字。',
      'The actual as printed (指标完成情况 / 实际完成值), often narrative.',
    ),
    targetParts: d(
      '指标值分列',
      'target in columns',
      '分列印出的指标值（指标性质 / 指标值 / 度量单位，或 符号 / 值 / 单位）；无 target 时合并读取，与 target 或名称中的比较符冲突时产生 TARGET_PARTS_CONFLICT。',
      'The target as printed in separate columns (指标性质 / 指标值 / 度量单位, or 符号 / 值 / 单位). Read together when target is absent; a conflict with target or a comparator in the name is a finding (TARGET_PARTS_CONFLICT).',
      {
        comparator: d(
          '指标性质',
          'comparator',
          '比较符列（≥、≤、=、定性等）。',
          'The comparator column (≥, ≤, =, 定性 …).',
        ),
        value: d('指标值', 'value', '指标值列，原样保留。', 'The value column, as printed.'),
        unit: d('度量单位', 'unit', '度量单位列。', 'The unit column.'),
      },
    ),
    actualValue: d(
      '实际值',
      'actual value',
      '应用提供的结构化实际值（十进制数）。',
      'A structured actual, when an app has one (a decimal).',
    ),
    actualUnit: d(
      '实际值单位',
      'actual unit',
      'actualValue 的单位；缺省为指标值的单位。',
      "The unit of actualValue; the target's unit when absent.",
    ),
    deviationReason: d(
      '偏差原因',
      'deviation reason',
      '偏差原因分析及改进措施；未达标时应填写。',
      'Why the indicator fell short, and what will be done (偏差原因分析及改进措施); required when it falls short.',
    ),
    weight: d('分值', 'weight', '指标分值。', 'Points of the indicator (分值).'),
    weightShare: d(
      '权重占比',
      'weight share',
      '分值旁所印权重占比（百分点）；折算得分 = 得分 × 权重占比。',
      '权重占比 in percentage points, where a form prints it beside 分值 (折算得分 = 得分 × 权重占比).',
    ),
    coefficient: d(
      '得分系数',
      'score coefficient',
      '得分系数：得分 = 分值 × 系数。',
      'The share of the weight the row earned (score = weight × coefficient).',
    ),
    core: d(
      '是否核心指标',
      'core indicator',
      '是否核心指标。',
      'Whether the indicator is a core indicator (是否核心指标).',
    ),
    status: d(
      '完成状态',
      'status',
      '表上写明（或复核人选定）的状态，优先于从完成值读出的状态。',
      'An explicit status written in the form or chosen by a reviewer; it wins over what the actual reads as.',
    ),
    evidence: d(
      '佐证材料',
      'evidence',
      '支持实际完成值的佐证材料。',
      "Documents backing the indicator's actual (佐证材料).",
      EVIDENCE_DOCS,
    ),
    printed: d(
      '表上所印得分',
      'printed figures',
      '表上所印的得分与结论，原样保留。',
      "The row's printed score and verdict, kept as written.",
      {
        score: PRINTED_SCORE,
        convertedScore: d(
          '折算得分',
          'converted score',
          '折算得分 = 得分 × 权重占比（weightShare，否则把分值当作百分比）。',
          '折算得分 = score × weight share (weightShare, else the weight read as a percentage share).',
        ),
        status: d(
          '单项指标完成情况',
          'printed verdict',
          '本行自己的结论列（完成 / 部分完成 / 未完成），与本库的判断核对。',
          "The row's own verdict column (单项指标完成情况: 完成 / 部分完成 / 未完成), checked against ours.",
        ),
      },
    ),
    reviews: d(
      '复核评分',
      'reviews',
      '复核人给出的评分（复核分、市级评分等），与自评分并列保留。',
      'Scores given by reviewers (复核分, 市级评分 …), kept beside the self score.',
      REVIEW_DOCS,
    ),
  }

  const TASK_DOCS: FieldDocs = {
    id: d('编号', 'id', '任务编号。', "The task's id."),
    name: d(
      '任务名称',
      'name',
      '表上所印任务名称（任务1 …）。',
      "The task's name as printed (任务1 …).",
    ),
    plannedTarget: d(
      '年初预期目标',
      'planned target',
      '任务的年初预期目标。',
      'What the task planned at the start of the year (年初预期目标).',
    ),
    achievement: d(
      '目标完成情况',
      'achievement',
      '任务的目标完成情况。',
      'What the task achieved (目标完成情况).',
    ),
    funds: d(
      '任务涉及资金',
      'task funds',
      '任务涉及资金，以表的金额单位计。',
      "The task's funds (任务涉及资金), in the form's unit.",
    ),
    indicators: d(
      '关键指标',
      'indicators',
      '任务的关键指标。',
      "The task's key performance indicators (关键指标).",
      INDICATOR_DOCS,
    ),
  }

  const YEAR_PAIR_DOCS: FieldDocs = {
    current: d(
      '本年决算',
      'this year',
      '本年决算 / 本年执行数。',
      "This year's final figure (本年决算 / 本年执行).",
    ),
    budget: d(
      '本年预算',
      'this year’s budget',
      '本年预算（表在两年之间印出时）。',
      "This year's budget (本年预算), where the table prints it between the two years.",
    ),
    previous: d('上年决算', 'last year', '上年决算数。', "Last year's final figure (上年决算)."),
    printedChangeRate: d(
      '增减率',
      'change rate as printed',
      '表上所印增减率 / 变动率。',
      'The change rate as printed (增减率 / 变动率).',
    ),
  }

  const INDICATOR_GROUP_DOCS: FieldDocs = {
    level1: d(
      '一级指标',
      'level-1 category',
      '分组的一级指标（产出指标等）。',
      'The 一级指标 of the group (产出指标 …).',
    ),
    level2: d(
      '二级指标',
      'level-2 category',
      '分组的二级指标（为二级分组时）。',
      'The 二级指标 of the group, for a level-2 group.',
    ),
    weight: d('分值', 'weight', '分组标题上所印分值。', 'The points printed on the group heading.'),
    rule: d(
      '计分规则',
      'scoring rule',
      '随分组印出的计分规则（15 分÷三级指标个数等），原样保留。',
      'A scoring rule printed with the group (15 分÷三级指标个数 …), as text.',
    ),
    printed: d(
      '表上所印得分',
      'printed figures',
      '分组的得分，原样保留。',
      "The group's printed score.",
      { score: PRINTED_SCORE },
    ),
  }

  const BREAKDOWN_DOCS: FieldDocs = {
    total: d('合计', 'total', '本分类所印合计。', 'The printed total of the breakdown.'),
    items: d(
      '明细',
      'items',
      '本分类的各项及金额。',
      'The parts of the breakdown and their amounts.',
      {
        label: d(
          '项目',
          'label',
          '表上所印项名称（基本支出、项目支出等）。',
          'The part as printed (基本支出, 项目支出 …).',
        ),
        amount: d(
          '金额',
          'amount',
          '该项金额，以表的金额单位计。',
          "The part's amount, in the form's unit.",
        ),
      },
    ),
  }

  const BASIC_DATA_DOCS: FieldDocs = {
    staffQuota: d('编制数', 'staff quota', '编制数。', 'Authorised staff posts (编制数).'),
    staffActual: d('实有人数', 'staff in post', '实有人数。', 'Staff actually in post (实有人数).'),
    printedStaffControlRate: d(
      '人员控制率',
      'staff control rate as printed',
      '表上所印人员控制率（= 实有人数 ÷ 编制数）。',
      '人员控制率 as printed (= staff in post ÷ staff quota).',
    ),
    threePublicExpenses: d(
      '三公经费',
      'three public expenses',
      '本年与上年三公经费。',
      '三公经费 (official travel abroad, vehicles, receptions) this year and last.',
      YEAR_PAIR_DOCS,
    ),
    publicExpenses: d(
      '公用经费',
      'public expenses',
      '本年与上年公用经费。',
      '公用经费 (running costs) this year and last.',
      YEAR_PAIR_DOCS,
    ),
  }

  const FUND_MANAGEMENT_DOCS: FieldDocs = {
    aspect: d(
      '方面',
      'aspect',
      '资金管理方面：分配科学性、下达及时性、拨付合规性、使用规范性、执行准确性或其他。',
      'The aspect: allocation (分配科学性), timeliness (下达及时性), disbursement (拨付合规性), usage (使用规范性), accuracy (执行准确性) or other.',
    ),
    label: d('表上名称', 'label', '表上所印方面名称。', 'The aspect as printed.'),
    description: d(
      '情况说明',
      'description',
      '表上对该方面的说明。',
      'What the form says about the aspect.',
    ),
    problems: d(
      '问题及措施',
      'problems',
      '表上列出的问题和措施。',
      'The problems and measures the form names.',
    ),
  }

  return {
    kind: d(
      '表类型',
      'form kind',
      'department-overall（部门整体支出绩效自评表）或 project（项目支出绩效自评表）。',
      'department-overall (部门整体支出绩效自评表) or project (项目支出绩效自评表).',
    ),
    title: d('表名', 'title', '表上所印表名。', "The form's title as printed."),
    department: d(
      '部门名称',
      'department',
      '部门名称，或主管部门 / 实施单位；未印时产生 DEPARTMENT_MISSING。',
      '部门名称 (department) or 主管部门/实施单位; DEPARTMENT_MISSING when not printed.',
    ),
    projectName: d(
      '项目名称',
      'project name',
      '项目名称（项目表）。',
      'The project name (项目名称), for project forms.',
    ),
    locality: d(
      '地区',
      'locality',
      '表的来源地区（省、市、区）。',
      'Where the form comes from (province, city, district).',
    ),
    fiscalYear: d(
      '年度',
      'fiscal year',
      '评价的年度；未印时产生 FISCAL_YEAR_MISSING。',
      'The fiscal year evaluated (年度); FISCAL_YEAR_MISSING when not printed.',
    ),
    unit: d(
      '金额单位',
      'money unit',
      '表中所有金额的单位；未印时按万元处理（UNIT_MISSING）。',
      '单位 of every amount in the form; 万元 is assumed (UNIT_MISSING) when not printed.',
    ),
    evaluationDate: d(
      '评价日期',
      'evaluation date',
      '自评日期，YYYY-MM-DD。',
      'When the evaluation was made (YYYY-MM-DD).',
    ),
    funding: d(
      '资金情况',
      'funding',
      '各资金来源的预算与支出，每个来源一行。',
      'Budget against actual spending, one row per funding source (资金来源).',
      FUNDING_ROW_DOCS,
    ),
    fundingBreakdown: d(
      '资金构成',
      'funding breakdown',
      '全年资金按收入性质分与按支出性质分。',
      'The full-year funds split by income type and by expenditure type (按收入性质分 / 按支出性质分).',
      {
        byIncome: d(
          '按收入性质分',
          'by income',
          '按收入性质分的构成。',
          'The split by income type (按收入性质分).',
          BREAKDOWN_DOCS,
        ),
        byExpenditure: d(
          '按支出性质分',
          'by expenditure',
          '按支出性质分的构成。',
          'The split by expenditure type (按支出性质分).',
          BREAKDOWN_DOCS,
        ),
      },
    ),
    basicData: d(
      '基础数据',
      'basic data',
      '部门整体表的基础数据表。',
      "Department forms' basic-data table (基础数据).",
      BASIC_DATA_DOCS,
    ),
    fundManagement: d(
      '资金管理情况',
      'fund management',
      '财政部转移支付格式的资金管理情况各行。',
      'The 资金管理情况 rows of the MOF transfer-payment layout.',
      FUND_MANAGEMENT_DOCS,
    ),
    groups: d(
      '指标分组',
      'indicator groups',
      '印有分值的指标分组（产出指标(50分)、数量指标 15 分）。',
      'Indicator groups that print points (产出指标(50分), 数量指标 15 分).',
      INDICATOR_GROUP_DOCS,
    ),
    goal: d(
      '年度目标',
      'goal',
      '年度目标 / 总体目标：预期目标与实际完成情况。',
      '年度目标 / 总体目标: planned (预期目标) and achieved (目标完成情况 / 实际完成情况).',
      {
        planned: d('预期目标', 'planned', '年初预期目标。', 'The goal as planned (预期目标).'),
        achieved: d(
          '目标完成情况',
          'achieved',
          '目标完成情况 / 实际完成情况。',
          'What was achieved (目标完成情况 / 实际完成情况).',
        ),
      },
    ),
    tasks: d(
      '主要任务',
      'tasks',
      '部门整体表的主要任务及其指标。',
      'The main tasks (主要任务) of a department-overall form, with their indicators.',
      TASK_DOCS,
    ),
    indicators: d(
      '绩效指标',
      'indicators',
      '按一级 / 二级分组的绩效指标（项目表，或按全国格式排版的部门表）。',
      'Key performance indicators grouped by level1/level2 (project forms, and department forms laid out the national way).',
      INDICATOR_DOCS,
    ),
    problems: d(
      '存在问题',
      'problems',
      '存在的问题，逐条编号。',
      'The problems found (存在问题), one numbered item each.',
      {
        id: d('编号', 'id', '问题编号。', "The problem's number."),
        text: d('内容', 'text', '问题内容。', 'The problem as written.'),
      },
    ),
    improvements: d(
      '改进措施',
      'improvements',
      '改进措施，逐条编号；answers 列出所回应问题的编号。',
      'Improvement measures (改进措施), one numbered item each.',
      {
        id: d('编号', 'id', '措施编号。', "The measure's number."),
        text: d('内容', 'text', '措施内容。', 'The measure as written.'),
        answers: d(
          '回应问题',
          'answers',
          '本措施回应的问题编号。',
          'The ids of the problems the measure answers.',
        ),
      },
    ),
    printed: d(
      '表上所印总分',
      'printed figures',
      '表上所印总分、等级与计分规则，原样保留。',
      'The total score, grade and scoring rules as printed.',
      {
        totalScore: d('总分', 'total score', '表上所印总分。', 'The total score as printed.'),
        grade: d(
          '等级',
          'grade',
          '表上所印等级（优 / 良 / 中 / 差）。',
          'The grade as printed (优 / 良 / 中 / 差).',
        ),
        scoringRules: d(
          '计分规则',
          'scoring rules',
          '表上所印计分规则（得分 = 20分 × 执行率等），原样保留。',
          'Scoring rules printed on the form (得分 = 20分 × 执行率 …), kept as text.',
        ),
      },
    ),
    source: d(
      '来源',
      'source',
      '来源与录入人的判断说明。',
      "Provenance and the transcriber's judgement calls.",
      {
        url: d('网址', 'URL', '表的发布网址。', 'Where the form is published.'),
        notes: d(
          '录入说明',
          'notes',
          '录入时的判断与说明。',
          "The transcriber's notes and judgement calls.",
        ),
        partial: d(
          '部分录入',
          'partial',
          '只录入了表的一部分（节选、前几页）：需要全表的检查（分值合计 100、所印总分、分组得分）跳过，不给等级（FORM_PARTIAL）。',
          'The input transcribes only part of the printed form (an excerpt, the first pages): checks that need the whole form are skipped and no grade is given (FORM_PARTIAL).',
        ),
      },
    ),
    extensions: d(
      '扩展数据',
      'extensions',
      '应用自带的任意数据；本库不读取。',
      'Anything an application wants to carry along; the library ignores it.',
    ),
  }
}
