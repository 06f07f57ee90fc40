/**
 * The words of the target grammar, as reviewed data. Every list is matched by plain string
 * comparison at a position (longest first), never by a regular expression, so reading stays linear
 * in the text. Units are in ./units.ts, traditional characters in ./hanzi.ts.
 *
 * Where the lists come from (each list says which of these it draws on):
 * - [dev] the development forms in test/fixtures/public-forms (01–22, 25–61) and the seed;
 * - [web] published 绩效自评表 / 绩效目标表 found by search: dyrmt.com 自评表 ("科目调整次数≤10次",
 *   "结余率(计算方法为:结余数/预算数)≤5%", "按时发放率=100%"), 黄石市委党校 2022 项目支出绩效目标批复表
 *   ("主体班培训280人次", "情景教学或外训批次6批次", "成本控制率 100%"), 宁晋县 2019 高中助学金评价指标表
 *   ("资助对象满意度达到目标值95%以上"), 岳阳楼区 2023 整体绩效目标表 (a traditional-script mirror:
 *   "指標(biāo)"), 红河州数据发展中心 2024 自评报告;
 * - [mof] 财预〔2020〕10号 (项目支出绩效评价管理办法: 正向/反向指标, the 成本指标 group) and
 *   财预〔2021〕101号 (中央部门项目支出核心绩效目标和指标设置及取值指引: "≥ ≤ ＝" written before the
 *   value, 成本指标 as upper bounds, 补助标准 as policy amounts);
 * - [zh] ordinary Chinese: the comparative phrases of 《现代汉语八百词》 (不少于, 不超过, 以上, 以内 …).
 * @internal
 */
import type { Comparator } from './types'

/** Sorts phrases longest first so that a longer phrase wins over its own prefix/suffix. */
function longestFirst<T extends { readonly text: string }>(list: readonly T[]): readonly T[] {
  return [...list].sort((a, b) => b.text.length - a.text.length)
}

/** Cell texts that hold no target (after normalisation: dashes are already `-`). @internal */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '',
  '-',
  '--',
  '---',
  '一',
  '无',
  '/',
  '\\',
  '暂无',
  '不适用',
  'N/A',
  'n/a',
  'NA',
])

/** A comparator phrase and what it means. @internal */
export interface Phrase {
  readonly text: string
  readonly comparator: Exclude<Comparator, 'between'>
}

/**
 * Comparators written before the number: symbols and phrases [dev][web][zh]. Each group's example is
 * a real or typical cell: "≥95%", "=100%" (56, written before every value), "不低于90%", "全年开展不少于
 * 3次培训", "不超过90万元", "控制在5%以内", "最高5300元" (25, in a name), "低于3%".
 * @internal
 */
export const PREFIX_COMPARATORS: readonly Phrase[] = longestFirst([
  // Symbols (normalisation has already folded ≧ ⩾ >= ＞＝ … into these).
  { text: '≥', comparator: '>=' },
  { text: '>', comparator: '>' },
  { text: '≤', comparator: '<=' },
  { text: '<', comparator: '<' },
  { text: '=', comparator: '=' },
  // At least: "不低于95%", "不少于3次", "至少2场", "达到100%", "最低8400元".
  ...[
    '大于或等于',
    '大于等于',
    '高于或等于',
    '多于或等于',
    '不低于',
    '不少于',
    '不小于',
    '不下于',
    '不短于',
    '不得低于',
    '不得少于',
    '不得小于',
    '不应低于',
    '不应少于',
    '应不低于',
    '应不少于',
    '至少',
    '最少',
    '最低',
    '达到',
    '达',
  ].map((text) => ({ text, comparator: '>=' as const })),
  // More than: "超过100人", "大于0".
  ...['大于', '高于', '超过', '多于'].map((text) => ({ text, comparator: '>' as const })),
  // At most: "不超过90万元", "控制在5%以内", "最高5300元", "至多3次".
  ...[
    '小于或等于',
    '小于等于',
    '低于或等于',
    '少于或等于',
    '不高于',
    '不超过',
    '不超出',
    '不多于',
    '不大于',
    '不长于',
    '不得超过',
    '不得高于',
    '不得大于',
    '不得多于',
    '不应超过',
    '不应高于',
    '应不超过',
    '至多',
    '最多',
    '最高',
    '控制在',
    '控制于',
    '压缩在',
    '压减至',
  ].map((text) => ({ text, comparator: '<=' as const })),
  // Less than: "低于3%", "小于1起", "不足5%".
  ...['小于', '低于', '少于', '不足', '不到'].map((text) => ({ text, comparator: '<' as const })),
  { text: '等于', comparator: '=' },
])

/**
 * Comparators that may stand a verb away from the number ("至少组织2次演练", "不少于开展3期",
 * "最多安排5人"): at least / at most only, never 达到 or a symbol [zh].
 * @internal
 */
