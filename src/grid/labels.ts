/**
 * The printed labels a form's tables are found by, as data. Each role lists the words real
 * templates print for it, with where they were seen; a header cell takes the role of the longest
 * word it contains, so "单项指标完成情况" (a verdict column) wins over "指标完成情况" (an actual) and
 * "预算调整率" over "预算调整数". Labels are compared after {@link labelKey}: spaces gone (PDF and
 * Excel wrap narrow header cells: "整体支出 年初预算 数"), traditional characters simplified.
 *
 * Sources: the seed (广州 荔湾 2021, department-overall); 财预〔2020〕10号 附件 (the national project
 * table: 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分; 一级/二级/三级指标, 年度指标值, 实际完成值,
 * 偏差原因分析及改进措施); the MOF transfer-payment table (财预〔2021〕101号: 资金管理情况, 到位率);
 * the public forms 01–61 of test/fixtures/public-forms (Sichuan's 指标性质/指标值/度量单位, 河北's
 * 符号/值/单位, 全年实际值, 未完成原因及拟采取的改进措施, 单项指标完成情况, 自评得分).
 * @internal
 */
import { normalizeChineseText } from '../targets/hanzi'

/** A label as compared: simplified, without spaces, ASCII brackets and colons. */
export function labelKey(text: string): string {
  return normalizeChineseText(text)
    .replace(/\s+/gu, '')
    .replace(/（/gu, '(')
    .replace(/）/gu, ')')
    .replace(/：/gu, ':')
}

export interface LabelEntry<R extends string> {
  readonly role: R
  readonly words: readonly string[]
}

/** Roles of the funding table's columns. */
export type FundingRole =
  | 'label'
  | 'initialBudget'
  | 'adjustment'
  | 'adjustedBudget'
  | 'actual'
  | 'carryOver'
  | 'arrived'
  | 'balance'
  | 'completionRate'
  | 'adjustmentRate'
  | 'balanceRate'
  | 'arrivalRate'
  | 'weight'
  | 'score'

export const FUNDING_LABELS: readonly LabelEntry<FundingRole>[] = [
  // 资金来源 (seed), 项目资金(万元) (national), 资金情况(万元) (25, 濉溪), 资金投入情况(万元) (43, transfer).
  {
    role: 'label',
    words: ['资金来源', '项目资金', '资金情况', '资金投入', '资金构成', '资金类别'],
  },
  // 整体支出年初预算数 (seed), 年初预算数 (national).
  { role: 'initialBudget', words: ['年初预算', '年初批复', '年初安排'] },
  // 整体支出预算调整数 (seed).
  { role: 'adjustment', words: ['预算调整数', '调整数', '调整金额'] },
  // 全年预算数(A) (national, 25), 调整后预算数, 预算数 (26).
  { role: 'adjustedBudget', words: ['全年预算', '调整后预算', '年度预算数', '预算数', '预算安排'] },
  // 全年执行数(B) (national), 整体年度实际支出数 (seed), 实际支出, 支出数.
  { role: 'actual', words: ['全年执行数', '执行数', '实际支出', '支出数', '实际使用'] },
  { role: 'carryOver', words: ['上年结转', '结转资金', '结转数'] },
  { role: 'arrived', words: ['到位数', '到位资金', '实际到位'] },
  { role: 'balance', words: ['结余数', '结余资金', '结余'] },
  // 执行率(B/A) (national), 预算完成率 (seed).
  { role: 'completionRate', words: ['执行率', '预算完成率', '完成率'] },
  { role: 'adjustmentRate', words: ['预算调整率', '调整率'] },
  { role: 'balanceRate', words: ['结余率'] },
  { role: 'arrivalRate', words: ['到位率'] },
  { role: 'weight', words: ['分值', '权重'] },
  { role: 'score', words: ['得分', '自评得分', '自评分'] },
]

/** Roles of the indicator table's columns. */
export type IndicatorRole =
  | 'id'
  | 'ignored'
  | 'task'
  | 'plannedTarget'
  | 'achievement'
  | 'funds'
  | 'level1'
  | 'level2'
  | 'name'
  | 'formula'
  | 'explanation'
  | 'criterion'
  | 'target'
  | 'actual'
  | 'status'
  | 'weight'
  | 'score'
  | 'convertedScore'
  | 'deviation'

