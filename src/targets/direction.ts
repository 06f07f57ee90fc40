import { checkOptions, checkText, OptionError } from '../options/index'
import { ABSENCE_WORDS, DIRECTION_WORDS, type DirectionEntry, phraseAt } from './lexicon'
import { withinTargetLimits } from './limits'
import { normalizeTargetText } from './normalize'
import type { Comparator, Target } from './types'
import { unitInfo } from './unit-info'
import type { UnitDimension } from './units'

/** Dimensions of what a project delivers: more of them is more done. */
const OUTPUT_DIMENSIONS: ReadonlySet<UnitDimension> = new Set([
  'percent',
  'count',
  'persons',
  'households',
  'area',
  'length',
  'volume',
  'mass',
  'data',
])

/**
 * Which way an indicator should go: `higher-better` (正向), `lower-better` (反向), `equal` (a value to
 * be met exactly, such as a subsidy standard or a written "="), or `unclear` (nothing written or
 * named decides, or the name is used both ways).
 *
 * @example
 * ```ts
 * import type { IndicatorDirection } from '@lw/perf-eval'
 * const d: IndicatorDirection = 'lower-better'
 * ```
 */
export type IndicatorDirection = 'higher-better' | 'lower-better' | 'equal' | 'unclear'

/**
 * What decided a {@link IndicatorDirection}, strongest first: the comparator written in the target cell
 * (`written-comparator`), a sign in the name's template hint or a bound in the name (`name-hint`,
 * "(≥**人)", "最高5300元"), a zero target (`zero-target`: "0起" counts what should not happen), a
 * deadline (`deadline`: earlier is better), a word of the name (`name-word`: 发生率, 成本,
 * 补助标准, 满意度 …), the 二级指标 (`level2`: 成本指标 are upper bounds, 满意度指标 higher), a trend
 * named by a qualitative target (`trend`: 提升, 降低), the unit of an output quantity (`unit`: a
 * count, persons, an area …), or nothing (`none`).
 *
 * @example
 * ```ts
 * import type { DirectionSource } from '@lw/perf-eval'
 * const s: DirectionSource = 'name-word'
 * ```
 */
export type DirectionSource =
  | 'written-comparator'
  | 'name-hint'
  | 'zero-target'
  | 'deadline'
  | 'name-word'
  | 'level2'
  | 'trend'
  | 'unit'
  | 'none'

/**
 * The direction of an indicator with what decided it: the source, the deciding word or sign when
 * there is one, and the reason in one line.
 *
 * @example
 * ```ts
 * import { indicatorDirection } from '@lw/perf-eval'
 * indicatorDirection('事故发生率')
 * // { direction: 'lower-better', source: 'name-word', word: '发生率', reason: 'a rate of unwanted events or losses' }
 * ```
 */
export interface DirectionReading {
  /** Which way is better: higher, lower, equal to the target, or unclear. */
  readonly direction: IndicatorDirection
  /** What decided: the written comparator, a hint in the name, a word of the name … */
  readonly source: DirectionSource
  /** The word of the name, or the sign, that decided. */
  readonly word?: string
  /** Why, in one line (English). */
  readonly reason: string
}

/**
 * The entry of {@link DIRECTION_WORDS} that decides for `name`: among the strong words the one that
 * ends last, the longer on a tie; a weak word only when there is no strong one. A lower-is-better
 * word right after an absence word ("无污染", "不受损失") states the goal, so it does not decide.
 */
export function directionWordIn(name: string): DirectionEntry | undefined {
  return directionWordInNormalized(normalizeTargetText(typeof name === 'string' ? name : ''))
}

/** {@link directionWordIn} for a name already normalised. @internal */
export function directionWordInNormalized(n: string): DirectionEntry | undefined {
  let strong: { w: DirectionEntry; end: number } | undefined
  let weak: { w: DirectionEntry; end: number } | undefined
  // At each position only the longest word starting there can end last: one look per character.
  for (let at = 0; at < n.length; at++) {
    const w = phraseAt(n, at, DIRECTION_WORDS)
    if (w === undefined) continue
    if (w.direction === 'lower' && ABSENCE_WORDS.some((a) => n.startsWith(a, at - a.length))) {
      continue
    }
    const end = at + w.text.length
    const best = w.weak === true ? weak : strong
    if (
      best === undefined ||
      end > best.end ||
      (end === best.end && w.text.length > best.w.text.length)
    ) {
      if (w.weak === true) weak = { w, end }
      else strong = { w, end }
    }
  }
  return (strong ?? weak)?.w
}

const BY_WORD: Readonly<Record<DirectionEntry['direction'], IndicatorDirection>> = {
  higher: 'higher-better',
  lower: 'lower-better',
  equal: 'equal',
  unclear: 'unclear',
}

/**
 * Options for {@link indicatorDirection}.
 *
 * @example
 * ```ts
 * import { type IndicatorDirectionOptions, parseTarget } from '@lw/perf-eval'
 * const o: IndicatorDirectionOptions = { level2: '成本指标', target: parseTarget('≤90万元') }
 * ```
 */
