import type { RuleDefinition } from '../types'

/** Rules about target texts (预期实现值 / 年度指标值). @internal */
export const TARGET_RULES: readonly RuleDefinition[] = [
  {
    code: 'TARGET_MISSING',
    severity: 'warning',
    area: 'targets',
    description: {
      'zh-CN': '指标没有填写预期实现值（年度指标值）。',
      en: 'An indicator has no target value.',
    },
    message: {
      'zh-CN': '指标“{indicator}”未填写预期实现值',
      en: 'Indicator "{indicator}" has no target',
    },
    thresholds: [],
  },
  {
    code: 'TARGET_UNPARSEABLE',
    severity: 'warning',
    area: 'targets',
    description: {
      'zh-CN': '预期实现值看似定量但无法读出（例如 OCR 损坏的数字）。',
      en: 'A target looks quantitative but cannot be read (for example OCR-damaged digits).',
    },
    message: {
      'zh-CN': '指标“{indicator}”的预期实现值“{text}”无法识别：{reason}',
      en: 'The target "{text}" of indicator "{indicator}" cannot be read: {reason}',
    },
    thresholds: [],
  },
]
