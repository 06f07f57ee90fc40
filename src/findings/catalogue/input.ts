import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about the shape of the input itself. @internal */
export const INPUT_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'SCHEMA_INVALID',
    severity: 'error',
    message: {
      'zh-CN': '{field}：{detail}',
      en: '{field}: {detail}',
    },
  },
  {
    code: 'INPUT_UNREADABLE',
    severity: 'error',
    message: {
      'zh-CN': '输入无法读取：{detail}',
      en: 'The input could not be read: {detail}',
    },
  },
  {
    code: 'SCHEME_INVALID',
    severity: 'error',
    message: {
      'zh-CN': '评分方案无效：{detail}',
      en: 'Invalid scoring scheme: {detail}',
    },
  },
]

/** Descriptions and thresholds of the rules about the shape of the input itself. @internal */
export const INPUT_DOCS: readonly RuleDoc[] = [
  {
    code: 'SCHEMA_INVALID',
    area: 'input',
    description: {
      'zh-CN': '输入不符合自评表的数据结构。',
      en: 'The input does not have the shape of a self-evaluation form.',
    },
    thresholds: [],
  },
  {
    code: 'INPUT_UNREADABLE',
    area: 'input',
    description: {
      'zh-CN': '输入无法读取（不是普通的 JSON 值）。',
      en: 'The input could not be read (it is not a plain JSON value).',
    },
    thresholds: [],
  },
  {
    code: 'SCHEME_INVALID',
    area: 'input',
    description: {
      'zh-CN': '评分方案不存在或不符合方案的数据结构。',
      en: 'The scoring scheme does not exist or does not have the shape of a scheme.',
    },
    thresholds: [],
  },
]