export const SPACED_COMPARATORS: ReadonlySet<string> = new Set([
  '不少于',
  '不低于',
  '至少',
  '最少',
  '不超过',
  '不多于',
  '至多',
  '最多',
])

/**
 * Comparators written after the number and unit [dev][zh]: "90%以上", "90%及以上", "5%以下",
 * "5%以内", "3个工作日内", "100人左右", "5300元封顶".
 * @internal
 */
export const SUFFIX_COMPARATORS: readonly Phrase[] = longestFirst([
  { text: '以上', comparator: '>=' },
  { text: '及以上', comparator: '>=' },
  { text: '或以上', comparator: '>=' },
  { text: '以下', comparator: '<=' },
  { text: '及以下', comparator: '<=' },
  { text: '或以下', comparator: '<=' },
  { text: '以内', comparator: '<=' },
  { text: '之内', comparator: '<=' },
  { text: '封顶', comparator: '<=' },
  { text: '为限', comparator: '<=' },
  // "3个工作日内", "30天内": within, after a span of time or a count.
  { text: '内', comparator: '<=' },
  // "100人左右": about; read as the value itself.
  { text: '左右', comparator: '=' },
])

/** Words after a figure that change nothing ("95%以上(含)", "≥95%。") [dev]. @internal */
export const NEUTRAL_TAILS: readonly string[] = [
  '(含)',
  '(含本数)',
  '(含本级)',
  '含',
  '!',
  '.',
  '。',
  ';',
  ',',
  '、',
]

/** Separators of a range ("90%-100%", "90%~100%", "90至100", "3—5天" after folding) [dev][zh]. @internal */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '至', '到']

/**
 * Fill-in prompts of a template left in a cell ("项目资金测算标准(文字描述)", "(-年-月-日)", 44): the
 * cell was never filled, so it holds no target [dev].
 * @internal
 */
export const TEMPLATE_PROMPTS: readonly string[] = [
  '(文字描述)',
  '(-年-月-日)',
  '(年月日)',
  '(请填写',
  '(填写',
  '(XX',
  '(xx',
]

/**
 * Which way an indicator should go, as its name says: `higher` (正向), `lower` (反向: keep it down),
 * `equal` (a fixed amount to be met exactly, such as a subsidy standard), `unclear` (the name is used
 * both ways). @internal
 */
export type DirectionWord = 'higher' | 'lower' | 'equal' | 'unclear'

/** A word of an indicator name that decides its direction, with the reason. @internal */
export interface DirectionEntry {
  readonly text: string
  readonly direction: DirectionWord
  /** Why the word decides (one line, English), shown in explanations. */
  readonly reason: string
  /** A weak word decides only when the name has no other word ("安全事故数量" is a 事故 count). */
  readonly weak?: true
}

function directionGroup(
  direction: DirectionWord,
  reason: string,
  words: readonly string[],
  weak = false,
): DirectionEntry[] {
  return words.map((text) => ({
    text,
    direction,
    reason,
    ...(weak ? { weak: true as const } : {}),
  }))
}

/** Rates of events nobody wants [dev][web][mof]: "事故发生率 ≤1%", "投诉率 0.5%", "空置率 ≤5%". */
const UNWANTED_RATES = [
  '发生率',
  '差错率',
  '出错率',
  '错误率',
  '投诉率',
  '空置率',
  '闲置率',
  '超支率',
  '损失率',
  '损耗率',
  '事故率',
  '误差率',
  '违约率',
  '失误率',
  '复发率',
  '死亡率',
  '病死率',
  '发病率',
  '患病率',
  '感染率',
  '返工率',
  '退货率',
  '不合格率',
  '不良率',
  '流失率',
  '辍学率',
  '失学率',
  '返贫率',
  '逾期率',
  '故障率',
  '破损率',
  '漏检率',
  '漏报率',
  '误报率',
  '失业率',
  '犯罪率',
  '发案率',
  '案发率',
  '重复率',
  '坏账率',
  '超标率',
  '受害率',
  '变质率',
  '退回率',
  '驳回率',
  '延误率',
  '拖欠率',
  '欠费率',
]

