/**
 * The words of the target grammar, as data. Every list is matched by plain string comparison at a
 * position (longest first), never by a regular expression, so reading stays linear in the text.
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

/** Comparators written before the number: symbols and phrases. @internal */
export const PREFIX_COMPARATORS: readonly Phrase[] = longestFirst([
  { text: '≥', comparator: '>=' },
  { text: '>', comparator: '>' },
  { text: '≤', comparator: '<=' },
  { text: '<', comparator: '<' },
  { text: '=', comparator: '=' },
  { text: '大于或等于', comparator: '>=' },
  { text: '大于等于', comparator: '>=' },
  { text: '高于或等于', comparator: '>=' },
  { text: '不低于', comparator: '>=' },
  { text: '不少于', comparator: '>=' },
  { text: '不小于', comparator: '>=' },
  { text: '不下于', comparator: '>=' },
  { text: '至少', comparator: '>=' },
  { text: '最少', comparator: '>=' },
  { text: '最低', comparator: '>=' },
  { text: '达到', comparator: '>=' },
  { text: '达', comparator: '>=' },
  { text: '大于', comparator: '>' },
  { text: '高于', comparator: '>' },
  { text: '超过', comparator: '>' },
  { text: '多于', comparator: '>' },
  { text: '小于或等于', comparator: '<=' },
  { text: '小于等于', comparator: '<=' },
  { text: '低于或等于', comparator: '<=' },
  { text: '不高于', comparator: '<=' },
  { text: '不超过', comparator: '<=' },
  { text: '不超出', comparator: '<=' },
  { text: '不多于', comparator: '<=' },
  { text: '不大于', comparator: '<=' },
  { text: '至多', comparator: '<=' },
  { text: '最多', comparator: '<=' },
  { text: '最高', comparator: '<=' },
  { text: '控制在', comparator: '<=' },
  { text: '小于', comparator: '<' },
  { text: '低于', comparator: '<' },
  { text: '少于', comparator: '<' },
  { text: '不足', comparator: '<' },
  { text: '等于', comparator: '=' },
])

/** Comparators written after the number and unit. @internal */
export const SUFFIX_COMPARATORS: readonly Phrase[] = longestFirst([
  { text: '以上', comparator: '>=' },
  { text: '及以上', comparator: '>=' },
  { text: '或以上', comparator: '>=' },
  { text: '以下', comparator: '<=' },
  { text: '及以下', comparator: '<=' },
  { text: '或以下', comparator: '<=' },
  { text: '以内', comparator: '<=' },
  { text: '之内', comparator: '<=' },
  // "3个工作日内", "30天内": within, after a span of time or a count.
  { text: '内', comparator: '<=' },
])

/** Words after a figure that change nothing ("95%以上(含)", "≥95%。"). @internal */
export const NEUTRAL_TAILS: readonly string[] = [
  '(含)',
  '(含本数)',
  '含',
  '.',
  '。',
  ';',
  ',',
  '、',
]

/** Separators of a range ("90%-100%", "90%~100%", "90至100"). @internal */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '至', '到']

/** A unit as written and its canonical spelling. @internal */
export interface UnitSpelling {
  readonly text: string
  readonly canonical: string
}

