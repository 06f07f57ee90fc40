import { withinTargetLimits } from '../targets/limits'
import { normalizeTargetText } from '../targets/normalize'

/**
 * 一级指标 codes: 产出 output, 效益 effect, 满意度 satisfaction.
 *
 * @example
 * ```ts
 * import type { Level1Code } from '@lw/perf-eval'
 * const l: Level1Code = 'output'
 * ```
 */
export type Level1Code = 'output' | 'effect' | 'satisfaction'

/**
 * 二级指标 codes: 数量 quantity, 质量 quality, 时效 timeliness, 成本 cost (under output); 经济
 * economic, 社会 social, 生态 ecological, 可持续影响 sustainable (under effect); 服务对象满意度
 * service-recipient (under satisfaction).
 *
 * @example
 * ```ts
 * import type { Level2Code } from '@lw/perf-eval'
 * const l: Level2Code = 'timeliness'
 * ```
 */
export type Level2Code =
  | 'quantity'
  | 'quality'
  | 'timeliness'
  | 'cost'
  | 'economic'
  | 'social'
  | 'ecological'
  | 'sustainable'
  | 'service-recipient'

/**
 * An indicator's place in the 一级/二级 taxonomy. `inferred` is true when it was read from the
 * indicator's name rather than from printed 一级/二级 columns; `matched` is the word that decided.
 *
 * @example
 * ```ts
 * import { classifyIndicator } from '@lw/perf-eval'
 * classifyIndicator('干部职工满意度')
 * // { level1: 'satisfaction', level2: 'service-recipient', inferred: true, matched: '满意度' }
 * ```
 */
export interface IndicatorCategory {
  /** The 一级 category code (`output`, `effect`, `satisfaction` …). */
  readonly level1: Level1Code
  /** The 二级 category code (`quantity`, `quality`, `timeliness` …); null when it cannot be told. */
  readonly level2: Level2Code | null
  /** True when read from the indicator's name; false when from the printed 一级/二级 columns. */
  readonly inferred: boolean
  /** The printed text or the word of the name that decided. */
  readonly matched: string
}

/**
 * The printed 一级/二级 columns of an indicator, when the form has them.
 *
 * @example
 * ```ts
 * import type { PrintedLevels } from '@lw/perf-eval'
 * const p: PrintedLevels = { level1: '产出指标', level2: '数量指标' }
 * ```
 */
export interface PrintedLevels {
  /** 一级指标 as printed (产出指标, 效益指标, 满意度指标 …). */
  readonly level1?: string | undefined
  /** 二级指标 as printed (数量指标, 质量指标 …). */
  readonly level2?: string | undefined
}

const LEVEL1_OF: Readonly<Record<Level2Code, Level1Code>> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economic: 'effect',
  social: 'effect',
  ecological: 'effect',
  sustainable: 'effect',
  'service-recipient': 'satisfaction',
}

interface Keyword {
  readonly text: string
  readonly level1: Level1Code
  readonly level2: Level2Code | null
}

function words(texts: readonly string[], level2: Level2Code): Keyword[] {
  return texts.map((text) => ({ text, level1: LEVEL1_OF[level2], level2 }))
}

/** Name keywords; the one that ends last in the name decides, the longer on a tie. */
const NAME_KEYWORDS: readonly Keyword[] = [
  ...words(['满意度', '满意率', '满意程度'], 'service-recipient'),
  ...words(
    [
      '数量',
      '个数',
      '面积',
      '人数',
      '户数',
      '次数',
      '场次',
      '件数',
      '台数',
      '里程',
      '长度',
      '规模',
      '完成率',
      '完成数',
      '到位率',
    ],
    'quantity',
  ),
  ...words(
    [
      '合格率',
      '达标率',
      '验收',
      '通过率',
      '优良率',
      '准确率',
      '正确率',
      '质量',
      '合规',
      '规范性',
      '达标',
    ],
    'quality',
  ),
  ...words(
    ['及时率', '及时性', '按时', '及时', '时效', '完成时间', '时限', '期限', '进度', '时间'],
    'timeliness',
  ),
  ...words(['成本', '费用', '经费', '单价', '造价'], 'cost'),
  ...words(['经济效益', '经济', '增收', '收入', '产值', '税收'], 'economic'),
  ...words(['社会效益', '社会', '宣传', '知晓率', '就业', '公平', '影响力'], 'social'),
  ...words(['生态效益', '生态', '环境', '绿化', '排放', '污染', '节能', '垃圾'], 'ecological'),
  ...words(['可持续', '长效', '持续', '年限', '机制'], 'sustainable'),
  ...['效益', '效果', '影响'].map((text) => ({ text, level1: 'effect' as const, level2: null })),
]