/** Words of a name that say lower is better, with the reason for each group. @internal */
const LOWER: readonly DirectionEntry[] = [
  ...directionGroup('lower', 'a rate of unwanted events or losses', UNWANTED_RATES),
  ...directionGroup(
    'lower',
    'money spent or the budget left unspent: 成本指标 are upper bounds (财预〔2021〕101号)',
    [
      '成本',
      '费用',
      '支出',
      '单价',
      '价格',
      '造价',
      '开支',
      '经费',
      '花费',
      '耗费',
      '调整率',
      '结余率',
      '结转率',
      '变动率',
      '超支',
      '超预算',
    ],
  ),
  ...directionGroup('lower', 'a count of unwanted events', [
    '事故',
    '投诉',
    '差错',
    '失误',
    '违规',
    '违纪',
    '违法',
    '超标',
    '上访',
    '信访',
    '案件',
    '故障',
    '不合格',
    '返工',
    '损失',
    '损耗',
    '误差',
    '延误',
    '逾期',
    '变质',
    '安全事件',
    '隐患',
    '缺陷',
    '火灾',
    '污染',
    '事件数',
  ]),
  ...directionGroup('lower', 'consumption or emission to be reduced', [
    '能耗',
    '排放',
    '排放量',
    '耗电量',
    '用水量',
  ]),
  ...directionGroup('lower', 'a time limit or a waiting time', [
    '时限',
    '办结时间',
    '办理时间',
    '处理时间',
    '响应时间',
    '等待时间',
    '审批时间',
    '到达时间',
    '耗时',
  ]),
]

/** Spending words whose rate is an execution rate, not a cost ratio ("资金支出率", 宁晋 2019). */
const SPENDING: ReadonlySet<string> = new Set(['支出', '经费', '开支', '花费'])

/** Words that say higher is better [dev][web][mof]. */
const HIGHER: readonly DirectionEntry[] = [
  ...directionGroup('higher', 'a rate of what was achieved (generic ending)', [
    '率',
    '满意度',
    '满意程度',
    '知晓度',
    '认可度',
    '保障率',
    '合格率',
    '完成率',
    '覆盖率',
    '达标率',
    '到位率',
    '执行率',
    '及时率',
    '通过率',
    '回收率',
    '成活率',
    '存活率',
    '处置率',
    '办结率',
    '支出率',
    '支付率',
    '拨付率',
  ]),
  ...directionGroup('higher', 'a degree of awareness or reach', [
    '认知度',
    '知名度',
    '关注度',
    '参与度',
    '美誉度',
    '活跃度',
    '完成度',
    '覆盖面',
  ]),
  ...directionGroup('higher', 'a reduction achieved ("成本降低率", "农药用量较上年减少")', [
    '减少',
    '降低',
    '下降',
    '压减',
    '减少率',
    '降低率',
    '下降率',
    '节约率',
  ]),
  ...directionGroup('higher', 'a quality the work must have', [
    '合规性',
    '规范性',
    '及时性',
    '准确性',
    '完整性',
    '安全性',
    '有效性',
    '科学性',
    '合理性',
    '公平性',
  ]),
  ...directionGroup('higher', 'a quality the work must have (any …性)', ['性'], true),
  ...directionGroup(
    'higher',
    'an output to deliver: a quantity, a task done, a service running',
    ['数量', '个数', '完成', '覆盖', '运行', '受益', '新建', '开展', '建设'],
    true,
  ),
  ...directionGroup('higher', 'savings, income or benefit', [
    '节约',
    '节省',
    '收入',
    '增收',
    '效益',
    '产值',
    '产量',
  ]),
]

/**
 * Negations before a lower-is-better word that make the name state the absence as the goal
 * ("无污染", "不受损失", "零事故", "杜绝安全事故"): such a word does not decide [dev].
 * @internal
 */
export const ABSENCE_WORDS: readonly string[] = [
  '无',
  '不受',
  '不发生',
  '未发生',
  '零',
  '杜绝',
  '避免',
  '防止',
]

/**
 * Words that fix a value to be met exactly [mof]: a subsidy or benefit standard is set by policy and
 * paid as set ("补助标准 1500元/人·年"; 101号 lists 补助标准 as a policy amount); paying less or more
 * is a deviation. A sign written in the cell or in the name ("≥**元/人·月") still decides.
 */
const EQUAL: readonly DirectionEntry[] = directionGroup(
  'equal',
  'a subsidy or benefit standard fixed by policy',
  ['补助标准', '补贴标准', '救助标准', '资助标准', '奖励标准', '奖补标准', '发放标准', '保障标准'],
)

/**
 * Names used both ways, so that only the cell's sign can tell [web]: 成本控制率 is "actual ÷ plan"
 * (keep ≤100%) in some forms and "savings ÷ plan" (higher) in others; 资产负债率 and 病床使用率 have
 * an optimum, not a direction; a 变化率 or 增减率 may go either way.
 */
const UNCLEAR: readonly DirectionEntry[] = directionGroup(
  'unclear',
  'used both ways in published forms: the sign must be written',
  [
    '控制率',
    '资产负债率',
    '负债率',
    '病床使用率',
    '变化率',
    '增减率',
    '偏离度',
    '温度',
    '湿度',
    '水位',
  ],
)

