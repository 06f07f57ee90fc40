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