export interface IndicatorDirectionOptions {
  /** 二级指标 as printed ("成本指标" …). */
  readonly level2?: string | undefined
  /** The parsed target (parse it with the same name): its sign decides before the name. */
  readonly target?: Target | undefined
}

const BY_SIGN: Readonly<Record<Comparator, IndicatorDirection>> = {
  '>=': 'higher-better',
  '>': 'higher-better',
  '<=': 'lower-better',
  '<': 'lower-better',
  '=': 'equal',
  between: 'equal',
}

const GLYPH: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
  between: '~',
}

function fromTarget(t: Target | undefined): DirectionReading | null {
  if (t === undefined) return null
  if (t.kind === 'deadline') {
    return {
      direction: 'lower-better',
      source: 'deadline',
      reason: 'a deadline: earlier is better',
    }
  }
  if (t.kind === 'qualitative' && t.trend !== undefined) {
    return {
      direction: t.trend === 'increase' ? 'higher-better' : 'lower-better',
      source: 'trend',
      reason: 'the target names a trend',
    }
  }
  if (t.kind !== 'quantitative') return null
  if (!t.comparatorInferred) {
    return {
      direction: BY_SIGN[t.comparator],
      source: 'written-comparator',
      word: GLYPH[t.comparator],
      reason: 'the sign written in the target',
    }
  }
  if (t.inferredFrom === 'name-hint' || t.inferredFrom === 'name-bound') {
    return {
      direction: BY_SIGN[t.comparator],
      source: 'name-hint',
      word: t.nameHint ?? GLYPH[t.comparator],
      reason: 'the sign written in the indicator name',
    }
  }
  if (t.inferredFrom === 'zero-target') {
    return {
      direction: 'lower-better',
      source: 'zero-target',
      word: `0${t.unit ?? ''}`,
      reason: 'a zero target counts what should not happen',
    }
  }
  return null
}

/**
 * Reads the direction of an indicator ({@link DirectionReading}): from the target's own sign when
 * one is written (in the cell or in the name), a zero target or a deadline; else from the name, as
 * the word lists of the target grammar say — the word that ends last decides (利息费用保障率 is a
 * 保障率: higher; 事故发生率 a 发生率: lower), 补助标准 and its kin are `equal`, names used both ways
 * (成本控制率, 资产负债率) are `unclear`; else from the 二级指标; else `unclear`. A name over
 * {@link TARGET_LIMITS}.maxLength characters is not read.
 *
 * @example
 * ```ts
 * import { indicatorDirection, parseTarget } from '@lw/perf-eval'
 * indicatorDirection('食品安全投诉举报处置率').direction // 'higher-better'
 * indicatorDirection('培训成本').direction               // 'lower-better'
 * indicatorDirection('农村低保补助标准').direction       // 'equal'
 * indicatorDirection('成本控制率').direction             // 'unclear'
 * indicatorDirection('2022年全年', { target: parseTarget('≥360天') }).source // 'written-comparator'
 * indicatorDirection('以低价位高质量为采购原则', { level2: '成本指标' })
 * // { direction: 'lower-better', source: 'level2', word: '成本指标', reason: '成本指标 are upper bounds (财预〔2021〕101号)' }
 * ```
 */
export function indicatorDirection(
  name: string,
  options: IndicatorDirectionOptions = {},
): DirectionReading {
  const fn = 'indicatorDirection'
  checkText(fn, 'level2', checkOptions(fn, options).level2)
  const given: unknown = options.target
  if (given !== undefined && (typeof given !== 'object' || given === null || !('kind' in given))) {
    throw new OptionError(fn, 'target', given, 'a parsed Target (parseTarget)')
  }
  const signed = fromTarget(options.target)
  if (signed !== null) return signed
  const w = withinTargetLimits(name) ? directionWordIn(name) : undefined
  if (w !== undefined) {
    return { direction: BY_WORD[w.direction], source: 'name-word', word: w.text, reason: w.reason }
  }
  const level2 = normalizeTargetText(typeof options.level2 === 'string' ? options.level2 : '')
  if (level2.includes('成本')) {
    return {
      direction: 'lower-better',
      source: 'level2',
      word: level2,
      reason: '成本指标 are upper bounds (财预〔2021〕101号)',
    }
  }
  if (level2.includes('满意')) {
    return {
      direction: 'higher-better',
      source: 'level2',
      word: level2,
      reason: 'satisfaction: higher is better',
    }
  }
  const t = options.target
  if (t?.kind === 'quantitative' && t.unit !== null) {
    const dimension = unitInfo(t.unit)?.dimension
    if (dimension !== undefined && OUTPUT_DIMENSIONS.has(dimension)) {
      return {
        direction: 'higher-better',
        source: 'unit',
        word: t.unit,
        reason: 'an output quantity or a share achieved (a count, persons, an area, a percent …)',
      }
    }
  }
  return { direction: 'unclear', source: 'none', reason: 'no word of the name says which way' }
}