/** Printed 二级 words and their codes, checked in this order. */
const PRINTED_LEVEL2: readonly (readonly [string, Level2Code])[] = [
  ['满意', 'service-recipient'],
  ['数量', 'quantity'],
  ['质量', 'quality'],
  ['时效', 'timeliness'],
  ['成本', 'cost'],
  ['经济', 'economic'],
  ['社会', 'social'],
  ['生态', 'ecological'],
  ['可持续', 'sustainable'],
]

const PRINTED_LEVEL1: readonly (readonly [string, Level1Code])[] = [
  ['产出', 'output'],
  ['效益', 'effect'],
  ['效果', 'effect'],
  ['满意', 'satisfaction'],
]

/**
 * Places an indicator in the 一级/二级 taxonomy. When the form prints the levels ("产出指标" /
 * "数量指标"), they decide (`inferred: false`). Otherwise the name is read: 满意度 →
 * satisfaction/service-recipient; 数量, 个数, 面积 → output/quantity; 合格率, 达标率, 验收 →
 * output/quality; 及时率, 按时 → output/timeliness; 成本, 费用 → output/cost; 效益 … → effect
 * (`inferred: true`). The word ending last in the name decides (a Chinese compound names its head
 * last: 经费支出合规性 is about compliance). `null` when nothing fits; a name over
 * `TARGET_LIMITS.maxLength` characters is not read.
 *
 * @example
 * ```ts
 * import { classifyIndicator } from '@lw/perf-eval'
 * classifyIndicator('购置新能源车数量')   // { level1: 'output', level2: 'quantity', inferred: true, matched: '数量' }
 * classifyIndicator('资金及时支付率')?.level2 // 'timeliness'
 * classifyIndicator('保障人数', { level1: '项目产出', level2: '数量指标' })?.inferred // false
 * classifyIndicator('法律顾问参与工作率') // null
 * ```
 */
export function classifyIndicator(
  name: string,
  printed: PrintedLevels = {},
): IndicatorCategory | null {
  const readable = typeof name === 'string' && withinTargetLimits(name)
  return fromPrinted(printed) ?? fromName(readable ? name : '')
}

function fromPrinted(printed: PrintedLevels): IndicatorCategory | null {
  const l2 = typeof printed.level2 === 'string' ? printed.level2 : ''
  const l1 = typeof printed.level1 === 'string' ? printed.level1 : ''
  const level2 = PRINTED_LEVEL2.find(([w]) => l2.includes(w))
  const level1 = PRINTED_LEVEL1.find(([w]) => l1.includes(w))
  // The 二级 decides the 一级: templates file 满意度 under 项目效益, yet it is satisfaction.
  if (level2 !== undefined) {
    return { level1: LEVEL1_OF[level2[1]], level2: level2[1], inferred: false, matched: l2 }
  }
  if (level1 !== undefined) return { level1: level1[1], level2: null, inferred: false, matched: l1 }
  return null
}

function fromName(name: string): IndicatorCategory | null {
  const n = normalizeTargetText(name)
  let best: Keyword | undefined
  let bestEnd = -1
  for (const k of NAME_KEYWORDS) {
    const at = n.lastIndexOf(k.text)
    if (at < 0) continue
    const end = at + k.text.length
    if (
      end > bestEnd ||
      (end === bestEnd && best !== undefined && k.text.length > best.text.length)
    ) {
      best = k
      bestEnd = end
    }
  }
  if (best === undefined) return null
  return { level1: best.level1, level2: best.level2, inferred: true, matched: best.text }
}
