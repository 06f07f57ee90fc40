/**
 * The words of qualitative judgement, as data: what counts as achievement, negation, hedging and
 * grading in an actual written in words, and the function words left out when the meaning of a
 * target and an actual are compared. Matched by plain string comparison at each position (longest
 * first), so reading stays linear in the text.
 *
 * Sources, for every list below unless it says otherwise: the qualitative rows of the development
 * forms (test/fixtures/public-forms: 01 池州 效果明显/达成预期指标, 12 银川 效果显著, 29 固原 是/基本达到,
 * 31 合格, 32 黄石 良好/全天候可用, 34 遂宁 逐步提高, 44 彭水 已按要求完成预算), the seed (提升, 不断提升后勤服务
 * 质量), issue #12 ("群众出行条件得到改善" / "村民出行更加便捷，道路通行条件明显改善"; "未明显改善", "基本达到"),
 * the qualitative bands of 财预〔2020〕10号 (达成 / 部分达成 / 未达成) and the 优/良/中/差 grading of
 * published 项目支出绩效自评表 (e.g. dyrmt.com 2023 自评表: "定性 | 优良中低差 | 优").
 * @internal
 */

function longestFirst(words: readonly string[]): readonly { readonly text: string }[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((text) => ({ text }))
}

/**
 * Verbs and states that claim the target was reached: "改善", "建成", "便捷", "到位". Trend words
 * of the target grammar (提升, 改善 …) are achievement words too; they are added where used.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '管护', target: '建立健全长效管护机制', actual: '长效管护机制已建立' }).status // 'met'
 * ```
 */
export const ACHIEVEMENT_WORDS = longestFirst([
  '完成',
  '达到',
  '达成',
  '实现',
  '满足',
  '建成',
  '建立',
  '形成',
  '解决',
  '消除',
  '覆盖',
  '达标',
  '符合',
  '落实',
  '到位',
  '保障',
  '好转',
  '缓解',
  '健全',
  '完善',
  '规范',
  '便捷',
  '便利',
  '畅通',
  '顺畅',
  '良好',
  '明显',
  '显著',
  '有效',
  '满意',
  '稳定',
  '正常',
  '合格',
  '通过验收',
  '验收通过',
  '完工',
  '竣工',
  '投入使用',
  '交付使用',
])

/**
 * Negations that deny the achievement word after them ("未明显改善", "没有得到改善", "不到位").
 * Longest first, so "没有" is read before "没".
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '出行条件未明显改善' }).status // 'not-met'
 * ```
 */
export const MEANING_NEGATIONS = longestFirst([
  '并没有',
  '并未',
  '从未',
  '没有',
  '尚未',
  '仍未',
  '未能',
  '未',
  '没',
  '不',
  '无',
])

/**
 * Verbs that, between two negations, make them cancel: "未出现不合格" and "没有发现不到位" claim 合格 and
 * 到位 (a double negation); so does "无不" directly.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '工程质量', target: '按质按量完成', actual: '未出现不合格工程' }).status // 'unknown'
 * ```
 */
export const DOUBLE_NEGATION_VERBS = longestFirst(['出现', '发生', '存在', '发现', '有'])

/**
 * Words that start with a negation character but do not negate ("不断提升", "非常明显").
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '服务质量', target: '提升', actual: '不断提升后勤服务质量' }).status // 'met'
 * ```
 */
export const NOT_NEGATIONS = longestFirst([
  '不断',
  '不停',
  '不懈',
  '不仅',
  '不但',
  '不少',
  '不管',
  '无论',
  '非常',
])

/**
 * Degree words and auxiliaries that may stand between a negation or hedge and the word it applies
 * to ("未明显改善", "没有得到有效解决", "基本得到落实", "未见改善", "未能够落实").
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '纠纷化解', target: '矛盾纠纷得到有效解决', actual: '矛盾纠纷没有得到有效解决' }).status // 'not-met'
 * ```
 */
export const DEGREE_WORDS = longestFirst([
  '能够',
  '得以',
  '见',
  '有',
  '进一步',
  '得到',
  '明显',
  '显著',
  '有效',
  '完全',
  '全部',
  '充分',
  '根本',
  '彻底',
  '按时',
  '按期',
  '如期',
  '能',
  '很',
  '太',
  '较',
  '更',
  '够',
  '被',
])

/**
 * How many characters of degree words may stand between a negation and its word.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '出行条件改善', actual: '出行条件没有得到明显改善' }).reasons[0]?.words // '没有得到明显改善'
 * ```
 */
export const NEGATION_REACH = 6

/**
 * Words after an achievement word that deny it ("改善不明显", "提升有限", "效果不佳").
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '出行条件改善不明显' }).status // 'not-met'
 * ```
 */
export const POST_NEGATIONS = longestFirst([
  '不明显',
  '不显著',
  '不大',
  '不够',
  '不足',
  '不佳',
  '不理想',
  '不到位',
  '有限',
  '甚微',
])

/**
 * Words that say an improvement is still wanting ("有待提高", "仍需加强"): the achievement word after
 * them is not claimed.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '出行条件有待改善' }).status // 'not-met'
 * ```
 */
export const PENDING_WORDS = longestFirst(['有待', '尚需', '仍需', '还需', '亟需', '亟待', '尚待'])

