import type { RuleDoc, RuleMessage } from '../types'

/** Messages of the rules about weights and printed scores. @internal */
export const SCORE_MESSAGES: readonly RuleMessage[] = [
  {
    code: 'SCORE_EXCEEDS_WEIGHT',
    severity: 'error',
    message: {
      'zh-CN': '“{item}”得分 {score} 超过分值 {weight}',
      en: '"{item}" scores {score}, more than its weight {weight}',
    },
  },
  {
    code: 'SCORE_OUT_OF_BAND',
    severity: 'warning',
    message: {
      'zh-CN': '“{item}”评为“{bandText}”，得分应在 {low}–{high} 之间，填报为 {score}',
      en: '"{item}" is graded "{bandText}" so its score should lie in {low}–{high}; it is {score}',
    },
  },
  {
    code: 'SCORE_TOTAL_MISMATCH',
    severity: 'error',
    message: {
      'zh-CN': '各项得分合计 {sum}，填报总分为 {reported}',
      en: 'The item scores add up to {sum}; the printed total is {reported}',
    },
  },
  {
    code: 'PRINTED_SCORE_UNREADABLE',
    severity: 'warning',
    message: {
      'zh-CN': '“{item}”的得分“{text}”无法识别，未计入合计',
      en: 'The score "{text}" of "{item}" cannot be read and is left out of the sum',
    },
  },
  {
    code: 'SCORE_PRINTED_DIFFERS',
    severity: 'warning',
    message: {
      'zh-CN': '“{item}”填报得分 {printed}，按方案计算为 {computed}（{explanationText}）',
      en: '"{item}" is scored {printed}; the scheme gives {computed} ({explanationText})',
    },
  },
  {
    code: 'GRADE_MISMATCH',
    severity: 'warning',
    message: {
      'zh-CN': '填报总分 {total} 按“{scheme}”应评为“{expected}”，填报为“{reported}”',
      en: 'A printed total of {total} is graded "{expected}" under "{scheme}", but the form prints "{reported}"',
    },
  },
  {
    code: 'WEIGHTS_NOT_100',
    severity: 'warning',
    message: {
      'zh-CN': '分值合计为 {sum}，应为 100',
      en: 'The weights add up to {sum}, not 100',
    },
  },
]

/** Descriptions and thresholds of the rules about weights and printed scores. @internal */
export const SCORE_DOCS: readonly RuleDoc[] = [
  {
    code: 'SCORE_EXCEEDS_WEIGHT',
    area: 'score',
    description: {
      'zh-CN': '得分超过该项分值。',
      en: 'A score exceeds the weight of its item.',
    },
    thresholds: [],
  },
  {
    code: 'SCORE_OUT_OF_BAND',
    area: 'score',
    description: {
      'zh-CN': '定性指标的得分不在其评价档次对应的区间内。',
      en: 'A qualitative indicator is scored outside the band of its grade.',
    },
    params: { band: 'string' },
    thresholds: ['qualitativeBands'],
  },
  {
    code: 'SCORE_TOTAL_MISMATCH',
    area: 'score',
    description: {
      'zh-CN': '各项得分之和与填报的总分不符。',
      en: 'The item scores do not add up to the printed total.',
    },
    thresholds: [],
    params: { items: 'number' },
  },
  {
    code: 'PRINTED_SCORE_UNREADABLE',
    area: 'score',
    description: {
      'zh-CN': '填报的得分不是可识别的数字（例如 OCR 把 10 识别为 IO）。',
      en: 'A printed score is not a readable number (for example OCR reading 10 as IO).',
    },
    thresholds: [],
  },
  {
    code: 'SCORE_PRINTED_DIFFERS',
    area: 'score',
    description: {
      'zh-CN': '填报的得分与按方案计算的得分不同；能由已知规则解释时为提示，否则为警告。',
      en: 'A printed score differs from the score under the scheme; info when a known rule explains it, else a warning.',
    },
    thresholds: ['scoreTolerance'],
    params: { computed: 'string | null', rule: 'string', explanation: 'string' },
  },
  {
    code: 'GRADE_MISMATCH',
    area: 'score',
    description: {
      'zh-CN': '填报的等级与填报总分在方案等级区间下应得的等级不符。',
      en: "The printed grade is not the one the printed total earns under the scheme's grade bands.",
    },
    thresholds: ['grades'],
  },
  {
    code: 'WEIGHTS_NOT_100',
    area: 'score',
    description: {
      'zh-CN': '各项分值之和不等于 100。',
      en: 'The weights do not add up to 100.',
    },
    thresholds: [],
  },
]
