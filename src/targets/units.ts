/**
 * The units written after a figure in target and actual cells, as reviewed data: each spelling with
 * its dimension and canonical form, and the measure words (量词) that count things.
 *
 * Sources. The development forms (test/fixtures/public-forms: 25 人 人次 元/人*月 元/户, 28 亩 只 头,
 * 29 万粒 亩, 32 TB 天 万, 35 元/人、天, 41 个 场, 46 亩 头 只, 50 人次, 52 倍, 53 场 份, 55 平方米,
 * 56 畝 天 人, 58 公里); the seed (辆 个 起 m²); published 绩效目标表/自评表 found by search (黄石市委党校
 * 2022 批复表: 人次 批次 门; dyrmt.com 自评表: 次; 红河州数据发展中心 2024: ㎡ m 台); the national unit
 * names of GB 3100-1993 (mm cm m km m² km² m³ L g kg t kWh h min) with the 市制/法定 Chinese names
 * forms use beside them (公里 公斤 公顷 亩 度); and the common measure words of 《现代汉语量词用法词典》
 * that name things a budget buys or a department does (场 期 批 台 套 株 棵 …).
 * @internal
 */

/**
 * What a unit measures. `count` is a number of things named by a measure word (个, 场, 辆, 万粒);
 * `composite` is a rate unit ("元/人·月", "人次/年"); `data` is storage (TB); `multiple` is 倍.
 *
 * @example
 * ```ts
 * import { unitInfo } from '@lw/perf-eval'
 * unitInfo('公顷')?.dimension // 'area'
 * ```
 */
export type UnitDimension =
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'energy'
  | 'time'
  | 'persons'
  | 'households'
  | 'count'
  | 'money'
  | 'percent'
  | 'data'
  | 'multiple'
  | 'composite'

/**
 * A unit as written, its canonical spelling and dimension, and (where exact) how many of the
 * dimension's base unit it holds (`toBase`: m, m², m³, kg, kWh, 元, GB), as a decimal string.
 * @internal
 */
export interface UnitEntry {
  readonly text: string
  readonly canonical: string
  readonly dimension: UnitDimension
  readonly toBase?: string
}

type Row = readonly [text: string, canonical: string, toBase?: string]

function group(dimension: UnitDimension, rows: readonly Row[]): UnitEntry[] {
  return rows.map(([text, canonical, toBase]) => ({
    text,
    canonical,
    dimension,
    ...(toBase !== undefined ? { toBase } : {}),
  }))
}

/**
 * Every unit spelling the grammar reads, by dimension. Metric units are canonical in their SI symbol
 * (so "300公里", "300千米" and "300km" are one unit); Chinese-only units keep their name (亩, 公顷).
 * @internal
 */
