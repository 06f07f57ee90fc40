import { withinTargetLimits } from './limits'
import { normalizeTargetText } from './normalize'
import { readUnit } from './scan'
import { UNIT_BY_TEXT, type UnitDimension } from './units'

/**
 * A unit read on its own: canonical spelling, dimension and, where exact, the number of the
 * dimension's base unit it holds (`toBase`, a decimal string: m, m², m³, kg, kWh, 元, GB).
 *
 * @example
 * ```ts
 * import { unitInfo } from '@lw/perf-eval'
 * unitInfo('公里') // { canonical: 'km', dimension: 'length', toBase: '1000' }
 * ```
 */
export interface UnitInfo {
  /** The canonical spelling (`km` for 公里, `m²` for 平方米). */
  readonly canonical: string
  /** What the unit measures (`length`, `area`, `volume`, `mass` …). */
  readonly dimension: UnitDimension
  /** How many of the dimension's base unit one of this unit holds, where exact. */
  readonly toBase?: string
}

/**
 * Reads a unit written on its own (a 计量单位 column, or the unit of a parsed target) into its
 * canonical spelling and dimension: the same table the target grammar reads units with, so
 * `unitInfo(parseTarget(t).unit)` always succeeds for a known unit. Traditional characters and
 * full-width forms are folded first; a note in brackets after the unit ("%(百分比)", "个(次)") is
 * ignored. `null` for text that is not a known unit (text over {@link TARGET_LIMITS}.maxLength
 * characters is not read).
 *
 * @example
 * ```ts
 * import { unitInfo } from '@lw/perf-eval'
 * unitInfo('畝')               // { canonical: '亩', dimension: 'area' }
 * unitInfo('㎡')?.canonical     // 'm²'
 * unitInfo('元/人*月')         // { canonical: '元/人·月', dimension: 'composite' }
 * unitInfo('万粒')?.dimension  // 'count'
 * unitInfo('%(百分比)')?.canonical // '%'
 * unitInfo('套餐')             // null
 * ```
 */
export function unitInfo(text: string): UnitInfo | null {
  if (!withinTargetLimits(text)) return null
  const n = normalizeTargetText(typeof text === 'string' ? text : '')
  const u = readUnit(n, 0)
  if (u === null) return null
  const rest = n.slice(u.end)
  if (
    rest !== '' &&
    !(rest.startsWith('(') && rest.endsWith(')') && rest.indexOf(')') === rest.length - 1)
  ) {
    return null
  }
  const entry = UNIT_BY_TEXT.get(u.unit)
  const toBase = entry?.canonical === u.unit ? entry.toBase : undefined
  return {
    canonical: u.unit,
    dimension: u.dimension,
    ...(toBase !== undefined ? { toBase } : {}),
  }
}
