/**
 * The words that decide a status when an actual is narrative, as data. Matched by plain string
 * comparison at each position (longest first), so reading is linear in the text.
 * @internal
 */

function longestFirst(words: readonly string[]): readonly { readonly text: string }[] {
  return [...words].sort((a, b) => b.length - a.length).map((text) => ({ text }))
}

/** The work was not done at all. */
export const NOT_CARRIED_OUT_WORDS = longestFirst([
  '未开展',
  '没有开展',
  '未能开展',
  '不再举办',
  '未举办',
  '停办',
  '取消',
  '未实施',
  '未启动',
  '暂停',
  '暂缓',
  '停止实施',
])

/** Part of the work was done (FASP2's 部分达成 label and its variants). */
export const PARTIALLY_MET_WORDS = longestFirst([
  '部分达成',
  '部分完成',
  '部分达到',
  '部分实现',
  '基本完成',
  '基本达成',
  '基本达到',
  '基本实现',
])

/** The target was missed. Negated forms ("未出现延期") do not count. */
export const NOT_MET_WORDS = longestFirst([
  '延期',
  '推迟',
  '未按计划',
  '未按时',
  '未按期',
  '未如期',
  '未完成',
  '未达到',
  '未达成',
  '未达',
  '没有完成',
  '没有达到',
  '未能',
  '滞后',
  '未实现',
  '逾期',
  '不达标',
  '未通过',
])

/** The target was reached. Negated forms ("未完成预期") do not count. */
export const MET_WORDS = longestFirst([
  '已完成',
  '完成预期',
  '达成预期',
  '达到预期',
  '实现预期',
  '圆满完成',
  '全部完成',
  '按时完成',
  '按期完成',
  '如期完成',
  '顺利完成',
  '达成年度指标',
  '达到年度指标',
  '已达到',
  '已达标',
  '达标',
  '已实现',
  '正常运行',
  '符合',
])

/** "完成" followed, within the clause, by one of these: "完成服务满意度指标", "完成绩效目标". */
export const COMPLETION_OBJECTS = longestFirst(['指标', '目标', '任务', '计划'])

/** How far after "完成" its object may stand. */
export const COMPLETION_WINDOW = 10

/**
 * Phrases that say the counted event did not happen at all ("未发生安全事故", "零投诉"): against a
 * zero target ("0起") they are an actual of 0. Read only when the actual prints no figure.
 */
export const ZERO_EVENT_WORDS = longestFirst([
  '未发生',
  '没有发生',
  '未出现',
  '没有出现',
  '零事故',
  '零投诉',
  '零发生',
  '无事故',
  '无投诉',
])

/**
 * Frames that say the same around the event's name: "全年无安全事故发生", "无重大投诉出现",
 * "杜绝了安全事故发生" — the opening word, then the closing word within
 * {@link ZERO_EVENT_FRAME_WINDOW} characters of the same clause. Class: negation frames of
 * event counts. Source: the zero-target rows of the development forms say the same with
 * {@link ZERO_EVENT_WORDS} ("未发生安全事故"); these are its word-order variants, with "杜绝" from the
 * targets that print it ("杜绝安全事故发生"). Tests: assess.core.mutation.test.ts.
 */
export const ZERO_EVENT_FRAMES: readonly (readonly [string, string])[] = [
  ['无', '发生'],
  ['无', '出现'],
  ['没有', '发生'],
  ['杜绝', '发生'],
]

/**
 * How far the closing word of a {@link ZERO_EVENT_FRAMES} frame may stand from its opening word:
 * room for an event's name with its qualifiers ("无重大安全生产责任事故发生" is 10 characters).
 */
export const ZERO_EVENT_FRAME_WINDOW = 12

/**
 * Words that make the figure after them a difference, not the measure itself: "超出预算5万元" says
 * the cost is 5万元 over, not 5万元. Such a figure is not read as the actual.
 */
export const DIFFERENCE_WORDS = longestFirst([
  '超出',
  '超过预算',
  '超支',
  '节约',
  '节省',
  '减少',
  '增加',
  '增长',
  '提高了',
  '下降',
  '降低了',
  '同比',
  '比上年',
  '较上年',
  '差额',
  '相差',
  '尚差',
  '还差',
])

/** How far before a figure a difference word is looked for, in characters. */
export const DIFFERENCE_WINDOW = 4