export const UNIT_TABLE: readonly UnitEntry[] = [
  // Length — "乡村道路建设养护里程 300 公里" (58), "≥120米" (临沧), "管网 2.5km".
  ...group('length', [
    ['毫米', 'mm', '0.001'],
    ['mm', 'mm', '0.001'],
    ['厘米', 'cm', '0.01'],
    ['cm', 'cm', '0.01'],
    ['米', 'm', '1'],
    ['延米', 'm', '1'],
    ['m', 'm', '1'],
    ['千米', 'km', '1000'],
    ['公里', 'km', '1000'],
    ['km', 'km', '1000'],
    ['万公里', '万km', '10000000'],
    ['万km', '万km', '10000000'],
  ]),
  // Area — "29.5亩" (28), "6000平方米" (55), "=230畝" (56), "800 m²" (seed), "造林 120公顷".
  ...group('area', [
    ['平方米', 'm²', '1'],
    ['平米', 'm²', '1'],
    ['m²', 'm²', '1'],
    ['m2', 'm²', '1'],
    ['M²', 'm²', '1'],
    ['万平方米', '万m²', '10000'],
    ['万m²', '万m²', '10000'],
    ['万m2', '万m²', '10000'],
    ['平方公里', 'km²', '1000000'],
    ['平方千米', 'km²', '1000000'],
    ['km²', 'km²', '1000000'],
    ['km2', 'km²', '1000000'],
    ['公顷', '公顷', '10000'],
    ['hm²', '公顷', '10000'],
    ['hm2', '公顷', '10000'],
    // 1 亩 = 10000/15 m², not a finite decimal: no factor.
    ['亩', '亩'],
    ['万亩', '万亩'],
  ]),
  // Volume — "蓄水 50万立方米", "≥20m³", "供水 500升/人".
  ...group('volume', [
    ['立方米', 'm³', '1'],
    ['m³', 'm³', '1'],
    ['m3', 'm³', '1'],
    ['万立方米', '万m³', '10000'],
    ['万m³', '万m³', '10000'],
    ['升', 'L', '0.001'],
    ['L', 'L', '0.001'],
  ]),
  // Mass — "储备粮 5000吨" (衡山), "≤0.5kg/亩", "发放大米 20公斤". No ASCII "g": "5g网络" is not grams.
  ...group('mass', [
    ['克', '克', '0.001'],
    ['千克', 'kg', '1'],
    ['公斤', 'kg', '1'],
    ['kg', 'kg', '1'],
    ['斤', '斤', '0.5'],
    ['吨', 't', '1000'],
    ['t', 't', '1000'],
    ['万吨', '万t', '10000000'],
    ['万t', '万t', '10000000'],
  ]),
  // Energy — "节电 12万千瓦时", "≤3000kWh". 度 stays itself: after a number it can be a temperature.
  ...group('energy', [
    ['千瓦时', 'kWh', '1'],
    ['kWh', 'kWh', '1'],
    ['万千瓦时', '万kWh', '10000'],
    ['万kWh', '万kWh', '10000'],
    ['度', '度'],
    ['kW', 'kW'],
    ['千瓦', 'kW'],
    ['MW', 'MW'],
    ['兆瓦', 'MW'],
  ]),
  // Time — "3个工作日内" (issue 4), "≥360天" (32), "=365天" (56), "≥15年" (临沧), "3个月".
  ...group('time', [
    ['个工作日', '工作日'],
    ['工作日', '工作日'],
    ['天', '天'],
    ['日', '天'],
    ['小时', 'h'],
    ['h', 'h'],
    ['分钟', 'min'],
    ['min', 'min'],
    ['秒', 's'],
    ['个月', '个月'],
    ['月', '个月'],
    ['年', '年'],
    ['周', '周'],
    ['个季度', '季度'],
    ['季度', '季度'],
    ['学时', '学时'],
    ['课时', '课时'],
  ]),
  // Persons — ">=21933人" (25), ">=59人次" (25), "32人" (56), "≥50000人次" (50), "培训 30名".
  ...group('persons', [
    ['人', '人'],
    ['名', '人'],
    ['位', '人'],
    ['人次', '人次'],
    ['万人', '万人'],
    ['万人次', '万人次'],
    ['人日', '人日'],
    ['人天', '人日'],
  ]),
  // Households — "39户" (28), "<=5300元/户" (25), "户次".
  ...group('households', [
    ['户', '户'],
    ['户次', '户次'],
    ['万户', '万户'],
  ]),
  // Money — "≤90万元" (池州), "15万元" (银川), "≥8400元" (临沧), "5万" (32: 万 alone for 万元).
  ...group('money', [
    ['元', '元', '1'],
    ['千元', '千元', '1000'],
    ['万元', '万元', '10000'],
    ['百万元', '百万元', '1000000'],
    ['亿元', '亿元', '100000000'],
    ['万', '万'],
  ]),
  // Percent — "≥95%", "≥100百分比" (池州), "≤3‰", "提高2个百分点".
  ...group('percent', [
    ['%', '%'],
    ['百分比', '%'],
    ['‰', '‰'],
    ['个百分点', '百分点'],
    ['百分点', '百分点'],
  ]),
  // Storage and multiples — "25TB" (32), "≥2倍" (52).
  ...group('data', [
    ['TB', 'TB', '1024'],
    ['GB', 'GB', '1'],
    ['MB', 'MB'],
  ]),
  ...group('multiple', [['倍', '倍']]),
  // Multi-character counters: "6批次" (黄石), "台套", "架次", "场次".
  ...group(
    'count',
    ['批次', '台次', '台套', '架次', '车次', '场次', '篇次', '人份', '家次', '件次', '项次'].map(
      (t): Row => [t, t],
    ),
  ),
]

/**
 * Measure words (量词) that count things after a number: any one of them makes the figure a count
 * in that word ("3场", "4期", "2台", "180只", "12头", "500株"). The ones that name a dimension of their
 * own (人 户 米 亩 吨 天 …) are in {@link UNIT_TABLE} instead. 家 counts organisations ("10家企业").
 * @internal
 */
export const MEASURE_WORDS: ReadonlySet<string> = new Set(
  Array.from(
    '个只头匹株棵丛项次件座处所辆条份册本篇张块宗起家批期场台套架艘部间栋幢层段节课轮届类组支' +
      '趟笔单例床村镇校盏根把箱袋车枚颗粒片卷盒口眼扇面道顶具尊副对双门种封首集分岁',
  ),
)

/** Scale words before a measure word ("550万粒", "3千株"): the count keeps them. @internal */
export const SCALES: readonly string[] = ['万', '千', '百', '亿']

/** Separators inside a composite unit's denominator ("元/人·月", "元/人*月", "元/人、天"). */
export const COMPOSITE_JOINS: ReadonlySet<string> = new Set(['·', '*', '×', '、', '•', '.', '/'])

/** The {@link UNIT_TABLE} entries by spelling. @internal */
export const UNIT_BY_TEXT: ReadonlyMap<string, UnitEntry> = new Map(
  UNIT_TABLE.map((u) => [u.text, u]),
)

/** The {@link UNIT_TABLE} spellings, longest first, for matching at a position. @internal */
export const UNIT_SPELLINGS: readonly { readonly text: string; readonly entry: UnitEntry }[] = [
  ...UNIT_TABLE.map((entry) => ({ text: entry.text, entry })),
].sort((a, b) => b.text.length - a.text.length)