export const INDICATOR_LABELS: readonly LabelEntry<IndicatorRole>[] = [
  // 序号 (47): the row's number, kept as its id.
  { role: 'id', words: ['序号', '编号'] },
  // Columns known and not modelled: 备注; 复核分 of a reviewer (58) is read by hand into `reviews`.
  { role: 'ignored', words: ['备注', '复核分', '复核得分', '评审得分'] },
  // Department-overall tables (seed): 主要任务 / 年初预期目标 / 目标完成情况 / 任务涉及资金.
  { role: 'task', words: ['主要任务', '任务名称', '重点任务'] },
  { role: 'plannedTarget', words: ['年初预期目标', '预期目标', '年初目标'] },
  { role: 'achievement', words: ['目标完成情况', '任务完成情况'] },
  { role: 'funds', words: ['任务涉及资金', '涉及资金', '任务资金'] },
  { role: 'level1', words: ['一级指标'] },
  { role: 'level2', words: ['二级指标'] },
  // 三级指标 (national), 关键指标 (seed), 绩效指标, 指标名称, 具体指标.
  {
    role: 'name',
    words: ['三级指标', '关键指标', '绩效指标', '指标名称', '具体指标', '指标内容名称'],
  },
  // 计算公式或指标内容 (seed).
  { role: 'formula', words: ['计算公式', '计算方法', '指标内容'] },
  // 指标解释 (26), 指标说明.
  { role: 'explanation', words: ['指标解释', '指标说明', '指标定义'] },
  // Rubric tables (47): 评分标准, 评分规则.
  { role: 'criterion', words: ['评分标准', '评分规则', '评价标准', '评分办法'] },
  // 年度指标值 (national), 预期实现值 (seed), 预期指标值 (26), 年度目标值, 指标值 (Sichuan's split
  // layout prints 指标值 as the value sub-column; the sub-header decides there).
  {
    role: 'target',
    words: [
      '年度指标值',
      '预期实现值',
      '预期指标值',
      '年度目标值',
      '目标值',
      '预期值',
      '计划值',
      '指标值',
    ],
  },
  // 实际完成值 (national), 指标完成情况 (seed), 全年实际值 (25), 单项指标实际完成值 (26).
  {
    role: 'actual',
    words: [
      '实际完成值',
      '指标完成情况',
      '全年实际值',
      '实际完成情况',
      '完成值',
      '实际值',
      '实际完成',
    ],
  },
  // 单项指标完成情况 (26): the row's own verdict (完成 / 未完成).
  { role: 'status', words: ['单项指标完成情况', '是否完成', '完成状态'] },
  { role: 'weight', words: ['分值', '权重'] },
  { role: 'score', words: ['得分', '自评得分', '自评分'] },
  // 折算得分 (26): 得分 × the row's share.
  { role: 'convertedScore', words: ['折算得分', '折合得分', '加权得分'] },
  // 偏差原因分析及改进措施 (national), 未完成原因及拟采取的改进措施 (25).
  { role: 'deviation', words: ['偏差原因', '未完成原因', '原因分析', '改进措施', '偏差'] },
]

/** Sub-header words of a target split in three columns (河北: 符号/值/单位; 四川: 指标性质/指标值/度量单位). */
export type TargetPart = 'comparator' | 'value' | 'unit'
export const TARGET_PART_LABELS: readonly LabelEntry<TargetPart>[] = [
  { role: 'comparator', words: ['符号', '指标性质', '比较符', '运算符'] },
  { role: 'value', words: ['值', '指标值', '数值'] },
  { role: 'unit', words: ['单位', '度量单位', '计量单位'] },
]

/**
 * 资金管理情况 of the MOF transfer-payment table (财预〔2021〕101号 附件; 43): each row's label names one
 * aspect of how the money was managed.
 */
export const FUND_MANAGEMENT_LABELS: readonly LabelEntry<string>[] = [
  { role: 'allocation', words: ['分配科学', '分配合理'] },
  { role: 'timeliness', words: ['下达及时', '拨付及时'] },
  { role: 'disbursement', words: ['拨付合规', '支付合规'] },
  { role: 'usage', words: ['使用规范', '使用合规'] },
  { role: 'accuracy', words: ['执行准确', '预算执行准确'] },
]

/** The heading of the 资金管理情况 block and its two text columns. */
export const FUND_MANAGEMENT_HEADING = '资金管理情况'
export const FUND_MANAGEMENT_COLUMNS: readonly LabelEntry<'description' | 'problems'>[] = [
  { role: 'description', words: ['情况说明', '管理情况说明', '说明'] },
  { role: 'problems', words: ['存在问题', '改进措施', '问题'] },
]

/** Row labels that start or end a part of the form. */
export type SectionRole = 'goal' | 'problems' | 'improvements' | 'end'
export const SECTION_LABELS: readonly LabelEntry<SectionRole>[] = [
  // 年度目标 (seed), 年度总体目标 (national), 总体目标, 绩效目标.
  { role: 'goal', words: ['年度目标', '年度总体目标', '总体目标', '绩效目标'] },
  { role: 'problems', words: ['存在问题', '存在的问题', '主要问题'] },
  { role: 'improvements', words: ['改进措施', '整改措施', '改进意见', '下一步措施'] },
  // The foot of a table: totals and signatures.
  {
    role: 'end',
    words: [
      '总分',
      '合计得分',
      '自评总分',
      '评价结论',
      '填表人',
      '填报人',
      '联系电话',
      '审核人',
      '负责人',
      '备注',
      '说明:',
    ],
  },
]

