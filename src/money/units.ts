import { OptionError } from '../options/index'
import { Dec, dec } from './decimal'

/**
 * The money units Chinese budget forms are headed with: 元 (yuan), 万元 (10⁴ yuan), 亿元 (10⁸ yuan).
 *
 * @example
 * ```ts
 * import type { MoneyUnit } from '@lw/perf-eval'
 * const unit: MoneyUnit = '万元'
 * ```
 */
export type MoneyUnit = '元' | '万元' | '亿元'

/**
 * Every money unit, smallest first.
 *
 * @example
 * ```ts
 * import { MONEY_UNITS } from '@lw/perf-eval'
 * MONEY_UNITS.includes('万元') // true
 * ```
 */
export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元', '亿元']

const YUAN_PER: Readonly<Record<MoneyUnit, string>> = { 元: '1', 万元: '10000', 亿元: '100000000' }

/** How many yuan one of `unit` is, as a decimal. @internal */
export function yuanPer(unit: MoneyUnit): Dec {
  return dec(YUAN_PER[unit])
}

/** True when `s` names a money unit. @internal */
export function isMoneyUnit(s: unknown): s is MoneyUnit {
  return s === '元' || s === '万元' || s === '亿元'
}

/**
 * Checks a money-unit option: one of {@link MONEY_UNITS}, or absent.
 * @internal
 */
export function checkUnit(fn: string, option: string, value: unknown): MoneyUnit | undefined {
  if (value === undefined || isMoneyUnit(value)) return value
  throw new OptionError(fn, option, value, MONEY_UNITS)
}

/** Scales an exact decimal between units. @internal */
export function scale(value: Dec, from: MoneyUnit, to: MoneyUnit): Dec {
  if (from === to) return value
  return value.times(yuanPer(from)).dividedBy(yuanPer(to))
}

export { Dec }
