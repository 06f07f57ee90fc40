import type { RuleDefinition } from '../types'

/** Rules about budget rates. @internal */
export const RATE_RULES: readonly RuleDefinition[] = [
  {
    code: 'REPORTED_RATE_MISMATCH',
    severity: 'error',
    area: 'rates',
    description: {
      'zh-CN': '表上填报的比率与按金额重新计算的结果不符，任何已知的取舍惯例都无法解释。',
      en: 'A printed rate differs from the rate recomputed from the amounts, and no known rounding convention explains it.',
    },
    message: {
      'zh-CN': '{rate}填报为 {reported}，按金额计算应为 {computed}',
      en: '{rate} is printed as {reported}; the amounts give {computed}',
    },
    thresholds: [],
  },
  {
    code: 'REPORTED_RATE_CONVENTION',
    severity: 'info',
    area: 'rates',
    description: {
      'zh-CN': '填报的比率只在另一种取舍惯例下正确（截尾、以 1 表示 100%、无意义比率填 0 等）。',
      en: 'A printed rate is right only under another convention (truncated, 1 for 100%, 0 for an undefined rate…).',
    },
    message: {
      'zh-CN': '{rate}填报为 {reported}，按四舍五入应为 {computed}；按“{convention}”惯例成立',
      en: '{rate} is printed as {reported}; rounded half-up it is {computed}; it is right as "{convention}"',
    },
    thresholds: [],
  },
  {
    code: 'RATE_UNDEFINED',
    severity: 'warning',
    area: 'rates',
    description: {
      'zh-CN': '比率的分母为零或缺失，无法计算（不以 0 代替）。',
      en: 'A rate has a zero or missing denominator and cannot be computed (it is not taken as 0).',
    },
    message: {
      'zh-CN': '{rate}无法计算：{reason}',
      en: '{rate} cannot be computed: {reason}',
    },
    thresholds: [],
  },
  {
    code: 'BUDGET_COMPLETION_LOW',
    severity: 'warning',
    area: 'rates',
    description: {
      'zh-CN': '预算完成率低于方案规定的下限，应说明原因。',
      en: 'The budget completion rate is below the scheme floor and needs an explanation.',
    },
    message: {
      'zh-CN': '预算完成率 {rate} 低于 {threshold}，应说明原因',
      en: 'Budget completion rate {rate} is below {threshold}; the reason should be explained',
    },
    thresholds: ['completionFloor'],
  },
  {
    code: 'BUDGET_OVERSPENT',
    severity: 'warning',
    area: 'rates',
    description: {
      'zh-CN': '实际支出超过调整后预算（预算完成率超过 100%）。',
      en: 'Actual spending exceeds the adjusted budget (completion above 100%).',
    },
    message: {
      'zh-CN': '实际支出 {actual} 超过调整后预算 {budget}（完成率 {rate}）',
      en: 'Actual spending {actual} exceeds the adjusted budget {budget} (completion {rate})',
    },
    thresholds: [],
  },
  {
    code: 'BUDGET_ADJUSTMENT_HIGH',
    severity: 'warning',
    area: 'rates',
    description: {
      'zh-CN': '预算调整率超过方案规定的上限，应说明原因。',
      en: 'The budget adjustment rate exceeds the scheme ceiling and needs an explanation.',
    },
    message: {
      'zh-CN': '预算调整率 {rate} 超过 {threshold}，应说明调整原因',
      en: 'Budget adjustment rate {rate} exceeds {threshold}; the adjustment should be explained',
    },
    thresholds: ['adjustmentCeiling'],
  },
]