/** Words that give a cause, so a shortfall counts as explained ("由于疫情", "受新冠疫情影响"). */
export const CAUSE_WORDS: readonly string[] = ['由于', '因为', '因', '影响', '原因', '导致']

/** Negations looked for just before a word. */
export const NEGATION_WORDS: readonly string[] = ['没有', '尚未', '未', '没', '不', '无', '非']

/** How far before a word a negation still negates it ("未出现延期"). */
export const NEGATION_WINDOW = 3

/**
 * How many characters of the target's own words, around a shortfall word in the actual, make that
 * word the object of the target's action rather than a status: target "消除未达标路段", actual
 * "已消除未达标路段" — "未达标" sits between "消除" and "路段" as in the target, so it names what was
 * removed. Two characters before is one verb (消除, 杜绝, 减少, 整改); one after says the word is
 * inside the restatement, not its end: "整改未完成" against "整改未完成事项" ends at the word and
 * stays a shortfall ("rectification not completed"), and "仍有不合格产品" against "杜绝不合格产品"
 * shares nothing before it. Class: a window, not a word list. Source: qualitative rows whose
 * actual restates the target's words (the restates-target rule of src/assess/meaning.ts); the
 * case itself was found by the assess mutation tests (docs/reliability.md), not in a fixture.
 */
export const TARGET_OBJECT_CONTEXT: { readonly before: number; readonly after: number } =
  Object.freeze({ before: 2, after: 1 })

/**
 * Characters that make an achievement word before them the name of a measure, not a claim (in
 * the met words of a narrative and in its claims alike):
 * "满意度" (satisfaction), "达标率", "合格率", "完成率", "覆盖率" — the indicator's noun, which
 * narratives repeat ("满意度没有下降", "合格率98%") without claiming anything by it. Class: noun
 * suffixes of measures. Source: the rate endings of the direction lexicon (src/targets/lexicon.ts:
 * 满意度, 合格率, 达标率, 覆盖率 …), which name the indicators of every development form.
 */
export const MEASURE_SUFFIXES: readonly string[] = ['度', '率']

/**
 * Trend words that say only which way a figure moved, not whether that was good: "下降" is a
 * success for an accident rate and a failure for water quality. Denied ("未下降", "没有上升") beside
 * a target that names no trend, they decide nothing; the other trend words (改善, 优化, 加强 …)
 * are improvements, and denied they are a shortfall whatever the measure. Class: the neutral
 * half of the target grammar's TREND_WORDS (src/targets/lexicon.ts), whose good direction is the
 * measure's (docs/domain-notes.md: 正向/反向 indicators, 财预〔2021〕101号).
 */
export const MOVEMENT_WORDS: readonly string[] = [
  '上升',
  '下降',
  '增加',
  '减少',
  '增长',
  '降低',
  '减低',
  '扩大',
  '缩短',
  '压缩',
]

/** Clause separators: the decisive words are reported with their clause. */
export const CLAUSE_SEPARATORS: ReadonlySet<string> = new Set([
  ',',
  '，',
  '。',
  ';',
  '；',
  '!',
  '?',
  '！',
  '？',
])

/** How far from a word its clause is looked for, each way. */
export const CLAUSE_REACH = 40

/** Endings that mean the narrative was cut off before its figure ("…参与工作率达"). */
export const TRUNCATION_ENDINGS = longestFirst([
  '达到',
  '达',
  '为',
  ':',
  '是',
  '约',
  '共',
  '≥',
  '≤',
  '>',
  '<',
  '=',
])

// ---------------------------------------------------------------------------------------------
// Progress statements (完成进度) — a share of the work done, not the indicator's value.
// ---------------------------------------------------------------------------------------------

/**
 * Phrases that make the percent after them a share of the work done ("已完成100%", "完成进度100%",
 * "工程形象进度80%"), not the indicator's own value. Sources: issue #12's examples ("已完成100%",
 * "完成进度100%" under a satisfaction or cost indicator); the seed ("脱贫工作完成达到100%", read as
 * the value only because its indicator is a 完成率); form 29's time row ('11月底完成100%'); the
 * 绩效运行监控表 column names 完成进度 / 执行进度 / 形象进度 of the 财预〔2020〕10号 monitoring template.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '服务对象满意度', target: '≥95%', actual: '完成进度100%' }).reasons[0]?.code // 'progress'
 * ```
 */