/** Labels of the header lines: what follows them (in the same cell after a colon, or the next cell). */
export type HeaderRole = 'department' | 'projectName' | 'unit' | 'locality'
export const HEADER_LABELS: readonly LabelEntry<HeaderRole>[] = [
  // 部门名称 (seed), 主管部门 (national), 实施单位, 预算单位.
  {
    role: 'department',
    words: ['部门名称', '主管部门', '单位名称', '预算单位', '实施单位', '部门(单位)名称'],
  },
  { role: 'projectName', words: ['项目名称', '专项名称', '转移支付名称'] },
  { role: 'unit', words: ['单位:', '金额单位', '计量单位:'] },
]

/**
 * The role of a label: the role whose word is the longest one the label contains; between words of
 * one length, the one that ends later, since a Chinese compound names its head last
 * ("指标说明及评分标准" is a 评分标准, "指标解释" a 解释).
 */
export function roleOf<R extends string>(
  label: string,
  entries: readonly LabelEntry<R>[],
): { role: R; word: string } | null {
  let best: { role: R; word: string; end: number } | null = null
  for (const e of entries) {
    for (const w of e.words) {
      const at = label.lastIndexOf(w)
      if (at < 0) continue
      const end = at + w.length
      if (
        best === null ||
        w.length > best.word.length ||
        (w.length === best.word.length && end > best.end)
      ) {
        best = { role: e.role, word: w, end }
      }
    }
  }
  return best === null ? null : { role: best.role, word: best.word }
}

/**
 * Which funding source a row label names (资金来源). The last part of a label decides
 * ("其中:本年财政拨款" → 本年财政拨款). Sources: the national table's rows (年度资金总额, 其中:财政拨款,
 * 上年结转资金, 其他资金), the seed's (合计, 一般公共预算), and the public forms' (中央补助, 省级资金,
 * 彩票公益金, 单位自有资金, 本级资金, 小计).
 */
export const SOURCE_LABELS: readonly LabelEntry<string>[] = [
  // The headline row; some templates print the whole budget's name in its place: 预算数(预算安排情况
  // (调整后)) (26), 预算执行情况 (34), 年度金额 (52).
  {
    role: 'total',
    words: [
      '合计',
      '资金总额',
      '小计',
      '总计',
      '年度资金总额',
      '预算安排情况',
      '预算执行情况',
      '年度金额',
    ],
  },
  { role: 'carry-over', words: ['上年结转', '结转资金'] },
  { role: 'government-fund-budget', words: ['政府性基金', '彩票公益金', '基金预算'] },
  { role: 'state-capital-budget', words: ['国有资本经营'] },
  { role: 'special-account', words: ['财政专户'] },
  // 单位其它收入 (41): a unit's own income, not fiscal money.
  {
    role: 'unit-funds',
    words: ['单位资金', '单位自有', '事业收入', '经营收入', '单位收入', '其他收入', '其它收入'],
  },
  { role: 'transfer', words: ['补助', '转移支付'] },
  // 本年一般公共预算拨款 (22): the year's appropriation, from the general budget.
  { role: 'current-appropriation', words: ['财政拨款', '本年拨款', '财政资金', '公共预算拨款'] },
  { role: 'general-public-budget', words: ['一般公共预算'] },
  { role: 'other', words: ['其他资金', '其他', '自筹'] },
]

/**
 * Where money comes from decides over what kind of money it is: 中央财政资金 (43) is a transfer from
 * above although it is 财政资金; 地方/本级/市县 money (29, 43, 44, 50, 61) is local, of a budget the form
 * does not name, so `other`.
 */
const ORIGIN_LABELS: readonly LabelEntry<string>[] = [
  { role: 'transfer', words: ['中央', '省级', '市级', '自治区', '上级'] },
  { role: 'other', words: ['地方', '本级', '市县'] },
]

const FIRST_SOURCES: readonly LabelEntry<string>[] = /* @__PURE__ */ (() =>
  SOURCE_LABELS.filter((e) => e.role === 'total' || e.role === 'carry-over'))()

/**
 * The funding source a row label names: a total or a carry-over first, then the money's origin,
 * then its kind; `other` when none of the words is in it.
 */
export function sourceOfLabel(label: string): string {
  const parts = labelKey(label)
    .split(':')
    .filter((s) => s !== '')
  const tail = parts[parts.length - 1] ?? ''
  return (
    roleOf(tail, FIRST_SOURCES)?.role ??
    roleOf(tail, ORIGIN_LABELS)?.role ??
    roleOf(tail, SOURCE_LABELS)?.role ??
    'other'
  )
}
