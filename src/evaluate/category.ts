import { classifyIndicator } from '../assess/index'
import type { Indicator } from '../schema/index'
import type { EvaluatedCategory } from './types'

// Some provinces score 决策/过程(管理) groups beside 产出/效益/满意度 (银川's four-part template).
const OTHER_LEVEL1: readonly (readonly [RegExp, EvaluatedCategory])[] = [
  [/决策/, 'decision'],
  [/过程|管理/, 'process'],
]

/** The 一级 category code of an indicator: from its printed 一级指标, else inferred from its name. @internal */
export function categoryOf(indicator: Indicator): {
  code: EvaluatedCategory | null
  inferred: boolean
} {
  const printed = { level1: indicator.level1, level2: indicator.level2 }
  const level1 = indicator.level1
  if (level1 !== undefined && !/产出|效益|效果|满意/.test(level1)) {
    for (const [pattern, code] of OTHER_LEVEL1) {
      if (pattern.test(level1)) return { code, inferred: false }
    }
  }
  const category = classifyIndicator(indicator.name, printed)
  return { code: category?.level1 ?? null, inferred: category?.inferred ?? false }
}