export const PROGRESS_PHRASES = longestFirst([
  '已完成',
  '已全部完成',
  '完成了',
  '完成',
  '已完工',
  '完工',
  '完成进度',
  '完成度',
  '完成比例',
  '完成率',
  '完工率',
  '工作进度',
  '项目进度',
  '工程进度',
  '建设进度',
  '施工进度',
  '实施进度',
  '执行进度',
  '形象进度',
  '总进度',
  '进度',
])

/**
 * Words allowed between a progress phrase and its figure ("完成进度已达100%", "完成率为100%",
 * "累计完成了100%"). Source: the connectors of the seed's narratives (达, 达到, 为) and of the
 * comparator lexicon (src/targets/lexicon.ts).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '项目总成本', target: '≤50万元', actual: '完成进度已达到100%' }).reasons[0]?.code // 'progress'
 * ```
 */
export const PROGRESS_CONNECTORS = longestFirst([
  '已达到',
  '已达',
  '达到',
  '达',
  '为',
  '至',
  '了',
  '约',
  '累计',
  ':',
])

/**
 * Words in an indicator's name (or formula) that make it a measure of completion itself, so that a
 * progress figure IS its value: 任务完成率, 资金支付率, 预算执行率, 工程完工率 … Sources: the seed's
 * 任务完成率 / 接待工作完成率 / 脱贫工作完成率 / 水电费缴交完成率 / 资金及时支付率; forms 26 (完成率,
 * 补贴发放率), 52 (资金足额拨付率, 地方配套到位率), 59 (年度资金支付完成率); the 数量完成率 formula of the
 * 财预〔2020〕10号 common indicators.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '任务完成率', target: '100%', actual: '已完成100%' }).actual.value // '100'
 * ```
 */
export const PROGRESS_MEASURE_WORDS: readonly string[] = [
  '完成率',
  '完成度',
  '完成比例',
  '完成情况',
  '进度',
  '执行率',
  '实施率',
  '完工率',
  '竣工率',
  '建成率',
  '开工率',
  '支付率',
  '拨付率',
  '到位率',
  '发放率',
  '兑付率',
  '兑现率',
]

/**
 * Words that make an indicator's name a percent measure (a rate, a share, a satisfaction), so that a
 * bare percent in its actual is its value, never progress. Source: the rate endings of the
 * direction lexicon (src/targets/lexicon.ts DIRECTION_WORDS) and the satisfaction names of the
 * classifier (classify.ts).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '群众满意', target: '群众满意', actual: '98%' }).status // 'unknown'
 * assessIndicator({ name: '项目成本控制', target: '控制在预算内', actual: '100%' }).status // 'met'
 * ```
 */
export const PERCENT_MEASURE_WORDS: readonly string[] = [
  '率',
  '满意',
  '认可',
  '知晓',
  '认知度',
  '比例',
  '占比',
  '比重',
  '百分比',
]

/**
 * Words saying the work is still under way at the end of the year ("建设中", "正在施工", "尚未完工"):
 * a deliverable not delivered. Source: form 43 (target 1 全民健身中心, actual '建设中', the auditor's
 * not-met); the in-progress states of 绩效运行监控 reports (实施中, 推进中, 招标中, 采购中, 办理中);
 * "未完工 / 尚未竣工" from the acceptance wording of construction projects. A word ending in 中 counts
 * only before punctuation, the end, 的 or 阶段 ("建设中心", "实施中央…" are not progress).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '新建全民健身中心数量', target: '1', actual: '建设中' }).status // 'not-met'
 * ```
 */
export const IN_PROGRESS_WORDS = longestFirst([
  '建设中',
  '施工中',
  '实施中',
  '推进中',
  '进行中',
  '办理中',
  '招标中',
  '采购中',
  '审批中',
  '正在建设',
  '正在施工',
  '正在实施',
  '正在推进',
  '正在进行',
  '正在办理',
  '尚在建设',
  '仍在建设',
  '尚在实施',
  '未完工',
  '尚未完工',
  '未竣工',
  '尚未竣工',
])

/**
 * What may follow an in-progress word ending in 中 (see {@link IN_PROGRESS_WORDS}).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '服务中心数量', target: '1个', actual: '建设中心已投入使用' }).status // 'unknown'
 * ```
 */
