import type { RuleDefinition } from '../types'

/** Rules about amounts of money. @internal */
export const MONEY_RULES: readonly RuleDefinition[] = [
  {
    code: 'AMOUNT_UNPARSEABLE',
    severity: 'error',
    area: 'money',
    description: {
      'zh-CN': '金额无法识别为数字（不猜测 OCR 错字）。',
      en: 'An amount cannot be read as a number (OCR damage is never guessed).',
    },
    message: {
      'zh-CN': '金额“{text}”无法识别：{reason}',
      en: 'The amount "{text}" cannot be read: {reason}',
    },
    thresholds: [],
  },
  {
    code: 'NUMBER_UNPARSEABLE',
    severity: 'error',
    area: 'money',
    description: {
      'zh-CN': '分值等数值无法识别为数字。',
      en: 'A number such as a weight cannot be read.',
    },
    message: {
      'zh-CN': '数值“{text}”无法识别：{reason}',
      en: 'The number "{text}" cannot be read: {reason}',
    },
    thresholds: [],
  },
  {
    code: 'AMOUNT_UNIT_SUSPECT',
    severity: 'warning',
    area: 'money',
    description: {
      'zh-CN': '金额的数量级与表头声明的单位不符（例如表头为万元而数字明显以元计）。',
      en: 'Amounts are of a magnitude that contradicts the declared unit (e.g. headed 万元 but plainly in 元).',
    },
    message: {
      'zh-CN': '金额 {amount}{unit} 的数量级可疑，可能实际以“{likelyUnit}”填报',
      en: 'The amount {amount} {unit} looks too large; it may have been entered in {likelyUnit}',
    },
    thresholds: ['unitSuspectThreshold'],
  },
]