/** Units with a canonical spelling, and the counters kept as written. Longest first. @internal */
export const UNITS: readonly UnitSpelling[] = longestFirst([
  { text: '%', canonical: '%' },
  { text: '百分比', canonical: '%' },
  { text: '‰', canonical: '‰' },
  { text: '百分点', canonical: '百分点' },
  { text: 'm²', canonical: 'm²' },
  { text: 'm2', canonical: 'm²' },
  { text: 'M²', canonical: 'm²' },
  { text: '平方米', canonical: 'm²' },
  { text: '平米', canonical: 'm²' },
  { text: 'km²', canonical: 'km²' },
  { text: 'km2', canonical: 'km²' },
  { text: '平方公里', canonical: 'km²' },
  { text: '平方千米', canonical: 'km²' },
  { text: 'm³', canonical: 'm³' },
  { text: 'm3', canonical: 'm³' },
  { text: '立方米', canonical: 'm³' },
  { text: '万元', canonical: '万元' },
  { text: '亿元', canonical: '亿元' },
  { text: '元', canonical: '元' },
  // "3个工作日" and "3工作日" are the same span.
  { text: '个工作日', canonical: '工作日' },
  ...[
    '千元',
    '万人次',
    '万人',
    '人次',
    '户次',
    '车次',
    '架次',
    '批次',
    '台次',
    '台套',
    '个月',
    '工作日',
    '小时',
    '分钟',
    '公里',
    '千米',
    '公斤',
    '千克',
    '公顷',
    '万亩',
    '万吨',
    'km',
    'kg',
    'kWh',
    'kW',
    'MW',
    'm',
    't',
    'h',
  ].map((text) => ({ text, canonical: text })),
])

/** Single-character counters (量词) that can follow a number. @internal */
export const COUNTERS: ReadonlySet<string> = new Set(
  [
    '个辆起次人种篇台套件间项份场本家所座条处批期天日月年周册张部名位只头棵株亩吨米户',
    '栋幢块类组支趟宗笔单例床村镇校层段节课轮届分秒岁盏根把箱袋车艘架枚颗片卷盒',
  ]
    .join('')
    .split(''),
)

/**
 * Words in an indicator name that make lower values better (事故, 投诉, 成本 …), and the generic
 * rate endings that make higher values better. The word that ends last in the name wins (a
 * Chinese compound names its head last: 利息费用保障率 is a 保障率), the longer one on a tie
 * (事故发生率 is a 发生率, not a generic 率).
 * @internal
 */
export const DIRECTION_WORDS: readonly { readonly text: string; readonly lower: boolean }[] = [
  ...[
    '事故',
    '投诉',
    '差错',
    '成本',
    '费用',
    '支出',
    '调整率',
    '结余率',
    '结转率',
    '变动率',
    '发生率',
    '受害率',
    '发病率',
    '死亡率',
    '失误',
    '违规',
    '违纪',
    '违法',
    '超支',
    '超标',
    '上访',
    '案件',
    '故障',
    '不合格',
    '返工',
    '损失',
    '损耗',
    '误差',
    '空置率',
    '流失率',
    '变质',
    '延误',
    '逾期',
    '能耗',
    '排放',
    '污染',
    '安全事件',
    '隐患',
    '缺陷',
  ]
    .flatMap((text) => (text.endsWith('率') ? [text] : [text, `${text}率`]))
    .map((text) => ({ text, lower: true })),
  ...[
    '率',
    '满意度',
    '满意程度',
    '保障率',
    '合格率',
    '完成率',
    '覆盖率',
    '节约',
    '节省',
    '收入',
    '增收',
    '效益',
  ].map((text) => ({
    text,
    lower: false,
  })),
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
  const first = text[at]
  if (first === undefined) return undefined
  const candidates = byFirstChar(list).get(first)
  if (candidates === undefined) return undefined
  for (const p of candidates) if (text.startsWith(p.text, at)) return p
  return undefined
}

// Narratives are read phrase list by phrase list at every character; looking only at the phrases
// that start with the character at hand makes that linear in the text, not in text × list. Built
// once per list, on first use; the buckets keep the list's longest-first order.
const FIRST_CHAR_INDEX = new WeakMap<readonly { readonly text: string }[], Map<string, unknown[]>>()

function byFirstChar<T extends { readonly text: string }>(list: readonly T[]): Map<string, T[]> {
  let index = FIRST_CHAR_INDEX.get(list) as Map<string, T[]> | undefined
  if (index === undefined) {
    index = new Map<string, T[]>()
    for (const p of list) {
      const c = p.text[0]
      if (c === undefined) continue
      const bucket = index.get(c)
      if (bucket === undefined) index.set(c, [p])
      else bucket.push(p)
    }
    FIRST_CHAR_INDEX.set(list, index)
  }
  return index
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