export const IN_PROGRESS_FOLLOWERS: ReadonlySet<string> = new Set([
  ...CLAUSE_SEPARATORS,
  '、',
  ')',
  '）',
  '的',
  '阶',
  '状',
])

// ---------------------------------------------------------------------------------------------
// OCR damage in figures (actual and target cells alike).
// ---------------------------------------------------------------------------------------------

/**
 * Characters OCR puts where a comparator (≥) stood, standing alone before or after a figure: "工5%",
 * "^80%", "80%^", "W100%". Sources: form 29 ('工5%' target and actual, '880%^80%8' raw cells, '80%^'
 * in its notes); issue #12 ("W100%" from a form kept out of the repository). Only a cell that is
 * exactly this character and one figure is suspected.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '收入增幅', target: '≥5%', actual: '工5%' }).reasons[0]?.params.reading // '≥5%'
 * ```
 */
export const COMPARATOR_LOOKALIKES: ReadonlySet<string> = new Set(['工', '^', 'ˆ', 'W', 'w'])

/**
 * Words whose indicator is a share of a whole, so that it cannot exceed 100%: satisfactions,
 * pass/coverage/awareness rates, shares. The head word (the one ending last in the name) decides,
 * against {@link UNBOUNDED_MEASURE_WORDS}. Sources: the rate names of the development forms (26
 * 覆盖率 发放率, 28 成活率, 34 查办率 处置率, 40 运行率, 52 回收率 覆盖率, 55 通过率, 29 合格率 认知度
 * 比例), the seed (垃圾分类率, 服务达标率, 出租率, 使用率, 满意度), and the 满意度/合格率/覆盖率/知晓率
 * families of the 2021–2024 national common-indicator lists (共性指标框架).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '抽检合格率', target: '≥95%', actual: '102%' }).status // 'unknown'
 * ```
 */
export const BOUNDED_MEASURE_WORDS: readonly string[] = [
  '满意度',
  '满意率',
  '满意程度',
  '认可度',
  '知晓率',
  '知晓度',
  '认知度',
  '合格率',
  '达标率',
  '优良率',
  '通过率',
  '覆盖率',
  '普及率',
  '参与率',
  '参保率',
  '入学率',
  '巩固率',
  '接种率',
  '成活率',
  '存活率',
  '及时率',
  '准确率',
  '正确率',
  '完好率',
  '出勤率',
  '使用率',
  '利用率',
  '出租率',
  '空置率',
  '运行率',
  '分类率',
  '发生率',
  '差错率',
  '投诉率',
  '处置率',
  '处理率',
  '查办率',
  '办结率',
  '结案率',
  '回收率',
  '治愈率',
  '占比',
  '比例',
  '比重',
  '到位率',
  '拨付率',
  '发放率',
  '支付率',
  '保障率',
  '落实率',
]

/**
 * Head words of indicators that may exceed 100%: growth, output against plan, budget execution
 * (overspending), multiples. Source: form 52 (创业担保贷款发放额增长率 115.25%, 放大倍数 10倍), the
 * 数量完成率 of output indicators (form 10: 3061 of ≥2000 = 153%), form 10's 执行率 102.59%, and the
 * growth words the target parser already exempts (src/targets/parse.ts GROWTH_WORDS).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '贷款发放额增长率', target: '≥10%', actual: '115.25%' }).status // 'met'
 * ```
 */
export const UNBOUNDED_MEASURE_WORDS: readonly string[] = [
  '增长率',
  '增幅',
  '增速',
  '提高率',
  '提升率',
  '增长',
  '增加',
  '提高',
  '完成率',
  '执行率',
  '倍数',
  '倍',
  '产值',
  '收益率',
  '回报率',
]

/**
 * Words in a formula's denominator that name a whole the numerator is part of ("满意人数/调查总人数",
 * "合格数/抽检总数", "已接种人数/应接种人数"), so the ratio cannot exceed 100%. Source: the formulas
 * of the public forms (docs/formulas.md) and the 计算公式 column of the common-indicator lists.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * const formula = '合格数/抽检总数×100%'
 * assessIndicator({ name: '抽检结果', formula, target: '≥95%', actual: '120%' }).status // 'unknown'
 * ```
 */
export const WHOLE_DENOMINATOR_WORDS: readonly string[] = [
  '总',
  '全部',
  '全体',
  '应',
  '调查',
  '受访',
  '抽查',
  '抽检',
  '参评',
  '样本',
]