/**
 * Hedges: the achievement word after them is claimed only in part ("基本达到", "初步改善", "部分实现",
 * "一定程度上缓解"). FASP2's 部分达成.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '出行', target: '群众出行条件得到改善', actual: '出行条件初步改善' }).status // 'partially-met'
 * ```
 */
export const HEDGE_WORDS = longestFirst([
  '基本上',
  '基本',
  '初步',
  '大部分',
  '部分',
  '大体',
  '大致',
  '一定程度上',
  '一定程度',
  '略有',
  '稍有',
])

/**
 * Function words and generic nouns left out before the target's and the actual's content are
 * compared: they say nothing about what was to be achieved ("的", "得到", "工作", "程度", "效果").
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '安全生产', target: '无重大安全事故', actual: '全年未发生重大安全事故' }).status // 'met'
 * ```
 */
export const CONTENT_STOP_WORDS = longestFirst([
  '的',
  '了',
  '和',
  '与',
  '及',
  '并',
  '等',
  '对',
  '在',
  '为',
  '使',
  '让',
  '得',
  '地',
  '着',
  '之',
  '其',
  '各',
  '所',
  '以',
  '也',
  '都',
  '又',
  '将',
  '已',
  '均',
  '更加',
  '更',
  '较为',
  '比较',
  '进一步',
  '不断',
  '持续',
  '逐步',
  '切实',
  '全面',
  '大力',
  '积极',
  '进行',
  '通过',
  '按照',
  '根据',
  '得到',
  '工作',
  '程度',
  '效果',
  '成效',
  '情况',
  '水平',
  '作用',
  '总体',
  '整体',
  '评价',
  '目标',
  '预期',
  '要求',
  '相关',
  '有关',
  '发生',
  '出现',
  '全年',
  '年度',
  '本年度',
  '本年',
  '今年',
  '当年',
  '年内',
  '目前',
  '截至',
])

/**
 * One step of a grading scale and the words that name it (4 = top).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '实施效果', target: '优良中差', actual: '良' }).status // 'met'
 * ```
 */
export interface GradeWord {
  readonly text: string
  readonly level: 1 | 2 | 3 | 4
}

function grades(level: GradeWord['level'], words: readonly string[]): GradeWord[] {
  return words.map((text) => ({ text, level }))
}

/**
 * Grading words, as the 优/良/中/差 scale of self-evaluation forms: 4 优 (excellent), 3 良 (good:
 * 良好, 较好, 较高, 明显, 显著, 满意), 2 中 (fair: 一般, 尚可, 基本满意), 1 差 (poor: 较差, 低, 不明显,
 * 不满意). 明显 and 显著 share a level: forms use them interchangeably for "marked".
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '文物价值', target: '加大文物保护,展示文物价值', actual: '程度较高' }).reasons[0]?.code // 'grade'
 * ```
 */
export const GRADE_WORDS: readonly GradeWord[] = [
  ...grades(4, [
    '优',
    '优秀',
    '很好',
    '非常好',
    '很高',
    '非常高',
    '非常显著',
    '非常明显',
    '非常满意',
  ]),
  ...grades(3, [
    '良',
    '良好',
    '好',
    '较好',
    '比较好',
    '高',
    '较高',
    '比较高',
    '明显',
    '较明显',
    '较为明显',
    '显著',
    '较显著',
    '满意',
    '较满意',
    '比较满意',
  ]),
  ...grades(2, ['中', '中等', '一般', '尚可', '基本满意']),
  ...grades(1, [
    '差',
    '较差',
    '很差',
    '低',
    '较低',
    '很低',
    '不明显',
    '不显著',
    '不好',
    '不满意',
    '不佳',
  ]),
].sort((a, b) => b.text.length - a.text.length)

/**
 * Separators inside a grading scale written as a target ("优/良/中/差", "优、良、中、差").
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '实施效果', target: '优/良/中/差', actual: '一般' }).status // 'partially-met'
 * ```
 */
export const GRADE_SEPARATORS: ReadonlySet<string> = new Set(['/', '、', ',', '，', '|', '-', ' '])

/**
 * Level from which a grade meets a target that names no level of its own (良 and above).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '社会影响', target: '效果明显', actual: '较好' }).status // 'met'
 * ```
 */
export const GRADE_MET_LEVEL = 3

/**
 * Level from which a grade is partially met when it does not meet the target (中).
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '群众获得感', target: '提升群众获得感', actual: '一般' }).status // 'partially-met'
 * ```
 */
export const GRADE_PARTIAL_LEVEL = 2

/**
 * Yes/no answers of 是否 indicators ("是否按时完成": 是 / 否), paired: the same answer meets.
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '是否按时完成', target: '是', actual: '有' }).status // 'met'
 * ```
 */
export const YES_WORDS: ReadonlySet<string> = new Set(['是', '有', '已', '能', '达到'])

/**
 * See {@link YES_WORDS}. ("无" is a placeholder in the target grammar and is read there.)
 *
 * @example
 * ```ts
 * import { assessIndicator } from '@lw/perf-eval'
 * assessIndicator({ name: '是否按时完成', target: '是', actual: '否' }).status // 'not-met'
 * ```
 */
export const NO_WORDS: ReadonlySet<string> = new Set(['否', '没有', '未', '不能', '未达到'])
