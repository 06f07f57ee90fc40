import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about amounts of money. @internal */
export const MONEY_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'AMOUNT_UNPARSEABLE',
    severity: 'error',
    message: {
      'zh-CN': '金额“{text}”无法识别：{reason}',
      en: 'The amount "{text}" cannot be read: {reason}',
    },
  },
  {
    code: 'NUMBER_UNPARSEABLE',
    severity: 'error',
    message: {
      'zh-CN': '数值“{text}”无法识别：{reason}',
      en: 'The number "{text}" cannot be read: {reason}',
    },
  },
  {
    code: 'AMOUNT_UNIT_SUSPECT',
    severity: 'warning',
    message: {
      'zh-CN': '金额 {amount}{unit} 的数量级可疑，可能实际以“{likelyUnit}”填报',
      en: 'The amount {amount} {unit} looks too large; it may have been entered in {likelyUnit}',
    },
  },
]

/** Descriptions and thresholds of the rules about amounts of money. @internal */
export const MONEY_DOCS: readonly RuleDoc[] = [
  {
    code: 'AMOUNT_UNPARSEABLE',
    area: 'money',
    description: {
      'zh-CN': '金额无法识别为数字（不猜测 OCR 错字）。',
      en: 'An amount cannot be read as a number (OCR damage is never guessed).',
    },
    thresholds: [],
    params: { 'field?': 'string', problem: 'string' },
  },
  {
    code: 'NUMBER_UNPARSEABLE',
    area: 'money',
    description: {
      'zh-CN': '分值等数值无法识别为数字。',
      en: 'A number such as a weight cannot be read.',
    },
    thresholds: [],
    params: { problem: 'string', 'field?': 'string' },
  },
  {
    code: 'AMOUNT_UNIT_SUSPECT',
    area: 'money',
    description: {
      'zh-CN': '金额的数量级与表头声明的单位不符（例如表头为万元而数字明显以元计）。',
      en: 'Amounts are of a magnitude that contradicts the declared unit (e.g. headed 万元 but plainly in 元).',
    },
    thresholds: ['unitSuspectThreshold'],
    params: { ceiling: 'string', reason: 'string' },
  },
]
