import type { RuleDefinition } from '../types'

/** Rules about KPI formulas (计算公式). @internal */
export const FORMULA_RULES: readonly RuleDefinition[] = [
  {
    code: 'FORMULA_UNPARSEABLE',
    severity: 'warning',
    area: 'formula',
    description: {
      'zh-CN': '计算公式看似公式但无法解析。',
      en: 'A formula looks like a formula but cannot be parsed.',
    },
    message: {
      'zh-CN': '计算公式“{text}”在第 {position} 个字符处无法解析：{reason}',
      en: 'The formula "{text}" cannot be parsed at character {position}: {reason}',
    },
    thresholds: [],
  },
  {
    code: 'FORMULA_INVERTED_RATIO',
    severity: 'warning',
    area: 'formula',
    description: {
      'zh-CN': '比率公式的分子是总量、分母是部分，只有做得更差才能接近 100%。',
      en: 'A rate formula divides the whole by the part, so it can only reach 100% by failing.',
    },
    message: {
      'zh-CN': '公式“{formula}”以“{numerator}”除以“{denominator}”，分子分母可能颠倒',
      en: 'The formula "{formula}" divides "{numerator}" by "{denominator}"; numerator and denominator look inverted',
    },
    thresholds: [],
  },
  {
    code: 'TARGET_FORMULA_UNIT_MISMATCH',
    severity: 'warning',
    area: 'formula',
    description: {
      'zh-CN': '公式计算百分比，而预期实现值是数量或金额（或相反）。',
      en: 'The formula computes a percent while the target is a count or money (or the reverse).',
    },
    message: {
      'zh-CN': '公式“{formula}”的结果为{formulaUnit}，而预期实现值“{target}”的单位为{targetUnit}',
      en: 'The formula "{formula}" yields {formulaUnit} while the target "{target}" is in {targetUnit}',
    },
    thresholds: [],
  },
]
