import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about target texts (预期实现值 / 年度指标值). @internal */
export const TARGET_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'TARGET_FROM_NAME',
    severity: 'info',
    message: {
      'zh-CN': '“{indicator}”的预期实现值栏为空，按指标名称中的“{target}”判断',
      en: 'The target cell of "{indicator}" is blank; it is read from its name, "{target}"',
    },
  },
  {
    code: 'TARGET_MISSING',
    severity: 'warning',
    message: {
      'zh-CN': '指标“{indicator}”未填写预期实现值',
      en: 'Indicator "{indicator}" has no target',
    },
  },
  {
    code: 'TARGET_UNPARSEABLE',
    severity: 'warning',
    message: {
      'zh-CN': '指标“{indicator}”的预期实现值“{text}”无法识别：{reason}',
      en: 'The target "{text}" of indicator "{indicator}" cannot be read: {reason}',
    },
  },
  {
    code: 'TARGET_OCR_SUSPECT',
    severity: 'warning',
    message: {
      'zh-CN': '指标“{indicator}”的预期实现值“{text}”疑似识别错误，原文可能是“{reading}”，请核对',
      en: 'The target "{text}" of indicator "{indicator}" looks misread; it may have been "{reading}". Please check',
    },
  },
  {
    code: 'TARGET_COMPARATOR_UNUSUAL',
    severity: 'info',
    message: {
      'zh-CN':
        '指标“{indicator}”的预期实现值“{text}”使用“{comparator}”，与该指标{expected}的方向相反，请确认',
      en: 'The target "{text}" of indicator "{indicator}" uses "{comparator}", against the indicator\'s direction ({expected}); please confirm',
    },
  },
]

/** Descriptions and thresholds of the rules about target texts (预期实现值 / 年度指标值). @internal */
export const TARGET_DOCS: readonly RuleDoc[] = [
  {
    code: 'TARGET_FROM_NAME',
    area: 'targets',
    description: {
      'zh-CN':
        '预期实现值栏为空，而指标名称写明了数值或期限（“年度资金支付完成率100%”），按名称读取。',
      en: 'The target cell is blank but the name states a figure or a deadline ("年度资金支付完成率100%"); the target is read from the name.',
    },
    thresholds: [],
  },
  {
    code: 'TARGET_MISSING',
    area: 'targets',
    description: {
      'zh-CN':
        '指标没有填写预期实现值（年度指标值）。占位符（“-”“一”“无”）默认视为有意留空，可通过选项改为同样报告。',
      en: 'An indicator has no target value. Placeholders ("-", "一", "无") count as deliberately blank unless an option says otherwise.',
    },
    thresholds: [],
  },
  {
    code: 'TARGET_UNPARSEABLE',
    area: 'targets',
    description: {
      'zh-CN':
        '预期实现值看似定量但无法读出（OCR 损坏的数字、相互矛盾的比较符、不存在的日期）；不猜测原值。',
      en: 'A target looks quantitative but cannot be read (OCR-damaged digits, contradictory comparators, a date that does not exist); the original is never guessed.',
    },
    thresholds: [],
    params: { problem: 'string', fragment: 'string' },
  },
  {
    code: 'TARGET_OCR_SUSPECT',
    area: 'targets',
    description: {
      'zh-CN':
        '预期实现值可以读出，但很可能是 OCR 损坏（例如“≥90%”被识别为“290%”）；按原文取值，请人工核对。',
      en: 'A target parses but is probably OCR-damaged (for example "≥90%" read as "290%"); the printed value is used, a person should check it.',
    },
    thresholds: [],
  },
  {
    code: 'TARGET_COMPARATOR_UNUSUAL',
    area: 'targets',
    description: {
      'zh-CN':
        '明确写出的比较符与指标方向相反：产出数量指标写了上限（≤、<），或越低越好的指标（事故、投诉、成本等）写了下限（≥、>）。',
      en: 'A written comparator runs against the indicator: an upper bound (≤, <) on an output quantity, or a lower bound (≥, >) on a lower-is-better indicator (accidents, complaints, cost …).',
    },
    thresholds: [],
  },
]
