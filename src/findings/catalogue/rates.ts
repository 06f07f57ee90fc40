import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about budget rates. @internal */
export const RATE_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'REPORTED_RATE_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '{rate}填报为 {reported}，按金额计算应为 {computed}',
      en: '{rate} is printed as {reported}; the amounts give {computed}',
    },
  },
  {
    code: 'REPORTED_RATE_CONVENTION',
    severity: 'info',
    message: {
      'zh-CN':
        '{rate}填报为 {reported}，按金额计算并四舍五入为 {computed}；按“{convention}”惯例成立',
      en: '{rate} is printed as {reported}; rounded half-up it is {computed}; it is right as "{convention}"',
    },
  },
  {
    code: 'RATE_UNDEFINED',
    severity: 'warning',
    message: {
      'zh-CN': '{rate}无法计算：{reason}',
      en: '{rate} cannot be computed: {reason}',
    },
  },
  {
    code: 'BUDGET_COMPLETION_LOW',
    severity: 'warning',
    message: {
      'zh-CN': '预算完成率 {rate} 低于 {threshold}，应说明原因',
      en: 'Budget completion rate {rate} is below {threshold}; the reason should be explained',
    },
  },
  {
    code: 'BUDGET_OVERSPENT',
    severity: 'warning',
    message: {
      'zh-CN': '实际支出 {actual} 超过调整后预算 {budget}（完成率 {rate}）',
      en: 'Actual spending {actual} exceeds the adjusted budget {budget} (completion {rate})',
    },
  },
  {
    code: 'BUDGET_ADJUSTMENT_HIGH',
    severity: 'warning',
    message: {
      'zh-CN': '预算调整率 {rate} 超过 {threshold}，应说明调整原因',
      en: 'Budget adjustment rate {rate} exceeds {threshold}; the adjustment should be explained',
    },
  },
  {
    code: 'REPORTED_RATE_UNREADABLE',
    severity: 'warning',
    message: {
      'zh-CN': '{rate}填报为“{reported}”，无法识别，未能核对',
      en: '{rate} is printed as "{reported}", which cannot be read; it was not checked',
    },
  },
  {
    code: 'SPENDING_BEHIND_SCHEDULE',
    severity: 'warning',
    message: {
      'zh-CN': '截至 {date}，支出进度 {spending} 低于序时进度 {time}（相差 {gap}）',
      en: 'At {date}, spending progress {spending} trails time progress {time} (gap {gap})',
    },
  },
]

/** Descriptions and thresholds of the rules about budget rates. @internal */
export const RATE_DOCS: readonly RuleDoc[] = [
  {
    code: 'REPORTED_RATE_MISMATCH',
    area: 'rates',
    description: {
      'zh-CN': '表上填报的比率与按金额重新计算的结果不符，任何已知的取舍惯例都无法解释。',
      en: 'A printed rate differs from the rate recomputed from the amounts, and no known rounding convention explains it.',
    },
    thresholds: [],
    params: {
      computed: 'string | null',
      exact: 'string | null',
      decimals: 'number | null',
    },
  },
  {
    code: 'REPORTED_RATE_CONVENTION',
    area: 'rates',
    description: {
      'zh-CN': '填报的比率只在另一种取舍惯例下正确（截尾、以 1 表示 100%、无意义比率填 0 等）。',
      en: 'A printed rate is right only under another convention (truncated, 1 for 100%, 0 for an undefined rate…).',
    },
    thresholds: [],
    params: {
      computed: 'string | null',
      exact: 'string | null',
      decimals: 'number | null',
      conventionId: 'string',
    },
  },
  {
    code: 'RATE_UNDEFINED',
    area: 'rates',
    description: {
      'zh-CN': '比率的分母为零或缺失，无法计算（不以 0 代替）。',
      en: 'A rate has a zero or missing denominator and cannot be computed (it is not taken as 0).',
    },
    thresholds: [],
    params: { problem: 'string', numerator: 'string | null', denominator: 'string | null' },
  },
  {
    code: 'BUDGET_COMPLETION_LOW',
    area: 'rates',
    description: {
      'zh-CN': '预算完成率低于方案规定的下限，应说明原因。',
      en: 'The budget completion rate is below the scheme floor and needs an explanation.',
    },
    thresholds: ['completionFloor'],
    params: { rate: 'string | null', threshold: 'string | null' },
  },
  {
    code: 'BUDGET_OVERSPENT',
    area: 'rates',
    description: {
      'zh-CN': '实际支出超过调整后预算（预算完成率超过 100%）。',
      en: 'Actual spending exceeds the adjusted budget (completion above 100%).',
    },
    thresholds: [],
    params: { rate: 'string | null', actual: 'string | null', unit: 'string' },
  },
  {
    code: 'BUDGET_ADJUSTMENT_HIGH',
    area: 'rates',
    description: {
      'zh-CN': '预算调整率超过方案规定的上限，应说明原因。',
      en: 'The budget adjustment rate exceeds the scheme ceiling and needs an explanation.',
    },
    thresholds: ['adjustmentCeiling'],
    params: { rate: 'string | null', threshold: 'string | null' },
  },
  {
    code: 'REPORTED_RATE_UNREADABLE',
    area: 'rates',
    description: {
      'zh-CN': '表上填报的比率无法识别为百分数或小数（OCR 错字不作猜测），因而无法核对。',
      en: 'A printed rate cannot be read as a percentage or a ratio (OCR damage is never guessed), so it cannot be checked.',
    },
    thresholds: [],
    params: {
      computed: 'string | null',
      exact: 'string | null',
      decimals: 'number | null',
    },
  },
  {
    code: 'SPENDING_BEHIND_SCHEDULE',
    area: 'rates',
    description: {
      'zh-CN': '支出进度低于序时进度，差距超过允许范围。',
      en: 'Spending progress trails time progress by more than the tolerance.',
    },
    thresholds: ['spendingLagTolerance'],
    params: { spending: 'string | null', time: 'string | null', gapRatio: 'string' },
  },
]