/**
 * Words in an indicator name that decide its direction (see {@link DirectionEntry}). The word that
 * ends last in the name wins (a Chinese compound names its head last: 利息费用保障率 is a 保障率,
 * 投诉处理满意度 a 满意度), the longer one on a tie (事故发生率 is a 发生率, not a generic 率). A
 * lower-is-better word also counts with 率 after it (事故率, 成本率).
 * @internal
 */
export const DIRECTION_WORDS: readonly DirectionEntry[] = longestFirst([
  ...LOWER.flatMap((w) =>
    w.text.endsWith('率') || SPENDING.has(w.text) ? [w] : [w, { ...w, text: `${w.text}率` }],
  ),
  ...HIGHER,
  ...EQUAL,
  ...UNCLEAR,
])

/**
 * Head nouns of a name that imply the unit of a bare figure [dev]: "接受业务培训人数 | 200" is 200 人.
 * @internal
 */
export const NAME_UNITS: readonly { readonly text: string; readonly unit: string }[] = [
  { text: '人次数', unit: '人次' },
  { text: '人次', unit: '人次' },
  { text: '人数', unit: '人' },
  { text: '户数', unit: '户' },
  { text: '次数', unit: '次' },
  { text: '场数', unit: '场' },
  { text: '场次', unit: '场' },
  { text: '个数', unit: '个' },
  { text: '天数', unit: '天' },
]

/** Trend words of qualitative targets. @internal */
export const TREND_WORDS: readonly {
  readonly text: string
  readonly trend: 'increase' | 'decrease'
}[] = [
  ...['提升', '提高', '增加', '增长', '增强', '加强', '改善', '上升', '扩大', '优化'].map(
    (text) => ({ text, trend: 'increase' as const }),
  ),
  ...['降低', '下降', '减少', '减轻', '缩短', '压缩', '减低'].map((text) => ({
    text,
    trend: 'decrease' as const,
  })),
]

/** Characters that negate the word right after them ("不降低" is not a trend). @internal */
export const NEGATIONS: readonly string[] = ['没有', '尚未', '未', '没', '不', '无', '非']

/** True when `text` has `word` at `at`. @internal */
export function hasAt(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at)
}

/** The first phrase of a longest-first list that `text` has at `at`. @internal */
export function phraseAt<T extends { readonly text: string }>(
  text: string,
  at: number,
  list: readonly T[],
): T | undefined {
  // By code unit, not `text[at]`: an ideograph read as a one-character string is a new string
  // each time, and this runs at every character of every narrative.
  if (at < 0 || at >= text.length) return undefined
  const candidates = byFirstChar(list).get(text.charCodeAt(at))
  if (candidates === undefined) return undefined
  for (const p of candidates) if (text.startsWith(p.text, at)) return p
  return undefined
}

// Narratives are read phrase list by phrase list at every character; looking only at the phrases
// that start with the character at hand makes that linear in the text, not in text × list. Built
// once per list, on first use; the buckets keep the list's longest-first order.
const FIRST_CHAR_INDEX = new WeakMap<readonly { readonly text: string }[], Map<number, unknown[]>>()

function byFirstChar<T extends { readonly text: string }>(list: readonly T[]): Map<number, T[]> {
  let index = FIRST_CHAR_INDEX.get(list) as Map<number, T[]> | undefined
  if (index === undefined) {
    index = new Map<number, T[]>()
    for (const p of list) {
      if (p.text.length === 0) continue
      const c = p.text.charCodeAt(0)
      const bucket = index.get(c)
      if (bucket === undefined) index.set(c, [p])
      else bucket.push(p)
    }
    FIRST_CHAR_INDEX.set(list, index)
  }
  return index
}

/**
 * The first code units of a list's phrases: a scan may pass over any character not among them, no
 * phrase of the list starting there. @internal
 */
export function firstCharsOf(list: readonly { readonly text: string }[]): ReadonlySet<number> {
  return new Set(byFirstChar(list).keys())
}

/** The first phrase of a longest-first list that `text` ends with. @internal */
export function phraseAtEnd<T extends { readonly text: string }>(
  text: string,
  list: readonly T[],
): T | undefined {
  for (const p of list) if (text.endsWith(p.text)) return p
  return undefined
}

/** The first phrase of a longest-first list that ends exactly at index `end` of `text`. @internal */
export function phraseEndingAt<T extends { readonly text: string }>(
  text: string,
  end: number,
  list: readonly T[],
): T | undefined {
  for (const p of list) {
    const start = end - p.text.length
    if (start >= 0 && text.startsWith(p.text, start)) return p
  }
  return undefined
}

/** True when the word at `at` is negated by what comes just before it. @internal */
export function negatedAt(text: string, at: number): boolean {
  for (const n of NEGATIONS) if (at >= n.length && text.startsWith(n, at - n.length)) return true
  return false
}
